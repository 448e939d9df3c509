import {
  formatDateText,
  RELATION_LABELS,
  type Language,
  type LocalizedText,
  type OrgChange,
  type OrgIndex,
  type OrgTree,
  type OrgTreeNode,
  type ProgrammeDocument,
  type TreeRow,
  ancestorsOfMatches,
  expandedToDepth,
  isValidDay,
  localize,
  orgDiff,
  orgTreeAt,
  organisationIndex,
  relationsOf,
  safeHref,
  searchOrg,
  siblingsOf,
  stockholmDay,
  typeaheadIndex,
  visibleRows,
} from '@kth-vs/core'
import { type PropertyValues, type TemplateResult, html, nothing } from 'lit'
import { clampHeadingLevel, renderHeading } from '../base/heading.js'
import { renderSourceLink } from '../base/sources.js'
import { renderText } from '../base/text.js'
import type { SyncMessage } from '../base/sync.js'
import { VsElement } from '../base/vs-element.js'
import { type OrgChartMessages, orgChartMessages } from './messages.js'
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
export type OrgChartLayout = 'auto' | 'chart' | 'list'

const TYPEAHEAD_RESET_MS = 600

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
  static override styles = [...VsElement.styles, orgChartStyles]

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
    expanded: { state: true },
    focusedId: { state: true },
    selectedId: { state: true },
    query: { state: true },
    sourcesOpen: { state: true },
  }

  /** Show the organisation as it stood on this day (`YYYY-MM-DD`); today in Stockholm when absent. */
  declare asOf: string | undefined
  /** With `compare-to`: mark what changed from this day. */
  declare compareFrom: string | undefined
  /** With `compare-from`: show the organisation on this day, marking what changed since `compare-from`. */
  declare compareTo: string | undefined
  /** `chart` (top-down boxes), `list` (indented) or `auto` (chart when the container is wide). */
  declare layout: OrgChartLayout
  /** Id of a unit to show alone with the units under it. */
  declare root: string | undefined
  /** How many levels start expanded. */
  declare expandDepth: number
  /** Show a search field that filters the tree and reveals matches. */
  declare search: boolean
  /** Level (2–6) of the headings of the details and the removed units. */
  declare headingLevel: number
  declare protected expanded: Set<string>
  declare protected focusedId: string | undefined
  declare protected selectedId: string | undefined
  declare protected query: string
  declare protected sourcesOpen: boolean

  #index: { document: ProgrammeDocument; index: OrgIndex; names: Map<string, LocalizedText> } | undefined
  #viewKey = ''
  #viewDocument: ProgrammeDocument | undefined
  #focusPending = false
  #typed = ''
  #typedAt = 0

  constructor() {
    super()
    this.layout = 'auto'
    this.expandDepth = 2
    this.search = false
    this.headingLevel = 3
    this.expanded = new Set()
    this.query = ''
    this.sourcesOpen = false
  }

  /** The day shown, and a message when an attribute held something that is not a day. */
  #day(lang: Language): { day: string; problem?: string } {
    const wanted = this.compareFrom && this.compareTo ? this.compareTo : this.asOf
    if (wanted === undefined || wanted === '') return { day: stockholmDay(new Date()) }
    if (isValidDay(wanted)) return { day: wanted }
    const name = this.compareFrom && this.compareTo ? 'compare-to' : 'as-of'
    return { day: stockholmDay(new Date()), problem: orgChartMessages[lang].notADay(name, wanted) }
  }

  #indexFor(document: ProgrammeDocument) {
    if (this.#index?.document !== document) {
      const names = new Map<string, LocalizedText>()
      for (const unit of document.units) names.set(unit.id, unit.name)
      for (const body of document.bodies) names.set(body.id, body.name)
      this.#index = { document, index: organisationIndex(document), names }
    }
    return this.#index
  }

  /** Reads the current view: the tree on the day, its shown roots, changes and search matches. */
  #view(document: ProgrammeDocument, lang: Language) {
    const { index, names } = this.#indexFor(document)
    const { day, problem } = this.#day(lang)
    const tree = orgTreeAt(index, day)
    const rootNode = this.root ? tree.nodes.get(this.root) : undefined
    const roots = this.root ? (rootNode ? [rootNode] : []) : tree.roots
    const comparing = Boolean(
      this.compareFrom && this.compareTo && isValidDay(this.compareFrom) && isValidDay(day),
    )
    const compareProblem =
      this.compareFrom && this.compareTo && !isValidDay(this.compareFrom)
        ? orgChartMessages[lang].notADay('compare-from', this.compareFrom)
        : undefined
    const changes: OrgChange[] = comparing ? orgDiff(index, this.compareFrom as string, day) : []
    const hits = this.search && this.query.trim() ? searchOrg(tree, this.query, lang) : undefined
    const inBranch = hits?.filter((hit) => !this.root || hit.path.includes(this.root))
    const only = inBranch
      ? new Set([
          ...inBranch.map((hit) => hit.id),
          ...ancestorsOfMatches(
            tree,
            inBranch.map((hit) => hit.id),
          ),
        ])
      : undefined
    return {
      day,
      problem: problem ?? compareProblem,
      tree,
      roots,
      changes,
      comparing,
      hits: inBranch,
      only,
      names,
    }
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed)
    const outcome = this.outcome
    if (!outcome?.ok) return
    const { day } = this.#day(this.language)
    const key = [outcome.document.programme.id, day, this.root ?? '', this.expandDepth].join('|')
    if (key !== this.#viewKey || outcome.document !== this.#viewDocument) {
      this.#viewKey = key
      this.#viewDocument = outcome.document
      const tree = orgTreeAt(this.#indexFor(outcome.document).index, day)
      const roots = this.root
        ? [tree.nodes.get(this.root)].filter((n): n is OrgTreeNode => n !== undefined)
        : tree.roots
      const expanded = expandedToDepth(roots, Math.max(0, Number(this.expandDepth) || 0))
      // Keep the selected unit in view when the day changes.
      if (this.selectedId) for (const id of ancestorsOfMatches(tree, [this.selectedId])) expanded.add(id)
      this.expanded = expanded
      if (this.focusedId && !tree.nodes.has(this.focusedId)) this.focusedId = undefined
    }
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    if (this.#focusPending && this.focusedId) {
      this.#focusPending = false
      this.renderRoot.querySelector<HTMLElement>(`[data-id="${CSS.escape(this.focusedId)}"]`)?.focus()
    }
  }

  /** Follows a date selected in another widget of the same sync group. */
  protected override receiveSync(message: SyncMessage): void {
    if (message.kind === 'date') {
      this.compareFrom = undefined
      this.compareTo = undefined
      this.asOf = message.day
    }
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const text = orgChartMessages[lang]
    const view = this.#view(document, lang)
    const formatDay = (day: string) => formatDateText(day, lang)
    const label = view.comparing
      ? text.compareLabel(formatDay(this.compareFrom as string), formatDay(view.day))
      : text.treeLabel(formatDay(view.day))
    const expanded = view.only ? new Set([...this.expanded, ...view.only]) : this.expanded
    const rows = visibleRows(view.roots, expanded, view.only)
    const focused = rows.some((row) => row.node.id === this.focusedId) ? this.focusedId : rows[0]?.node.id
    const changesById = new Map<string, OrgChange[]>()
    for (const change of view.changes)
      changesById.set(change.id, [...(changesById.get(change.id) ?? []), change])
    const hasRelations = (id: string) => relationsOf(document, id, view.day).length > 0
    const anyRelations = rows.some((row) => hasRelations(row.node.id))
    const rowsById = new Map(rows.map((row) => [row.node.id, row]))

    const renderNode = (node: OrgTreeNode): TemplateResult => {
      const row = rowsById.get(node.id) as TreeRow
      const open = row.hasChildren && expanded.has(node.id)
      const name = localize(node.name, lang)
      const nodeChanges = changesById.get(node.id) ?? []
      const children = open ? node.children.filter((child) => rowsById.has(child.id)) : []
      const described = nodeChanges.length > 0 || hasRelations(node.id)
      // The APG navigation tree: the item is the row itself and owns its group, so its name is
      // its own text and not the text of everything below it.
      return html`<li role="none">
        <div
          role="treeitem"
          class="node ${nodeChanges.map((c) => `is-${c.kind}`).join(' ')}"
          part="node"
          data-id=${node.id}
          aria-level=${row.level}
          aria-setsize=${row.setSize}
          aria-posinset=${row.position}
          aria-expanded=${row.hasChildren ? String(open) : nothing}
          aria-selected=${String(node.id === this.selectedId)}
          aria-owns=${children.length > 0 ? `group-${node.id}` : nothing}
          aria-labelledby=${described ? `name-${node.id} desc-${node.id}` : `name-${node.id}`}
          tabindex=${node.id === focused ? 0 : -1}
        >
          <span class="toggle" aria-hidden="true"></span>
          <span class="name" id="name-${node.id}">${renderText(name, lang)}</span>
          ${
            nodeChanges.length > 0 || hasRelations(node.id)
              ? html`<span class="description" id="desc-${node.id}">
                  ${nodeChanges.map((change) => this.#renderChange(change, view.names, lang, text))}
                  ${
                    hasRelations(node.id)
                      ? html`<span class="marker" aria-hidden="true">⇄</span
                          ><span class="visually-hidden">${text.relationMarker}</span>`
                      : nothing
                  }
                </span>`
              : nothing
          }
        </div>
        ${
          children.length > 0
            ? html`<ul role="group" id="group-${node.id}">
                ${children.map(renderNode)}
              </ul>`
            : nothing
        }
      </li>`
    }

    const shownRoots = view.roots.filter((node) => rowsById.has(node.id))
    return html`
      ${view.problem ? html`<p class="notice">${view.problem}</p>` : nothing}
      ${this.search ? this.#renderSearch(text, view.hits?.length) : nothing}
      <p class="caption" id="tree-caption">${label}</p>
      ${view.comparing ? this.#renderLegend(text, formatDay(this.compareFrom as string), formatDay(view.day), anyRelations) : anyRelations ? this.#renderLegend(text, '', '', true, false) : nothing}
      ${
        shownRoots.length === 0
          ? html`<p class="empty">
              ${this.root && !view.tree.nodes.has(this.root) ? text.unknownRoot(this.root) : text.empty}
            </p>`
          : html`<div class="scroller">
              <ul
                role="tree"
                part="tree"
                class="tree"
                aria-labelledby="tree-caption"
                @keydown=${(event: KeyboardEvent) => this.#onKeydown(event, rows, view.tree, view.roots, expanded)}
                @click=${(event: MouseEvent) => this.#onClick(event, view.tree)}
                @focusin=${(event: FocusEvent) => this.#onFocusin(event)}
              >
                ${shownRoots.map(renderNode)}
              </ul>
            </div>`
      }
      ${view.comparing ? this.#renderRemoved(view.changes, view.names, lang, text) : nothing}
      ${
        this.selectedId && view.tree.nodes.has(this.selectedId)
          ? this.#renderDetails(
              document,
              view.tree,
              this.selectedId,
              view.day,
              view.names,
              lang,
              text,
              formatDay,
            )
          : nothing
      }
    `
  }

  #renderChange(
    change: OrgChange,
    names: Map<string, LocalizedText>,
    lang: Language,
    text: OrgChartMessages,
  ) {
    const nameOf = (id: string | undefined) =>
      id && names.get(id) ? localize(names.get(id) as LocalizedText, lang).text : '—'
    const extra =
      change.kind === 'moved'
        ? ` (${text.movedFrom(nameOf(change.fromParentId))})`
        : change.kind === 'renamed' && change.fromName
          ? ` (${text.formerly(localize(change.fromName, lang).text)})`
          : ''
    return html`<span class="badge badge-${change.kind}">${text.change[change.kind]}${extra}</span>`
  }

  #renderLegend(text: OrgChartMessages, from: string, to: string, relations: boolean, changes = true) {
    const kinds = ['added', 'moved', 'renamed', 'removed'] as const
    return html`<div class="legend" part="legend">
      <p class="legend-title">${text.legendTitle}</p>
      <dl>
        ${
          changes
            ? kinds.map(
                (kind) =>
                  html`<div class="legend-row">
                    <dt><span class="badge badge-${kind}">${text.change[kind]}</span></dt>
                    <dd>${kind === 'removed' ? text.legend.removed(to) : text.legend[kind](from)}</dd>
                  </div>`,
              )
            : nothing
        }
        ${
          relations
            ? html`<div class="legend-row">
                <dt><span class="marker">⇄</span></dt>
                <dd>${text.relationMarker}</dd>
              </div>`
            : nothing
        }
      </dl>
    </div>`
  }

  #renderRemoved(
    changes: OrgChange[],
    names: Map<string, LocalizedText>,
    lang: Language,
    text: OrgChartMessages,
  ) {
    const removed = changes.filter((change) => change.kind === 'removed')
    if (removed.length === 0) return nothing
    const level = clampHeadingLevel(this.headingLevel)
    return html`<section class="removed" aria-labelledby="removed-heading">
      ${renderHeading(level, 'section-title', html`<span id="removed-heading">${text.removedTitle}</span>`)}
      <ul>
        ${removed.map((change) => {
          const parent = change.fromParentId ? names.get(change.fromParentId) : undefined
          return html`<li>
            <span class="badge badge-removed">${text.change.removed}</span>
            ${change.fromName ? renderText(localize(change.fromName, lang), lang) : change.id}
            ${parent ? html`<span class="muted">(${text.movedFrom(localize(parent, lang).text)})</span>` : nothing}
          </li>`
        })}
      </ul>
    </section>`
  }

  #renderDetails(
    document: ProgrammeDocument,
    tree: OrgTree,
    id: string,
    day: string,
    names: Map<string, LocalizedText>,
    lang: Language,
    text: OrgChartMessages,
    formatDay: (day: string) => string,
  ) {
    const node = tree.nodes.get(id) as OrgTreeNode
    const unit = document.units.find((u) => u.id === id)
    if (!unit) return nothing
    const level = clampHeadingLevel(this.headingLevel)
    const relations = relationsOf(document, id, day)
    const sources = unit.sources
      .map((sourceId) => document.sources.find((s) => s.id === sourceId))
      .filter((s) => s !== undefined)
    const links = (unit.links ?? []).filter((link) => safeHref(link.url))
    // As written in the data, at its own precision: a unit valid from 2022 is not valid from 1 January.
    const from = unit.validFrom
    const to = unit.validTo
    const validity = [from ? text.validFrom(formatDay(from)) : '', to ? text.validTo(formatDay(to)) : '']
      .filter(Boolean)
      .join(' ')
    return html`<section class="details" part="details" aria-labelledby="details-heading">
      ${renderHeading(level, 'details-title', html`<span id="details-heading">${renderText(localize(node.name, lang), lang)}</span>`)}
      ${unit.description ? html`<p>${renderText(localize(unit.description, lang), lang)}</p>` : nothing}
      <dl class="facts">
        ${
          unit.head
            ? html`<dt>${text.head}</dt>
                <dd>
                  ${renderText(localize(unit.head.role, lang), lang)}${unit.head.person ? `: ${unit.head.person}` : ''}
                </dd>`
            : nothing
        }
        <dt>${text.valid}</dt>
        <dd>${validity || text.validAlways}</dd>
        ${
          relations.length > 0
            ? html`<dt>${text.relations}</dt>
                <dd>
                  <ul>
                    ${relations.map((view) => {
                      const other = names.get(view.otherId)
                      return html`<li>
                        ${RELATION_LABELS[lang][view.direction][view.relation.kind]}
                        ${other ? renderText(localize(other, lang), lang) : view.otherId}
                      </li>`
                    })}
                  </ul>
                </dd>`
            : nothing
        }
        ${
          links.length > 0
            ? html`<dt>${text.links}</dt>
                <dd>
                  <ul>
                    ${links.map((link) => html`<li><a href=${safeHref(link.url) ?? ''}>${renderText(localize(link.label, lang), lang)}</a></li>`)}
                  </ul>
                </dd>`
            : nothing
        }
      </dl>
      ${
        sources.length > 0
          ? html`<button
                type="button"
                class="sources-toggle"
                aria-expanded=${String(this.sourcesOpen)}
                aria-controls="unit-sources"
                @click=${() => (this.sourcesOpen = !this.sourcesOpen)}
              >
                ${text.sources(sources.length)}
              </button>
              <ul id="unit-sources" class="sources" ?hidden=${!this.sourcesOpen}>
                ${sources.map((source) => html`<li>${renderSourceLink(source, lang)}</li>`)}
              </ul>`
          : nothing
      }
    </section>`
  }

  #renderSearch(text: OrgChartMessages, hits: number | undefined) {
    return html`<div class="search" part="search">
      <label for="org-search">${text.searchLabel}</label>
      <input
        id="org-search"
        type="search"
        autocomplete="off"
        .value=${this.query}
        @input=${(event: InputEvent) => {
          this.query = (event.target as HTMLInputElement).value
          this.focusedId = undefined
        }}
      />
      <span class="hits" role="status">${hits === undefined ? '' : text.searchHits(hits)}</span>
    </div>`
  }

  #onFocusin(event: FocusEvent): void {
    const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]')
    if (item?.dataset.id && item.dataset.id !== this.focusedId) this.focusedId = item.dataset.id
  }

  #onClick(event: MouseEvent, tree: OrgTree): void {
    const item = (event.target as Element).closest<HTMLElement>('[role="treeitem"]')
    const id = item?.dataset.id
    if (!id) return
    this.focusedId = id
    this.#focusPending = true
    if ((event.target as Element).closest('.toggle')) this.#toggle(id)
    else this.#select(id, tree)
  }

  #toggle(id: string, open?: boolean): void {
    const next = new Set(this.expanded)
    const opening = open ?? !next.has(id)
    if (opening) next.add(id)
    else next.delete(id)
    this.expanded = next
  }

  #select(id: string, tree: OrgTree): void {
    const node = tree.nodes.get(id)
    if (!node) return
    this.selectedId = id
    this.sourcesOpen = false
    this.select<OrgChartSelectDetail>(
      { id, kind: 'unit', name: node.name, day: tree.day },
      { kind: 'unit', id },
    )
  }

  #onKeydown(
    event: KeyboardEvent,
    rows: TreeRow[],
    tree: OrgTree,
    roots: OrgTreeNode[],
    expanded: Set<string>,
  ): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const current = Math.max(
      0,
      rows.findIndex((row) => row.node.id === this.focusedId),
    )
    const row = rows[current]
    if (!row) return
    const focus = (index: number) => {
      const target = rows[Math.min(rows.length - 1, Math.max(0, index))]
      if (!target) return
      this.focusedId = target.node.id
      this.#focusPending = true
    }
    const open = row.hasChildren && expanded.has(row.node.id)
    switch (event.key) {
      case 'ArrowDown':
        focus(current + 1)
        break
      case 'ArrowUp':
        focus(current - 1)
        break
      case 'Home':
        focus(0)
        break
      case 'End':
        focus(rows.length - 1)
        break
      case 'ArrowRight':
        if (row.hasChildren && !open) this.#toggle(row.node.id, true)
        else if (open) focus(current + 1)
        break
      case 'ArrowLeft':
        if (open) this.#toggle(row.node.id, false)
        else {
          const parent = rows.findIndex((candidate) => candidate.node.id === row.node.parentId)
          if (parent >= 0) focus(parent)
        }
        break
      case 'Enter':
      case ' ':
        this.#select(row.node.id, tree)
        break
      case '*': {
        const next = new Set(this.expanded)
        for (const sibling of siblingsOf(tree, roots, row.node.id))
          if (sibling.children.length > 0) next.add(sibling.id)
        this.expanded = next
        break
      }
      default: {
        if (event.key.length !== 1 || event.key.trim() === '') return
        const now = Date.now()
        this.#typed = now - this.#typedAt > TYPEAHEAD_RESET_MS ? event.key : this.#typed + event.key
        this.#typedAt = now
        const labels = rows.map((candidate) => localize(candidate.node.name, this.language).text)
        const found = typeaheadIndex(labels, current, this.#typed)
        if (found >= 0) focus(found)
        break
      }
    }
    event.preventDefault()
  }
}
