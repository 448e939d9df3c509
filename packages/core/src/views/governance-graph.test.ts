import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import type { ProgrammeDocument } from '../schema/programme.js'
import { validateProgramme } from '../validation/validate.js'
import {
  type Box,
  type GraphEdge,
  type GraphNode,
  connections,
  governanceGraph,
  segments,
} from './governance-graph.js'

function valid(input = sampleProgramme()): ProgrammeDocument {
  const result = validateProgramme(input)
  if (!result.ok) throw new Error(result.issues.map((found) => found.pathText).join(', '))
  return result.document
}

describe('governanceGraph', () => {
  it('holds every body, the units related to a body, and relations with a body at an end', () => {
    const graph = governanceGraph(valid())
    expect(graph.nodes.map((node) => `${node.kind}:${node.id}`)).toEqual([
      'body:steering',
      'body:council',
      'body:secretariat',
      'body:union',
      'unit:ud',
    ])
    expect(graph.edges.map((edge) => `${edge.from.id} ${edge.kind} ${edge.to.id}`)).toEqual([
      'steering advises ud',
      'council prepares-for steering',
      'union member-of steering',
      'ud consults union',
    ])
  })

  it('adds a membership that only a member list states', () => {
    const input = sampleProgramme()
    input.relations = input.relations!.filter((relation) => relation.kind !== 'member-of')
    const graph = governanceGraph(valid(input))
    const implied = graph.edges.filter((edge) => edge.relation === undefined)
    expect(implied.map((edge) => [edge.from.id, edge.kind, edge.to.id])).toEqual([
      ['union', 'member-of', 'steering'],
    ])
  })

  it('puts those advised or reported to above, and unrelated bodies in the second row', () => {
    const graph = governanceGraph(valid())
    const rows = graph.nodes.map((node) => [node.id, node.place.row, node.place.column])
    expect(rows).toEqual([
      ['steering', 1, 0],
      ['council', 2, 0],
      ['secretariat', 1, 1],
      ['union', 2, 1],
      ['ud', 0, 0],
    ])
    expect(graph.rows).toBe(3)
    expect(graph.columns).toBe(2)
  })

  it('wraps a wide layer into rows of at most maxPerRow', () => {
    const input = sampleProgramme()
    input.relations = []
    input.bodies = Array.from({ length: 6 }, (_, i) => ({
      id: `b${i}`,
      kind: 'council' as const,
      name: { sv: `Organ ${i}` },
      members: [],
      sources: ['s1'],
    }))
    input.notes = []
    input.timeline = []
    const graph = governanceGraph(valid(input), 4)
    expect(graph.nodes.map(({ place }) => [place.row, place.of])).toEqual([
      [0, 4],
      [0, 4],
      [0, 4],
      [0, 4],
      [1, 2],
      [1, 2],
    ])
    expect(graph.columns).toBe(4)
  })

  it('survives relations that go round in a circle', () => {
    const input = sampleProgramme()
    input.relations = [
      { from: 'steering', to: 'council', kind: 'reports-to', sources: ['s1'] },
      { from: 'council', to: 'union', kind: 'reports-to', sources: ['s1'] },
      { from: 'union', to: 'steering', kind: 'reports-to', sources: ['s1'] },
    ]
    const graph = governanceGraph(valid(input))
    expect(graph.rows).toBeGreaterThan(1)
    expect(new Set(graph.nodes.map(({ place }) => `${place.row}:${place.column}`)).size).toBe(
      graph.nodes.length,
    )
  })
})

describe('connections', () => {
  it("names a body's members (member list, chair, member-of) apart from the others it relates to", () => {
    const document = valid()
    const graph = governanceGraph(document)
    const steering = connections(graph, document, 'steering')
    expect([...steering.members].sort()).toEqual(['ud', 'union'])
    expect([...steering.related]).toEqual(['council'])
    const union = connections(graph, document, 'union')
    expect([...union.members]).toEqual([])
    expect([...union.related].sort()).toEqual(['steering', 'ud'])
    expect(connections(graph, document, 'secretariat')).toEqual({ members: new Set(), related: new Set() })
  })
})

describe('segments', () => {
  const node = (index: number): GraphNode => ({
    id: `n${index}`,
    kind: 'body',
    name: { sv: `n${index}` },
    index,
    place: { row: 0, column: index, of: 3 },
  })
  const [a, b, c] = [node(0), node(1), node(2)]
  const boxes = new Map<GraphNode, Box>([
    [a, { x: 0, y: 0, width: 100, height: 40 }],
    [b, { x: 200, y: 0, width: 100, height: 40 }],
    [c, { x: 0, y: 100, width: 100, height: 40 }],
  ])
  const boxOf = (found: GraphNode) => boxes.get(found)
  const edge = (from: GraphNode, to: GraphNode): GraphEdge => ({
    from,
    to,
    kind: 'advises',
    relation: undefined,
  })

  it('runs from the edge of one box to the edge of the other', () => {
    expect(segments([edge(a, b)], boxOf, 2)).toEqual([{ x1: 102, y1: 20, x2: 198, y2: 20 }])
    expect(segments([edge(a, c)], boxOf, 0)).toEqual([{ x1: 50, y1: 40, x2: 50, y2: 100 }])
  })

  it('draws lines between the same boxes side by side, whichever way they point', () => {
    const [down, up] = segments([edge(a, c), edge(c, a)], boxOf, 0, 10)
    expect(down).toEqual({ x1: 55, y1: 40, x2: 55, y2: 100 })
    expect(up).toEqual({ x1: 45, y1: 100, x2: 45, y2: 40 })
  })

  it('leaves out a line whose box is missing', () => {
    expect(segments([edge(a, node(7))], boxOf)).toEqual([undefined])
  })
})
