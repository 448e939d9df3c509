import type { RelationKind } from '../schema/enums.js'
import type { ProgrammeDocument, Relation } from '../schema/programme.js'
import type { LocalizedText } from '../text/localized-text.js'

/** Where a node sits: its row and its position in that row, both from 0. */
export interface GraphPlace {
  row: number
  column: number
  /** How many nodes share the row. */
  of: number
}

/** A box in the governance diagram: a body, or a unit that a body relates to. */
export interface GraphNode {
  id: string
  kind: 'body' | 'unit'
  name: LocalizedText
  /** The node's position in the graph's `nodes`. */
  index: number
  place: GraphPlace
}

/** A line in the diagram. */
export interface GraphEdge {
  from: GraphNode
  to: GraphNode
  kind: RelationKind
  /** The relation as written, or undefined for a membership that only a body's member list states. */
  relation: Relation | undefined
}

/** The bodies and the units they relate to, with their relations and a layered layout. */
export interface GovernanceGraph {
  /** Bodies in document order, then units in the order relations name them. */
  nodes: GraphNode[]
  edges: GraphEdge[]
  /** The most nodes in any row. */
  columns: number
  rows: number
}

/** What a selected body is tied to: the nodes that sit in it, and the others it relates to. */
export interface Connections {
  members: Set<string>
  related: Set<string>
}

/** A node while the layout is worked out. */
interface Work {
  node: GraphNode
  /** The nodes drawn above this one. */
  ups: Work[]
  neighbours: Work[]
  rank: number
  /** Centred position in its row once placed, so a node over the middle of a wider row is at 0. */
  position: number | undefined
}

/**
 * Relations read "from KIND to". For the layout, every kind points up (the one who advises, prepares,
 * reports or is a member sits below) except `consults`, where the one who consults sits above.
 */
function lowerUpper(kind: RelationKind, from: Work, to: Work): [Work, Work] {
  return kind === 'consults' ? [to, from] : [from, to]
}

/**
 * Gives every node its rank: the longest way up from it, 0 for a node nobody sits above. A cycle is
 * broken where the walk meets a node it is still inside. Depth first with a stack of its own, so a
 * long chain of bodies cannot overflow the call stack.
 */
function rankAll(works: readonly Work[]): void {
  const visiting = new Set<Work>()
  for (const start of works) {
    if (start.rank >= 0) continue
    const stack = [{ work: start, next: 0, found: 0 }]
    visiting.add(start)
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number]
      const upper = top.work.ups[top.next]
      if (upper !== undefined) {
        top.next++
        if (upper.rank >= 0) top.found = Math.max(top.found, upper.rank + 1)
        // A cycle: the node met again counts as a top, which breaks the cycle here.
        else if (visiting.has(upper)) top.found = Math.max(top.found, 1)
        else {
          visiting.add(upper)
          stack.push({ work: upper, next: 0, found: 0 })
        }
        continue
      }
      stack.pop()
      visiting.delete(top.work)
      top.work.rank = top.found
      const below = stack[stack.length - 1]
      if (below !== undefined) below.found = Math.max(below.found, top.found + 1)
    }
  }
}

/**
 * Builds the governance graph of a document: every body, the units that relations tie to a body, the
 * relations with at least one body at an end, and memberships a body's member list states without a
 * relation. Lays the nodes out in rows, those advised or reported to above, at most `maxPerRow` a row.
 */
export function governanceGraph(document: ProgrammeDocument, maxPerRow = 4): GovernanceGraph {
  const units = new Map(document.units.map((unit) => [unit.id, unit]))
  const works: Work[] = []
  const byId = new Map<string, Work>()
  const add = (id: string, kind: GraphNode['kind'], name: LocalizedText): Work => {
    const work: Work = {
      node: { id, kind, name, index: works.length, place: { row: 0, column: 0, of: 1 } },
      ups: [],
      neighbours: [],
      rank: -1,
      position: undefined,
    }
    works.push(work)
    byId.set(id, work)
    return work
  }
  for (const body of document.bodies) add(body.id, 'body', body.name)
  const bodies = new Set(works)
  const workOf = (id: string): Work | undefined => {
    const unit = units.get(id)
    return byId.get(id) ?? (unit ? add(id, 'unit', unit.name) : undefined)
  }

  const edges: { from: Work; to: Work; kind: RelationKind; relation: Relation | undefined }[] = []
  for (const relation of document.relations) {
    const known = [byId.get(relation.from), byId.get(relation.to)]
    if (!known.some((work) => work !== undefined && bodies.has(work))) continue
    const from = workOf(relation.from)
    const to = workOf(relation.to)
    if (from && to && from !== to) edges.push({ from, to, kind: relation.kind, relation })
  }
  for (const body of document.bodies) {
    const to = byId.get(body.id)
    for (const member of body.members) {
      const from = member.body === undefined ? undefined : byId.get(member.body)
      if (!from || !to || from === to || !bodies.has(from)) continue
      if (edges.some((edge) => edge.kind === 'member-of' && edge.from === from && edge.to === to)) continue
      edges.push({ from, to, kind: 'member-of', relation: undefined })
    }
  }

  // Rank: the longest way up from a node; a node nobody sits above is at the top (rank 0).
  const linked = new Set<Work>()
  for (const edge of edges) {
    const [lower, upper] = lowerUpper(edge.kind, edge.from, edge.to)
    lower.ups.push(upper)
    edge.from.neighbours.push(edge.to)
    edge.to.neighbours.push(edge.from)
    linked.add(lower).add(upper)
  }
  rankAll(works)
  let deepest = 0
  for (const work of linked) deepest = Math.max(deepest, work.rank)
  // A node with no relation at all joins the second layer, beside the bodies that advise the top.
  for (const work of works) if (!linked.has(work)) work.rank = Math.min(1, deepest)

  // Order each layer by the mean position of its neighbours in the layers above (fewer crossings).
  const weight = (work: Work): number => {
    const above = work.neighbours.flatMap((other) => (other.position === undefined ? [] : [other.position]))
    return above.length === 0 ? Infinity : above.reduce((sum, p) => sum + p, 0) / above.length
  }
  let row = 0
  let columns = 1
  // Bucketed by rank in one pass, each layer in document order.
  const layers: Work[][] = []
  for (const work of works) (layers[work.rank] ??= []).push(work)
  for (const layer of layers) {
    const members = (layer ?? [])
      .map((work) => ({ work, weight: weight(work) }))
      .sort((a, b) =>
        a.weight === b.weight
          ? 0
          : a.weight === Infinity
            ? 1
            : b.weight === Infinity
              ? -1
              : a.weight - b.weight,
      )
    for (let start = 0; start < members.length; start += maxPerRow) {
      const chunk = members.slice(start, start + maxPerRow)
      columns = Math.max(columns, chunk.length)
      chunk.forEach(({ work }, column) => {
        work.node.place = { row, column, of: chunk.length }
        work.position = column - (chunk.length - 1) / 2
      })
      row++
    }
  }
  return {
    nodes: works.map((work) => work.node),
    edges: edges.map((edge) => ({ ...edge, from: edge.from.node, to: edge.to.node })),
    columns,
    rows: row,
  }
}

/**
 * What a body is tied to: the bodies and units that sit in it (by its member list, its chair or a
 * member-of relation) and every other node a relation links it with.
 */
export function connections(graph: GovernanceGraph, document: ProgrammeDocument, id: string): Connections {
  const members = new Set<string>()
  const related = new Set<string>()
  const body = document.bodies.find((candidate) => candidate.id === id)
  for (const member of body?.members ?? []) {
    if (member.body !== undefined) members.add(member.body)
    if (member.unit !== undefined) members.add(member.unit)
  }
  if (body?.chair?.unit !== undefined) members.add(body.chair.unit)
  for (const { from, to, kind } of graph.edges) {
    if (to.id === id && kind === 'member-of') members.add(from.id)
    else if (from.id === id) related.add(to.id)
    else if (to.id === id) related.add(from.id)
  }
  members.delete(id)
  related.delete(id)
  for (const member of members) related.delete(member)
  return { members, related }
}

/** A rectangle, as measured relative to the diagram. */
export interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** A line drawn between two boxes. */
export interface Segment {
  x1: number
  y1: number
  x2: number
  y2: number
}

/**
 * The point where the line from a box's centre towards (tx, ty) leaves the box, `gap` beyond its edge.
 */
function exit(box: Box, tx: number, ty: number, gap: number): [number, number] {
  const cx = box.x + box.width / 2
  const cy = box.y + box.height / 2
  const dx = tx - cx
  const dy = ty - cy
  if (dx === 0 && dy === 0) return [cx, cy]
  const scale = Math.min(
    dx === 0 ? Infinity : (box.width / 2 + gap) / Math.abs(dx),
    dy === 0 ? Infinity : (box.height / 2 + gap) / Math.abs(dy),
  )
  return [cx + dx * scale, cy + dy * scale]
}

/**
 * Lines for the edges, from the edge of one box to the edge of the other, or undefined where a box is
 * missing; lines between the same two boxes are drawn side by side, `spread` apart.
 */
export function segments(
  edges: readonly GraphEdge[],
  boxOf: (node: GraphNode) => Box | undefined,
  gap = 3,
  spread = 10,
): (Segment | undefined)[] {
  const pairs = new Map<string, GraphEdge[]>()
  for (const edge of edges) {
    const [a, b] = edge.from.index < edge.to.index ? [edge.from, edge.to] : [edge.to, edge.from]
    const key = `${a.index}-${b.index}`
    pairs.set(key, [...(pairs.get(key) ?? []), edge])
  }
  const offset = new Map<GraphEdge, number>()
  for (const group of pairs.values()) {
    group.forEach((edge, k) => offset.set(edge, (k - (group.length - 1) / 2) * spread))
  }
  return edges.map((edge) => {
    const a = boxOf(edge.from)
    const b = boxOf(edge.to)
    if (!a || !b) return undefined
    const ax = a.x + a.width / 2
    const ay = a.y + a.height / 2
    const bx = b.x + b.width / 2
    const by = b.y + b.height / 2
    // Shift side-by-side lines along the normal of the line between the centres, the same way
    // whichever way each line points.
    const [lx, ly] = edge.from.index < edge.to.index ? [bx - ax, by - ay] : [ax - bx, ay - by]
    const length = Math.hypot(lx, ly) || 1
    const shift = offset.get(edge) ?? 0
    const nx = (-ly / length) * shift
    const ny = (lx / length) * shift
    const shifted = (box: Box): Box => ({ ...box, x: box.x + nx, y: box.y + ny })
    const [x1, y1] = exit(shifted(a), bx + nx, by + ny, gap)
    const [x2, y2] = exit(shifted(b), ax + nx, ay + ny, gap)
    return { x1: round(x1), y1: round(y1), x2: round(x2), y2: round(y2) }
  })
}

function round(value: number): number {
  return Math.round(value * 10) / 10
}
