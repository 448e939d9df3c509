import { formatDateText } from '../dates/format.js'
import type { Body, BodyMember, ProgrammeDocument, Relation } from '../schema/programme.js'
import { type Language, localize } from '../text/localized-text.js'
import {
  type GovernanceGraph,
  type GraphEdge,
  type GraphNode,
  connections,
  governanceGraph,
} from './governance-graph.js'
import {
  COMMON_MESSAGES,
  type CommonMessages,
  GOVERNANCE_MESSAGES,
  type GovernanceMessages,
  NOT_STATED_LABEL,
  RELATION_LABELS,
} from './messages.js'
import {
  type LinkView,
  type NoteView,
  type Phrase,
  type ViewText,
  nameOf,
  noteView,
  perDocument,
  rangeText,
  rolePhrase,
  sourceLinks,
} from './parts.js'

/** How a body or unit stands to the selected body. */
export type BodyState = 'selected' | 'member' | 'related' | ''

/** What the governance view is computed from, besides the document. */
export interface GovernanceViewOptions {
  lang: Language
  /** The body the reader selected; an id that is not a body selects nothing. */
  selected?: string | undefined
}

/** A relation in words: "The steering group advises the University Director (from March 2022)." */
export interface RelationSentence {
  sentence: Phrase
  /** What the data says about the relation, after the sentence. */
  description: ViewText | undefined
}

/** One body as the list describes it. */
export interface BodyView {
  id: string
  name: ViewText
  state: BodyState
  /** The words beside a highlighted entry ("Selected", "Member of the selected body" …). */
  mark: string | undefined
  /** Who chairs it, or the words that the sources do not say. */
  chair: { phrase: Phrase; missing: boolean }
  members: {
    /** Said when no source names the members. */
    unknown: string | undefined
    /** "Heads of school: 5 (one per school, number estimated)" */
    list: Phrase[]
    /** Said when there is no member and nothing says they are unknown. */
    missing: string | undefined
  }
  purpose: ViewText | undefined
  /** When the body was formed, as text at the date's precision. */
  formed: string | undefined
  tasks: ViewText[]
  relations: RelationSentence[]
  notes: NoteView[]
  /** The sources that name the body, and the label of their list with their number. */
  sources: LinkView[]
  sourcesLabel: string
}

/** A box of the diagram. */
export interface DiagramBox {
  node: GraphNode
  name: ViewText
  state: BodyState
  /** The short word on a highlighted box ("Member"). */
  tag: string | undefined
}

/** Everything the governance view shows, in one language. */
export interface GovernanceContent {
  lang: Language
  words: GovernanceMessages
  common: CommonMessages
  /** What to say when there are no bodies; undefined when there are. */
  empty: string | undefined
  /** The selected body, when the selection is a body. */
  selected: string | undefined
  bodies: BodyView[]
  /** The diagram: the laid-out graph, its boxes in the graph's order and which lines touch the selection. */
  diagram: {
    graph: GovernanceGraph
    boxes: DiagramBox[]
    /** Per edge of the graph, in its order: whether it touches the selected body. */
    active: boolean[]
    /** The kinds of line drawn, each with its verb. */
    legend: { kind: GraphEdge['kind']; label: string }[]
    /** The legend's words for a unit's box, when the diagram has one. */
    unitLegend: string | undefined
  }
}

const graphOf = /* @__PURE__ */ perDocument((document) => governanceGraph(document))

/** "Heads of school: 5 (one per school, number estimated)", "Heads of department: two per school" */
function member(value: BodyMember, words: GovernanceMessages, lang: Language): Phrase {
  const who = rolePhrase(value, lang)
  const notes: (string | ViewText)[] = []
  if (value.countText !== undefined) notes.push(localize(value.countText, lang))
  if (value.count !== undefined && value.countInferred === true) notes.push(words.inferred)
  if (value.count === undefined) return notes[0] === undefined ? who : [...who, ': ', notes[0]]
  if (notes.length === 0) return [...who, `: ${value.count}`]
  return [...who, `: ${value.count} (`, ...notes.flatMap((note, i) => (i === 0 ? [note] : [', ', note])), ')']
}

/** When a relation holds, in parentheses, or nothing when it always does. */
function validity(value: Relation, words: GovernanceMessages, lang: Language): string {
  if (value.validFrom !== undefined && value.validTo !== undefined)
    return ` (${rangeText(value.validFrom, value.validTo, lang)})`
  if (value.validFrom !== undefined) return ` (${words.from(formatDateText(value.validFrom, lang))})`
  if (value.validTo !== undefined) return ` (${words.until(formatDateText(value.validTo, lang))})`
  return ''
}

function bodyView(
  document: ProgrammeDocument,
  body: Body,
  graph: GovernanceGraph,
  lang: Language,
): Omit<BodyView, 'state' | 'mark'> {
  const words = GOVERNANCE_MESSAGES[lang]
  const sources = sourceLinks(document, body.sources, lang)
  const relations = graph.edges.flatMap((edge) => {
    const relation = edge.relation
    if (relation === undefined || (edge.from.id !== body.id && edge.to.id !== body.id)) return []
    const sentence: Phrase = [
      nameOf(document, edge.from.id, lang),
      ` ${RELATION_LABELS[lang].outgoing[edge.kind]} `,
      nameOf(document, edge.to.id, lang),
      `${validity(relation, words, lang)}.`,
    ]
    return [
      { sentence, description: relation.description ? localize(relation.description, lang) : undefined },
    ]
  })
  return {
    id: body.id,
    name: localize(body.name, lang),
    chair: body.chair
      ? { phrase: rolePhrase(body.chair, lang), missing: false }
      : { phrase: [NOT_STATED_LABEL[lang]], missing: true },
    members: {
      unknown: body.membersUnknown ? words.membersUnknown : undefined,
      list: body.members.map((value) => member(value, words, lang)),
      missing: body.members.length === 0 && !body.membersUnknown ? NOT_STATED_LABEL[lang] : undefined,
    },
    purpose: body.purpose ? localize(body.purpose, lang) : undefined,
    formed: body.formed === undefined ? undefined : formatDateText(body.formed, lang),
    tasks: (body.tasks ?? []).map((task) => localize(task, lang)),
    relations,
    notes: document.notes.filter((note) => note.about.includes(body.id)).map((note) => noteView(note, lang)),
    sources,
    sourcesLabel: COMMON_MESSAGES[lang].sourcesCount(sources.length),
  }
}

/**
 * The programme's bodies as every rendering describes them: who chairs each, who sits in it (with
 * counts, estimated counts and unknown members in words), its purpose, when it was formed, its tasks,
 * its relations in sentences and the notes about it; with a body selected, how the others stand to it.
 * Also the diagram: the bodies and the units they relate to laid out in rows, and its legend.
 */
export function governanceView(
  document: ProgrammeDocument,
  options: GovernanceViewOptions,
): GovernanceContent {
  const { lang } = options
  const words = GOVERNANCE_MESSAGES[lang]
  const common = COMMON_MESSAGES[lang]
  const graph = graphOf(document)
  const selected = document.bodies.some((body) => body.id === options.selected) ? options.selected : undefined
  const tied = selected === undefined ? undefined : connections(graph, document, selected)
  const stateOf = (id: string): BodyState =>
    id === selected ? 'selected' : tied?.members.has(id) ? 'member' : tied?.related.has(id) ? 'related' : ''
  const mark = { selected: common.selected, member: words.member, related: words.related, '': undefined }
  const tag = { selected: common.selected, member: words.boxMember, related: words.boxRelated, '': undefined }
  return {
    lang,
    words,
    common,
    empty: document.bodies.length === 0 ? words.empty : undefined,
    selected,
    bodies: document.bodies.map((body) => {
      const state = stateOf(body.id)
      return { ...bodyView(document, body, graph, lang), state, mark: mark[state] }
    }),
    diagram: {
      graph,
      boxes: graph.nodes.map((node) => {
        const state = stateOf(node.id)
        return { node, name: localize(node.name, lang), state, tag: tag[state] }
      }),
      active: graph.edges.map((edge) => edge.from.id === selected || edge.to.id === selected),
      legend: [...new Set(graph.edges.map((edge) => edge.kind))].map((kind) => ({
        kind,
        label: RELATION_LABELS[lang].outgoing[kind],
      })),
      unitLegend: graph.nodes.some((node) => node.kind === 'unit') ? words.unit : undefined,
    },
  }
}
