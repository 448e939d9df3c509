import {
  type Language,
  type LocalizedText,
  type OrgChartContent,
  type ProgrammeDocument,
  clampHeadingLevel,
  orgChartView,
  siblingsOf,
  stockholmDay,
} from '@kth-vs/core'
import { type PropertyValues, type TemplateResult, html, nothing } from 'lit'
import { DisclosureController } from '../base/disclosure.js'
import { disclosureStyles } from '../base/disclosure.styles.js'
import { noticeStyles } from '../base/notice.styles.js'
import { renderNestedList } from '../base/nested-list.js'
import type { SyncMessage } from '../base/sync.js'
import { TreeNavigationController } from '../base/tree-navigation.js'
import { type IsoDay, VsElement } from '../base/vs-element.js'
import { renderDetails, renderLegend, renderRemoved, renderRow } from './org-chart-parts.js'
import { orgChartStyles } from './org-chart.styles.js'

/** Detail of `vs-select` from the org chart. */
export interface OrgChartSelectDetail {
  id: string
  kind: 'unit'
  name: LocalizedText
  /** The day the organisation is shown for. */
  day: string
}

/** How the chart is laid out: decided by the container's width, or fixed. */
export type OrgChartLayout = VsOrgChart['layout']

/**
 * The organisation as a tree, as it stood on any day, and what changed between two days. A WAI-ARIA
 * tree view: arrow keys, Home and End, type-ahead, `*` to expand siblings, Enter or Space to select.
 * In a wide container it is drawn as a top-down chart, in a narrow one as an indented list; both are
 * the same tree for assistive technology.
 *
 * @summary The organisation as an accessible tree at any date.
 * @fires {CustomEvent<OrgChartSelectDetail>} vs-select - a unit was selected; `detail: { id, kind: 'unit', name, day }`
 * @csspart tree - the tree (role tree)
 * @csspart node - the box or row of one unit
 * @csspart details - the details of the selected unit
 * @csspart legend - the key to change markers and link markers
 * @csspart search - the search field
 * @cssprop --vs-org-node-min-inline-size - the narrowest a box gets in the chart layout (default 9rem)
 * @cssprop --vs-org-line - colour of the connector lines; falls back to the border colour
 */
export class VsOrgChart extends VsElement<OrgChartSelectDetail> {
  static override styles = [...VsElement.styles, noticeStyles, disclosureStyles, orgChartStyles]

  static override properties = {
    ...VsElement.properties,
    asOf: { type: String, attribute: 'as-of' },
    compareFrom: { type: String, attribute: 'compare-from' },
    compareTo: { type: String, attribute: 'compare-to' },
    layout: { type: String, reflect: true },
    root: { type: String },
    expandDepth: { type: Number, attribute: 'expand-depth' },
    search: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selectedId: { state: true },
    query: { state: true },
    sourcesOpen: { state: true },
  }

  /** Show the organisation as it stood on this day (`YYYY-MM-DD`); today in Stockholm when absent. */
  declare asOf: IsoDay | undefined
  /** With `compare-to`: mark what changed from this day (`YYYY-MM-DD`). */
  declare compareFrom: IsoDay | undefined
  /** With `compare-from`: show the organisation on this day (`YYYY-MM-DD`), marking what changed since `compare-from`. */
  declare compareTo: IsoDay | undefined
  /** `chart` (top-down boxes), `list` (indented) or `auto` (chart when the container is wide). */
  declare layout: 'auto' | 'chart' | 'list'
  /** Id of a unit to show alone with the units under it. */
  declare root: string | undefined
  /** How many levels start expanded. */
  declare expandDepth: number
  /** Show a search field that filters the tree and reveals matches. */
  declare search: boolean
  /** Level (2–6) of the headings of the details and the removed units. */
  declare headingLevel: number
  declare protected selectedId: string | undefined
  declare protected query: string
  /** Whether the selected unit's sources are shown. */
  declare protected sourcesOpen: boolean

  /** What is shown now. */
  #content: OrgChartContent | undefined
  #disclosures = new DisclosureController(this, 'oc-')
  /** The units the reader opened or closed, since the day, root or depth last changed. */
  #expanded: ReadonlySet<string> | undefined
  #expandedFor = ''
  #expandedIn: ProgrammeDocument | undefined
  /** What changed last, for the status region: a day from the sync group, or a selection. */
  #announce: 'day' | 'details' | undefined
  #navigation = new TreeNavigationController(this, {
    rows: () => this.#content?.rows ?? [],
    elementFor: (id) => this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(id)}"]`),
    setExpanded: (id, open) => this.#setExpanded(id, open),
    expandSiblings: (id) => this.#expandSiblings(id),
    select: (id) => this.#select(id),
  })

  constructor() {
    super()
    this.layout = 'auto'
    this.expandDepth = 2
    this.search = false
    this.headingLevel = 3
    this.query = ''
    this.sourcesOpen = false
  }

  /** Follows a date selected in another widget of the same sync group. */
  protected override receiveSync(message: SyncMessage): void {
    if (message.kind === 'date') {
      this.compareFrom = undefined
      this.compareTo = undefined
      this.asOf = message.day
      this.#announce = 'day'
    }
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    // New data, another day, branch or depth starts from the default expansion again.
    const key = [this.asOf, this.compareFrom, this.compareTo, this.root, this.expandDepth].join('|')
    if (key !== this.#expandedFor || document !== this.#expandedIn) {
      this.#expandedFor = key
      this.#expandedIn = document
      this.#expanded = undefined
    }
    const content = orgChartView(document, {
      lang,
      today: stockholmDay(new Date()),
      attributes: { 'as-of': this.asOf, 'compare-from': this.compareFrom, 'compare-to': this.compareTo },
      root: this.root,
      expandDepth: this.expandDepth,
      expanded: this.#expanded,
      query: this.search ? this.query : undefined,
      selectedId: this.selectedId,
      focusedId: this.#navigation.focusedId,
      announce: this.#announce,
    })
    this.#content = content
    const level = clampHeadingLevel(this.headingLevel)
    return html`
      ${content.problems.map((problem) => html`<p class="notice">${problem}</p>`)}
      ${this.search ? this.#renderSearch(content) : nothing}
      <p class="caption" id="tree-caption">${content.caption}</p>
      <p class="announcement visually-hidden" role="status">${content.announcement}</p>
      ${renderLegend(content)}
      ${
        content.empty !== undefined
          ? html`<p class="empty">${content.empty}</p>`
          : html`<div class="scroller">
              <ul
                role="tree"
                part="tree"
                class="tree"
                aria-labelledby="tree-caption"
                @keydown=${(event: KeyboardEvent) => this.#navigation.keydown(event)}
                @click=${this.#onClick}
                @focusin=${this.#onFocusin}
              ></ul>
            </div>`
      }
      ${renderRemoved(content, level)}
      ${
        content.details
          ? renderDetails(
              content,
              content.details,
              level,
              { open: this.sourcesOpen, toggle: () => (this.sourcesOpen = !this.sourcesOpen) },
              (note, about) => this.#disclosures.note(note, about, lang),
            )
          : nothing
      }
    `
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    const tree = this.renderRoot.querySelector('.tree')
    const content = this.#content
    if (tree && content)
      renderNestedList(
        tree,
        {
          rows: content.rows,
          level: (row) => row.level,
          item: (row) => renderRow(content, row),
          group: (item) => item.querySelector(':scope > [role="group"]'),
        },
        { host: this },
      )
    this.#navigation.afterRender()
  }

  #renderSearch(content: OrgChartContent): TemplateResult {
    return html`<div class="search" part="search">
      <label for="org-search">${content.words.searchLabel}</label>
      <input
        id="org-search"
        type="search"
        autocomplete="off"
        .value=${this.query}
        @input=${(event: InputEvent) => {
          this.query = (event.target as HTMLInputElement).value
          this.#navigation.focusedId = undefined
          // A new search opens the way to its matches; the reader may close them again.
          this.#expanded = undefined
        }}
      />
      <span class="hits" role="status">${content.hits ?? ''}</span>
    </div>`
  }

  #onFocusin = (event: FocusEvent): void => {
    const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]')
    this.#navigation.focused(item?.dataset.id)
  }

  #onClick = (event: MouseEvent): void => {
    const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]')
    const id = item?.dataset.id
    if (!id) return
    this.#navigation.focus(id)
    if ((event.target as Element).closest('.toggle')) this.#setExpanded(id, !this.#content?.expanded.has(id))
    else this.#select(id)
  }

  #setExpanded(id: string, open: boolean): void {
    const next = new Set(this.#content?.expanded)
    if (open) next.add(id)
    else next.delete(id)
    this.#expanded = next
    this.requestUpdate()
  }

  #expandSiblings(id: string): void {
    const content = this.#content
    if (!content) return
    const next = new Set(content.expanded)
    for (const sibling of siblingsOf(content.tree, content.roots, id))
      if (sibling.children.length > 0) next.add(sibling.id)
    this.#expanded = next
    this.requestUpdate()
  }

  #select(id: string): void {
    const row = this.#content?.rows.find((candidate) => candidate.id === id)
    if (!row || !this.#content) return
    this.selectedId = id
    this.sourcesOpen = false
    this.#announce = 'details'
    const name: LocalizedText = row.node.name
    this.select<OrgChartSelectDetail>(
      { id, kind: 'unit', name, day: this.#content.day },
      { kind: 'unit', id },
    )
  }
}
