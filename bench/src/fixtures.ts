// The made-up programmes every library is measured on, and the same data in vis-timeline's and dabeng
// OrgChart's shapes. The generator is imported here and nowhere else in the benchmark, so moving it to
// another package changes this one import.
import {
  type OrgTreeNode,
  type ProgrammeDocument,
  type ProgrammeDocumentInput,
  localize,
  organisationIndex,
  orgTreeAt,
  timelineEntries,
  validateProgramme,
} from '@kth-vs/core'
import { syntheticProgramme } from '@kth-vs/test-fixtures/synthetic-programme'

/** The day the organisation is shown as of, in the widget and in dabeng's chart. */
export const ORG_DAY = '2024-06-01'
/** The day the timeline is seen from (its items' status depends on it). */
export const TIMELINE_NOW = '2024-06-15'

/** Units beside the timeline's items: the timeline benchmarks are about items. */
const TIMELINE_UNITS = 20
/** Timeline items beside the org chart's units: the org chart benchmarks are about units. */
const ORG_ITEMS = 10

function validated(input: ProgrammeDocumentInput): ProgrammeDocument {
  const result = validateProgramme(input)
  if (!result.ok) {
    throw new Error(`the synthetic programme is invalid: ${JSON.stringify(result.issues.slice(0, 3))}`)
  }
  return result.document
}

/** A text as the widgets show it with `lang="sv"`. */
const swedish = (text: Parameters<typeof localize>[0]) => localize(text, 'sv').text

/** A programme with `items` timeline items, as the widget is given it (`data`). */
export function timelineProgramme(items: number): ProgrammeDocumentInput {
  return syntheticProgramme(TIMELINE_UNITS, items)
}

/** A programme with `units` organisational units, as the widget is given it (`data`). */
export function orgProgramme(units: number): ProgrammeDocumentInput {
  return syntheticProgramme(units, ORG_ITEMS)
}

/** One item of vis-timeline's `DataSet`. */
export interface VisItem {
  id: string
  content: string
  start: string
  end?: string
  type: 'box' | 'range'
}

/**
 * The programme's timeline as vis-timeline items: phases and periods as ranges over the days they cover,
 * decisions and milestones as boxes on their first day, titled in Swedish as the widget shows them.
 */
export function visItems(input: ProgrammeDocumentInput): VisItem[] {
  return timelineEntries(validated(input)).map((entry) =>
    entry.kind === 'phase' || entry.kind === 'period'
      ? {
          id: entry.id,
          content: swedish(entry.item.title),
          start: entry.interval.start,
          end: entry.interval.end,
          type: 'range',
        }
      : { id: entry.id, content: swedish(entry.item.title), start: entry.interval.start, type: 'box' },
  )
}

/** One node of dabeng OrgChart's JSON data source. */
export interface OrgChartNode {
  id: string
  name: string
  children?: OrgChartNode[]
}

/**
 * The organisation on {@link ORG_DAY} as dabeng OrgChart's data source, how many units it shows and in
 * how many levels.
 */
export function orgChartSource(input: ProgrammeDocumentInput): {
  source: OrgChartNode
  units: number
  levels: number
} {
  const tree = orgTreeAt(organisationIndex(validated(input)), ORG_DAY)
  const [root, ...others] = tree.roots
  if (!root || others.length > 0) throw new Error(`expected one root unit, found ${tree.roots.length}`)
  const source: OrgChartNode = { id: root.id, name: swedish(root.name) }
  // An explicit stack: the tree can be deeper than the call stack allows.
  const stack: [OrgTreeNode, OrgChartNode][] = [[root, source]]
  for (let next = stack.pop(); next; next = stack.pop()) {
    const [node, converted] = next
    if (node.children.length === 0) continue
    converted.children = node.children.map((child) => {
      const out: OrgChartNode = { id: child.id, name: swedish(child.name) }
      stack.push([child, out])
      return out
    })
  }
  let levels = 0
  for (const node of tree.nodes.values()) levels = Math.max(levels, node.depth + 1)
  return { source, units: tree.nodes.size, levels }
}
