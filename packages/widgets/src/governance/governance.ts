import {
  NOT_STATED_LABEL,
  RELATION_LABELS,
  type Body,
  type BodyMember,
  type Language,
  type LocalizedText,
  type Note,
  type ProgrammeDocument,
  type RelationKind,
  type Role,
  localize,
} from '@kth-vs/core'
import { type PropertyValues, type TemplateResult, html, nothing, svg } from 'lit'
import { styleProperties } from '../base/style-properties.js'
import { clampHeadingLevel } from '../base/heading.js'
import { disclosureStyles, renderNote, toggled } from '../base/disclosure.js'
import { nextSelection } from '../base/select-action.js'
import { renderText } from '../base/text.js'
import { VsElement } from '../base/vs-element.js'
import {
  type Box,
  type GovernanceGraph,
  type GraphEdge,
  type GraphNode,
  type Segment,
  connections,
  governanceGraph,
  segments,
} from './governance-graph.js'
import { governanceStyles } from './governance.styles.js'

const messages = {
  sv: {
    empty: 'Inga organ finns i uppgifterna.',
    chair: 'Ordförande:',
    members: 'Ledamöter:',
    purpose: 'Syfte:',
    tasks: 'Uppgifter:',
    relations: 'Kopplingar:',
    membersUnknown: 'Källorna anger inte vilka ledamöterna är.',
    inferred: 'antal uppskattat',
    select: 'Välj',
    selected: 'Vald',
    member: 'Ingår i det valda organet',
    related: 'Kopplad till det valda organet',
    boxMember: 'Ingår',
    boxRelated: 'Kopplad',
    legend: 'Pilarna läses från början till spets:',
    unit: 'Enhet, inte ett organ',
  },
  en: {
    empty: 'The data holds no bodies.',
    chair: 'Chair:',
    members: 'Members:',
    purpose: 'Purpose:',
    tasks: 'Tasks:',
    relations: 'Relations:',
    membersUnknown: 'The sources do not name the members.',
    inferred: 'number estimated',
    select: 'Select',
    selected: 'Selected',
    member: 'Member of the selected body',
    related: 'Related to the selected body',
    boxMember: 'Member',
    boxRelated: 'Related',
    legend: 'Read each arrow from its start to its head:',
    unit: 'Unit, not a body',
  },
} as const satisfies Record<Language, unknown>

/** Line styles per relation kind: class names of our own, never text from the data. */
const KIND_CLASS: Record<RelationKind, string> = {
  serves: 'k-serves',
  advises: 'k-advises',
  'member-of': 'k-member-of',
  'reports-to': 'k-reports-to',
  'prepares-for': 'k-prepares-for',
  consults: 'k-consults',
}

/** Detail of `vs-select` from `<vs-governance>`. */
export interface BodySelectDetail {
  /** The body's id. */
  id: string
  kind: 'body'
}

/** The measured diagram: its size and one line per edge of the graph it was measured for. */
interface Geometry {
  width: number
  height: number
  lines: (Segment | undefined)[]
}

type State = 'selected' | 'member' | 'related' | ''

/**
 * The programme's organisation: each body, who chairs it, who sits in it (with counts, estimated counts
 * and unknown members said in words), its purpose and tasks, and how the bodies relate: who prepares
 * matters for, advises, reports to, consults or is a member of whom. In a wide container a diagram of
 * boxes and arrows comes first; it is hidden from assistive technology, as the description list below
 * it says the same in text. A narrow container shows only the list. Selecting a body (its button in the
 * list, or its box in the diagram) highlights the bodies and units that sit in it or relate to it.
 *
 * @summary The governance bodies and how they relate, as a diagram and a description list.
 * @fires {CustomEvent<BodySelectDetail>} vs-select - the reader selected a body; `detail: { id, kind: 'body' }`
 * @fires {CustomEvent<VsLoadDetail>} vs-load - the data is loaded and valid; `detail: { document, origin }`
 * @fires {CustomEvent<VsErrorDetail>} vs-error - the data could not be loaded or is invalid; `detail: { issues, origin }`
 * @csspart diagram - the diagram (boxes, arrows and legend), shown in wide containers
 * @csspart box - a box in the diagram
 * @csspart list - the description list of bodies
 * @csspart body - one body's entry in the list
 * @csspart body-name - a body's name, a heading
 * @csspart select - a body's select button
 * @csspart disclosure - a button that shows or hides a note
 * @csspart panel - what a disclosure shows
 * @cssprop --vs-color-primary - accent colour of selected boxes, highlighted arrows and buttons
 * @cssprop --vs-color-surface - background of highlighted boxes and entries
 */
export class VsGovernance extends VsElement<BodySelectDetail> {
  static override styles = [...VsElement.styles, disclosureStyles, governanceStyles]

  static override properties = {
    ...VsElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { type: String, reflect: true },
    expanded: { state: true },
    geometry: { state: true },
  }

  /** The level (2–6) of each body's heading, so the list fits the page's outline. */
  declare headingLevel: number
  /** The id of the selected body, if any; set by the reader's choice or by the page. */
  declare selected: string | undefined
  /** Keys of the disclosures the reader has opened. */
  declare protected expanded: ReadonlySet<string>
  /** Where the diagram's lines go, once its boxes are laid out. */
  declare protected geometry: Geometry | undefined

  #graph: GovernanceGraph | undefined
  #graphOf: ProgrammeDocument | undefined
  #observer: ResizeObserver | undefined
  #observed: Element[] = []

  constructor() {
    super()
    this.headingLevel = 3
    this.expanded = new Set()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#observer?.disconnect()
    this.#observer = undefined
    this.#observed = []
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    if (document.bodies.length === 0) return html`<p class="empty">${messages[lang].empty}</p>`
    const graph = this.#graphOf === document && this.#graph ? this.#graph : governanceGraph(document)
    this.#graph = graph
    this.#graphOf = document
    const chosen = document.bodies.some((body) => body.id === this.selected) ? this.selected : undefined
    const tied = chosen === undefined ? undefined : connections(graph, document, chosen)
    const state = (id: string): State =>
      id === chosen ? 'selected' : tied?.members.has(id) ? 'member' : tied?.related.has(id) ? 'related' : ''
    return html`${this.#diagram(graph, chosen, state, lang)}${this.#list(document, graph, state, lang)}`
  }

  #diagram(
    graph: GovernanceGraph,
    chosen: string | undefined,
    state: (id: string) => State,
    lang: Language,
  ): TemplateResult {
    const text = messages[lang]
    const geometry = this.geometry
    const lines = geometry?.lines.length === graph.edges.length ? geometry.lines : []
    const kinds = [...new Set(graph.edges.map((edge) => edge.kind))]
    const touches = (edge: GraphEdge) => edge.from.id === chosen || edge.to.id === chosen
    return html`<div class="diagram" part="diagram" aria-hidden="true">
      <div class="canvas">
        <svg
          class="lines"
          width=${geometry?.width ?? 0}
          height=${geometry?.height ?? 0}
          viewBox="0 0 ${geometry?.width ?? 0} ${geometry?.height ?? 0}"
          focusable="false"
        >
          <defs>
            <marker
              id="gv-arrow"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="7"
              markerHeight="7"
              orient="auto-start-reverse"
            >
              <path class="head" d="M0,0 L10,5 L0,10 z" />
            </marker>
            <marker
              id="gv-arrow-active"
              viewBox="0 0 10 10"
              refX="9"
              refY="5"
              markerWidth="6"
              markerHeight="6"
              orient="auto-start-reverse"
            >
              <path class="head active" d="M0,0 L10,5 L0,10 z" />
            </marker>
          </defs>
          ${lines.map((line, i) => {
            const edge = graph.edges[i]
            if (!line || !edge) return nothing
            const active = touches(edge)
            return svg`<line
              class="line ${KIND_CLASS[edge.kind]} ${active ? 'active' : ''}"
              x1=${line.x1}
              y1=${line.y1}
              x2=${line.x2}
              y2=${line.y2}
              marker-end=${active ? 'url(#gv-arrow-active)' : 'url(#gv-arrow)'}
            />`
          })}
        </svg>
        <div
          class="grid"
          ${styleProperties({ gridTemplateColumns: `repeat(${graph.columns * 2}, minmax(0, 1fr))` })}
        >
          ${graph.nodes.map((node) => {
            const place = node.place
            const where = styleProperties({
              gridRow: `${place.row + 1}`,
              gridColumn: `${graph.columns - place.of + place.column * 2 + 1} / span 2`,
            })
            const name = renderText(localize(node.name, lang), lang)
            const tag = boxTag(state(node.id), text)
            return node.kind === 'body'
              ? html`<button
                  type="button"
                  tabindex="-1"
                  class="box body ${state(node.id)}"
                  part="box"
                  ${where}
                  @click=${() => this.#choose(node.id)}
                >
                  ${name} ${tag}
                </button>`
              : html`<div class="box unit ${state(node.id)}" part="box" ${where}>${name} ${tag}</div>`
          })}
        </div>
      </div>
      <div class="legend">
        <p class="legend-title">${text.legend}</p>
        <ul class="legend-items">
          ${kinds.map(
            (kind) =>
              html`<li>
                <svg class="sample" width="44" height="12" viewBox="0 0 44 12" focusable="false">
                  ${svg`<line class="line ${KIND_CLASS[kind]}" x1="2" y1="6" x2="40" y2="6" marker-end="url(#gv-arrow)" />`}
                </svg>
                ${RELATION_LABELS[lang].outgoing[kind]}
              </li>`,
          )}
          ${
            graph.nodes.some((node) => node.kind === 'unit')
              ? html`<li><span class="sample-box"></span>${text.unit}</li>`
              : nothing
          }
        </ul>
      </div>
    </div>`
  }

  #list(
    document: ProgrammeDocument,
    graph: GovernanceGraph,
    state: (id: string) => State,
    lang: Language,
  ): TemplateResult {
    const text = messages[lang]
    const level = clampHeadingLevel(this.headingLevel)
    const names = new Map<string, LocalizedText>(graph.nodes.map((node) => [node.id, node.name]))
    const nameOf = (id: string) => renderText(localize(names.get(id) ?? { sv: id, en: id }, lang), lang)
    return html`<dl class="bodies" part="list">
      ${document.bodies.map((body) => {
        const mark = state(body.id)
        const name = renderText(localize(body.name, lang), lang)
        const relations = graph.edges.filter(
          (edge) => edge.relation !== undefined && (edge.from.id === body.id || edge.to.id === body.id),
        )
        const notes = document.notes.filter((note) => note.about.includes(body.id))
        return html`<div class="entry ${mark}" part="body">
          <dt class="entry-head">
            <span class="body-name" part="body-name" role="heading" aria-level=${level}>${name}</span>
            <span class="entry-actions">
              <button
                type="button"
                class="select"
                part="select"
                aria-pressed=${mark === 'selected' ? 'true' : 'false'}
                @click=${() => this.#choose(body.id)}
              >
                ${text.select}<span class="visually-hidden">: ${name}</span>
              </button>
              ${mark === '' ? nothing : html`<span class="marker">${entryTag(mark, text)}</span>`}
            </span>
          </dt>
          <dd><span class="label">${text.chair}</span> ${renderRole(body.chair, text, lang)}</dd>
          <dd><span class="label">${text.members}</span> ${renderMembers(body, text, lang)}</dd>
          ${
            body.purpose
              ? html`<dd>
                  <span class="label">${text.purpose}</span> ${renderText(localize(body.purpose, lang), lang)}
                </dd>`
              : nothing
          }
          ${
            body.tasks && body.tasks.length > 0
              ? html`<dd>
                  <span class="label">${text.tasks}</span>
                  <ul class="items">
                    ${body.tasks.map((task) => html`<li>${renderText(localize(task, lang), lang)}</li>`)}
                  </ul>
                </dd>`
              : nothing
          }
          ${
            relations.length > 0
              ? html`<dd>
                  <span class="label">${text.relations}</span>
                  <ul class="items relations">
                    ${relations.map(
                      (edge) =>
                        html`<li>
                          ${nameOf(edge.from.id)} ${RELATION_LABELS[lang].outgoing[edge.kind]}
                          ${nameOf(edge.to.id)}.
                          ${
                            edge.relation?.description
                              ? html`<span class="relation-description"
                                  >${renderText(localize(edge.relation.description, lang), lang)}</span
                                >`
                              : nothing
                          }
                        </li>`,
                    )}
                  </ul>
                </dd>`
              : nothing
          }
          ${
            notes.length > 0
              ? html`<dd class="notes">${notes.map((note) => this.#note(note, body, name, lang))}</dd>`
              : nothing
          }
        </div>`
      })}
    </dl>`
  }

  #note(note: Note, body: Body, about: unknown, lang: Language): TemplateResult {
    const key = `note-${note.id}-${body.id}`
    return renderNote(note, lang, {
      id: `gv-${key}`,
      open: this.expanded.has(key),
      about,
      onToggle: () => (this.expanded = toggled(this.expanded, key)),
    })
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    // Observe the grid and its boxes whenever they are new elements: the first report after observing
    // measures the new layout, later ones follow the container's width, the fonts and the language.
    // The same elements are not observed again, which would report them twice in one frame.
    const grid = this.renderRoot.querySelector('.grid')
    const targets = grid ? [grid, ...grid.children] : []
    if (
      targets.length === this.#observed.length &&
      targets.every((target, i) => target === this.#observed[i])
    )
      return
    this.#observer?.disconnect()
    this.#observed = targets
    if (targets.length === 0) return
    this.#observer ??= new ResizeObserver(() => this.#measure())
    for (const target of targets) this.#observer.observe(target)
  }

  #measure(): void {
    const grid = this.renderRoot.querySelector('.grid')
    const graph = this.#graph
    if (!grid || !graph) return
    const frame = grid.getBoundingClientRect()
    let geometry: Geometry | undefined
    if (frame.width > 0 && frame.height > 0 && grid.children.length === graph.nodes.length) {
      const boxes = new Map<GraphNode, Box>()
      graph.nodes.forEach((node, i) => {
        const rect = grid.children[i]?.getBoundingClientRect()
        if (rect)
          boxes.set(node, {
            x: rect.left - frame.left,
            y: rect.top - frame.top,
            width: rect.width,
            height: rect.height,
          })
      })
      geometry = {
        width: Math.ceil(frame.width),
        height: Math.ceil(frame.height),
        lines: segments(graph.edges, (node) => boxes.get(node)),
      }
    }
    if (JSON.stringify(geometry) !== JSON.stringify(this.geometry)) this.geometry = geometry
  }

  #choose(id: string): void {
    this.selected = nextSelection(this.selected, id)
    if (this.selected) this.select<BodySelectDetail>({ id, kind: 'body' })
  }
}

type Text = (typeof messages)[Language]

function boxTag(state: State, text: Text): TemplateResult | typeof nothing {
  const tag =
    state === 'selected'
      ? text.selected
      : state === 'member'
        ? text.boxMember
        : state === 'related'
          ? text.boxRelated
          : undefined
  return tag === undefined ? nothing : html`<span class="box-tag">${tag}</span>`
}

function entryTag(state: Exclude<State, ''>, text: Text): string {
  return state === 'selected' ? text.selected : state === 'member' ? text.member : text.related
}

function renderRole(role: Role | undefined, text: Text, lang: Language): unknown {
  if (!role) return html`<span class="missing">${NOT_STATED_LABEL[lang]}</span>`
  return html`${renderText(localize(role.role, lang), lang)}${role.person ? ` (${role.person})` : nothing}`
}

function renderMembers(body: Body, text: Text, lang: Language): unknown {
  const unknown = body.membersUnknown ? html`<span class="missing">${text.membersUnknown}</span>` : nothing
  if (body.members.length === 0)
    return body.membersUnknown ? unknown : html`<span class="missing">${NOT_STATED_LABEL[lang]}</span>`
  return html`${unknown}
    <ul class="items">
      ${body.members.map((member) => html`<li>${renderMember(member, text, lang)}</li>`)}
    </ul>`
}

/** "Heads of school (Ada Lovelace) – 5, one per school (number estimated)" */
function renderMember(member: BodyMember, text: Text, lang: Language): unknown {
  const count = member.count === undefined ? undefined : String(member.count)
  const words = member.countText ? renderText(localize(member.countText, lang), lang) : undefined
  return html`${renderText(localize(member.role, lang), lang)}${
    member.person ? ` (${member.person})` : nothing
  }${
    count !== undefined || words !== undefined
      ? html` –
        ${count ?? nothing}${count !== undefined && words !== undefined ? ', ' : nothing}${words ?? nothing}`
      : nothing
  }${member.countInferred ? ` (${text.inferred})` : nothing}`
}
