import { formatDateText } from '../dates/format.js'
import { type OrgChange, type OrgChangeKind, orgDiff } from '../org/org-diff.js'
import type { OrgIndex } from '../org/org-index.js'
import { ancestorsOfMatches, searchOrg } from '../org/org-search.js'
import { type OrgTree, type OrgTreeNode, orgTreeAt } from '../org/org-tree.js'
import { expandedToDepth, visibleRows } from '../org/tree-view.js'
import { organisationIndex } from '../programme/adapters.js'
import { relationHolds, relationsOf } from '../programme/relations.js'
import type { OrgUnit, ProgrammeDocument } from '../schema/programme.js'
import { type Language, localize } from '../text/localized-text.js'
import { type DayAttributes, viewDay } from './attributes.js'
import {
  COMMON_MESSAGES,
  type CommonMessages,
  ORG_CHART_MESSAGES,
  type OrgChartMessages,
  RELATION_LABELS,
} from './messages.js'
import {
  type LinkView,
  type NoteView,
  type Phrase,
  type ViewText,
  linkViews,
  nameOf,
  namesById,
  notADay,
  noteView,
  notesConcerning,
  perDocument,
  plainText,
  sourceLinks,
} from './parts.js'

/** What the organisation chart view is computed from, besides the document. */
export interface OrgChartViewOptions {
  lang: Language
  /** Today in Stockholm (`stockholmDay(new Date())`): the day shown when the attributes do not say. */
  today: string
  /** The element's attributes by name: `as-of`, `compare-from`, `compare-to`. */
  attributes?: DayAttributes
  /** A unit to show alone with the units under it. */
  root?: string | undefined
  /** How many levels start expanded (2 by default). */
  expandDepth?: number | undefined
  /**
   * The units whose children are shown; `all` for every unit, as on a page without scripts. When
   * absent, the first `expandDepth` levels, the way to the selected unit and the way to the matches of
   * a search. When given, it is followed as it is, so the reader can close a unit a search opened.
   */
  expanded?: ReadonlySet<string> | 'all' | undefined
  /** A search: only the units that match and the way to them are shown. */
  query?: string | undefined
  /** The unit the reader selected, whose details are shown. */
  selectedId?: string | undefined
  /** The unit the reader moved to, which keeps the tab stop while it is shown. */
  focusedId?: string | undefined
  /**
   * What changed last, for a screen reader to be told: the day (set by another widget) or the
   * selected unit's details, which appear below the tree.
   */
  announce?: 'day' | 'details' | undefined
}

/** A change to a unit, as a badge: "moved (formerly under GVS)". */
export interface ChangeBadge {
  kind: OrgChangeKind
  label: string
}

/** One row of the tree, in reading order. */
export interface OrgRow {
  id: string
  /** The unit as it stood on the day. */
  node: OrgTreeNode
  name: ViewText
  parentId: string | undefined
  /** 1 for the top level, as `aria-level` counts; then the position among the shown siblings and their number. */
  level: number
  position: number
  setSize: number
  hasChildren: boolean
  /** True when the row's children are shown. */
  expanded: boolean
  changes: ChangeBadge[]
  /** True when the unit relates to other units or bodies on the day (the details say how). */
  hasRelations: boolean
  tabStop: boolean
  selected: boolean
}

/** The selected unit's details. */
export interface UnitDetails {
  id: string
  name: ViewText
  description: ViewText | undefined
  /** "Head of unit: Name" */
  head: Phrase | undefined
  /** When the unit was valid, at the precision the data gives. */
  validity: string
  /** Its relations on the day ("serves KTH"), each with what the data says about it. */
  relations: { phrase: Phrase; description: ViewText | undefined }[]
  links: LinkView[]
  sources: LinkView[]
  sourcesLabel: string
  /** The notes about the unit: where the sources disagree about it or say nothing. */
  notes: NoteView[]
}

/** Everything the organisation chart shows, in one language, for one day. */
export interface OrgChartContent {
  lang: Language
  words: OrgChartMessages
  common: CommonMessages
  /** The day shown, `YYYY-MM-DD`. */
  day: string
  /** Sentences about attributes the chart could not use. */
  problems: string[]
  /** What the tree shows: "The organisation on 1 January 2023", or the comparison. */
  caption: string
  /** The key to the change badges and the relation marker, when either is shown. */
  legend:
    | {
        title: string
        changes: { kind: OrgChangeKind; badge: string; text: string }[]
        relations: string | undefined
      }
    | undefined
  /** The rows shown, in reading order. */
  rows: OrgRow[]
  /** The id of the row that holds the tab stop. */
  tabStop: string | undefined
  /** The units whose children are shown now. */
  expanded: ReadonlySet<string>
  /** What to say when no row is shown; undefined when some are. */
  empty: string | undefined
  /** The units a comparison removed, under a title. */
  removed:
    { title: string; units: { id: string; name: ViewText; formerly: string | undefined }[] } | undefined
  /** The selected unit's details. */
  details: UnitDetails | undefined
  /** With a search, how many units it found. */
  hits: string | undefined
  /** What to tell a screen reader of the change named by `announce`: the caption, or where the details are. */
  announcement: string
  /** The tree on the day and the units it starts from (the root's alone with `root`). */
  tree: OrgTree
  roots: readonly OrgTreeNode[]
}

interface Cached {
  index: OrgIndex
  trees: Map<string, OrgTree>
}

const cacheOf = /* @__PURE__ */ perDocument((document): Cached => ({
  index: organisationIndex(document),
  trees: new Map(),
}))

/** The organisation on a day, built once per document and day. */
function treeOn(document: ProgrammeDocument, day: string): OrgTree {
  const cached = cacheOf(document)
  let tree = cached.trees.get(day)
  if (tree === undefined) {
    tree = orgTreeAt(cached.index, day)
    cached.trees.set(day, tree)
  }
  return tree
}

/** The ids of the units and bodies that have a relation holding on `day`. */
function relatedOn(document: ProgrammeDocument, day: string): Set<string> {
  const ids = new Set<string>()
  for (const relation of document.relations) {
    if (!relationHolds(relation, day)) continue
    ids.add(relation.from)
    ids.add(relation.to)
  }
  return ids
}

function badge(
  change: OrgChange,
  nameText: (id: string | undefined) => string,
  words: OrgChartMessages,
  lang: Language,
): string {
  const extra =
    change.kind === 'moved'
      ? ` (${words.movedFrom(nameText(change.fromParentId))})`
      : change.kind === 'renamed' && change.fromName
        ? ` (${words.formerly(localize(change.fromName, lang).text)})`
        : ''
  return `${words.change[change.kind]}${extra}`
}

function unitDetails(
  document: ProgrammeDocument,
  unit: OrgUnit,
  node: OrgTreeNode,
  day: string,
  words: OrgChartMessages,
  common: CommonMessages,
  lang: Language,
): UnitDetails {
  // As written in the data, at its own precision: a unit valid from 2022 is not valid from 1 January.
  const validity = [
    unit.validFrom ? words.validFrom(formatDateText(unit.validFrom, lang)) : '',
    unit.validTo ? words.validTo(formatDateText(unit.validTo, lang)) : '',
  ]
    .filter(Boolean)
    .join(' ')
  const sources = sourceLinks(document, unit.sources, lang)
  return {
    id: unit.id,
    name: localize(node.name, lang),
    description: unit.description ? localize(unit.description, lang) : undefined,
    head: unit.head
      ? [localize(unit.head.role, lang), ...(unit.head.person ? [`: ${unit.head.person}`] : [])]
      : undefined,
    validity: validity || words.validAlways,
    relations: relationsOf(document, unit.id, day).map((view) => ({
      phrase: [
        `${RELATION_LABELS[lang][view.direction][view.relation.kind]} `,
        nameOf(document, view.otherId, lang),
      ],
      description: view.relation.description ? localize(view.relation.description, lang) : undefined,
    })),
    links: linkViews(unit.links, lang).filter((link) => link.href !== undefined),
    sources,
    sourcesLabel: common.sourcesCount(sources.length),
    notes: notesConcerning(document, new Set([unit.id])).map(({ note }) => noteView(note, lang)),
  }
}

/**
 * The organisation as it stood on the day the attributes give: the rows of the tree that are shown
 * (expanded, or the matches of a search and the way to them), each with its place for a tree view,
 * the changes since `compare-from` as badges and whether it relates to others; the caption, the
 * legend, the removed units, the selected unit's details and the tab stop.
 */
export function orgChartView(document: ProgrammeDocument, options: OrgChartViewOptions): OrgChartContent {
  const { lang } = options
  const words = ORG_CHART_MESSAGES[lang]
  const common = COMMON_MESSAGES[lang]
  const { day, compareFrom, problems } = viewDay(options.attributes ?? {}, options.today)
  const tree = treeOn(document, day)
  const rootNode = options.root ? tree.nodes.get(options.root) : undefined
  const roots = options.root ? (rootNode ? [rootNode] : []) : tree.roots
  const known = (id: string | undefined) => {
    const name = id === undefined ? undefined : namesById(document).get(id)
    return name === undefined ? undefined : localize(name, lang).text
  }
  const nameText = (id: string | undefined) => known(id) ?? '—'

  const changes = compareFrom === undefined ? [] : orgDiff(cacheOf(document).index, compareFrom, day)
  const changesById = new Map<string, ChangeBadge[]>()
  for (const change of changes) {
    if (change.kind === 'removed') continue
    const list = changesById.get(change.id) ?? []
    list.push({ kind: change.kind, label: badge(change, nameText, words, lang) })
    changesById.set(change.id, list)
  }

  const query = options.query?.trim() ? options.query : undefined
  const hits = query
    ? searchOrg(tree, query, lang).filter((hit) => !options.root || hit.path.includes(options.root))
    : undefined
  const only = hits
    ? new Set([
        ...hits.map((hit) => hit.id),
        ...ancestorsOfMatches(
          tree,
          hits.map((hit) => hit.id),
        ),
      ])
    : undefined
  let expanded: Set<string>
  if (options.expanded === 'all')
    expanded = new Set(
      [...tree.nodes.values()].filter((node) => node.children.length > 0).map((node) => node.id),
    )
  else if (options.expanded !== undefined) expanded = new Set(options.expanded)
  else {
    expanded = expandedToDepth(roots, Math.max(0, Number(options.expandDepth ?? 2) || 0))
    // Keep the selected unit in view when the day changes.
    if (options.selectedId) for (const id of ancestorsOfMatches(tree, [options.selectedId])) expanded.add(id)
    if (only) for (const id of only) expanded.add(id)
  }

  const related = relatedOn(document, day)
  const treeRows = visibleRows(roots, expanded, only)
  const tabStop = treeRows.some((row) => row.node.id === options.focusedId)
    ? options.focusedId
    : treeRows[0]?.node.id
  const rows = treeRows.map((row): OrgRow => ({
    id: row.node.id,
    node: row.node,
    name: localize(row.node.name, lang),
    parentId: row.node.parentId,
    level: row.level,
    position: row.position,
    setSize: row.setSize,
    hasChildren: row.hasChildren,
    expanded: row.hasChildren && expanded.has(row.node.id),
    changes: changesById.get(row.node.id) ?? [],
    hasRelations: related.has(row.node.id),
    tabStop: row.node.id === tabStop,
    selected: row.node.id === options.selectedId,
  }))

  const fromText = compareFrom === undefined ? '' : formatDateText(compareFrom, lang)
  const dayText = formatDateText(day, lang)
  const anyRelations = rows.some((row) => row.hasRelations)
  const removed = changes.filter((change) => change.kind === 'removed')
  const selectedNode = options.selectedId ? tree.nodes.get(options.selectedId) : undefined
  const selectedUnit = selectedNode && document.units.find((unit) => unit.id === selectedNode.id)
  const caption = compareFrom === undefined ? words.treeLabel(dayText) : words.compareLabel(fromText, dayText)
  return {
    lang,
    words,
    common,
    day,
    problems: problems.map((problem) => notADay(problem, lang, words.todayShown)),
    caption,
    legend:
      compareFrom !== undefined || anyRelations
        ? {
            title: words.legendTitle,
            changes:
              compareFrom === undefined
                ? []
                : (['added', 'moved', 'renamed', 'removed'] as const).map((kind) => ({
                    kind,
                    badge: words.change[kind],
                    text: kind === 'removed' ? words.legend.removed(dayText) : words.legend[kind](fromText),
                  })),
            relations: anyRelations ? words.relationMarker : undefined,
          }
        : undefined,
    rows,
    tabStop,
    expanded,
    empty:
      rows.length > 0
        ? undefined
        : options.root && !tree.nodes.has(options.root)
          ? words.unknownRoot(options.root)
          : words.empty,
    removed:
      compareFrom !== undefined && removed.length > 0
        ? {
            title: words.removedTitle,
            units: removed.map((change) => ({
              id: change.id,
              name: change.fromName ? localize(change.fromName, lang) : plainText(change.id, lang),
              formerly: known(change.fromParentId) && words.movedFrom(known(change.fromParentId) ?? ''),
            })),
          }
        : undefined,
    details:
      selectedNode && selectedUnit
        ? unitDetails(document, selectedUnit, selectedNode, day, words, common, lang)
        : undefined,
    hits: hits === undefined ? undefined : words.searchHits(hits.length),
    announcement:
      options.announce === 'day'
        ? caption
        : options.announce === 'details' && selectedNode && selectedUnit
          ? words.detailsShown(localize(selectedNode.name, lang).text)
          : '',
    tree,
    roots,
  }
}
