import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOrgIndex, type OrgNodeInput } from './org-index.js'
import { flattenTree, orgTreeAt } from './org-tree.js'
import { expandedToDepth, siblingsOf, visibleRows } from './tree-view.js'

const units: OrgNodeInput[] = [
  { id: 'kth', name: { sv: 'KTH' } },
  { id: 'ud', parentId: 'kth', name: { sv: 'UD' } },
  { id: 'vs', parentId: 'ud', name: { sv: 'VS' } },
  { id: 'it', parentId: 'vs', name: { sv: 'IT' } },
  { id: 'hr', parentId: 'vs', name: { sv: 'HR' } },
  { id: 'abe', parentId: 'kth', name: { sv: 'ABE' } },
]
const tree = orgTreeAt(buildOrgIndex(units), '2024-01-01')

describe('tree view helpers', () => {
  it('expands to a depth', () => {
    expect([...expandedToDepth(tree.roots, 0)]).toEqual([])
    expect([...expandedToDepth(tree.roots, 2)].sort()).toEqual(['kth', 'ud'])
  })

  it('lists visible rows with ARIA positions', () => {
    const rows = visibleRows(tree.roots, new Set(['kth', 'ud']))
    expect(rows.map((r) => [r.node.id, r.level, r.position, r.setSize, r.hasChildren])).toEqual([
      ['kth', 1, 1, 1, true],
      ['ud', 2, 1, 2, true],
      ['vs', 3, 1, 1, true],
      ['abe', 2, 2, 2, false],
    ])
  })

  it('shows only a subset and counts positions within it', () => {
    const rows = visibleRows(tree.roots, new Set(['kth', 'ud', 'vs']), new Set(['kth', 'ud', 'vs', 'hr']))
    expect(rows.map((r) => [r.node.id, r.position, r.setSize])).toEqual([
      ['kth', 1, 1],
      ['ud', 1, 1],
      ['vs', 1, 1],
      ['hr', 1, 1],
    ])
  })

  it(
    'lists every row of a 20,000-level chain, expanded to any depth, without recursion',
    { timeout: 60_000 },
    () => {
      const chain: OrgNodeInput[] = Array.from({ length: 20_000 }, (_, i) => ({
        id: `u${i}`,
        name: { sv: `U${i}` },
        ...(i > 0 ? { parentId: `u${i - 1}` } : {}),
      }))
      const deep = orgTreeAt(buildOrgIndex(chain), '2024-01-01')
      const rows = visibleRows(deep.roots, expandedToDepth(deep.roots, 1_000_000))
      expect(rows).toHaveLength(20_000)
      expect(rows.at(-1)).toMatchObject({ level: 20_000, position: 1, setSize: 1, hasChildren: false })
      expect(flattenTree(deep)).toHaveLength(20_000)
    },
  )

  it('finds siblings', () => {
    expect(siblingsOf(tree, tree.roots, 'it').map((n) => n.id)).toEqual(['it', 'hr'])
    expect(siblingsOf(tree, tree.roots, 'kth').map((n) => n.id)).toEqual(['kth'])
    expect(siblingsOf(tree, tree.roots, 'nope')).toEqual([])
  })

  it('with everything expanded shows the whole tree in pre-order; rows are always a pre-order subsequence', () => {
    const forest = fc.array(fc.nat(), { minLength: 1, maxLength: 40 }).map((parents) =>
      parents.map((p, i): OrgNodeInput => ({
        id: `u${i}`,
        parentId: i === 0 ? undefined : `u${p % i}`,
        name: { sv: `n${i}` },
      })),
    )
    fc.assert(
      fc.property(forest, fc.nat({ max: 5 }), (input, depth) => {
        const t = orgTreeAt(buildOrgIndex(input), '2024-01-01')
        const all = flattenTree(t).map((n) => n.id)
        const everything = new Set(all)
        expect(visibleRows(t.roots, everything).map((r) => r.node.id)).toEqual(all)
        const partial = visibleRows(t.roots, expandedToDepth(t.roots, depth)).map((r) => r.node.id)
        let cursor = 0
        for (const id of partial) {
          cursor = all.indexOf(id, cursor)
          expect(cursor).toBeGreaterThanOrEqual(0)
        }
        for (const row of visibleRows(t.roots, expandedToDepth(t.roots, depth)))
          expect(row.level).toBeLessThanOrEqual(depth + 1)
      }),
    )
  })

  it('walks a chain of 20,000 open units without overflowing the stack', () => {
    const chain: OrgNodeInput[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `c${i}`,
      parentId: i === 0 ? undefined : `c${i - 1}`,
      name: { sv: `Enhet ${i}` },
    }))
    const t = orgTreeAt(buildOrgIndex(chain), '2024-01-01')
    const rows = visibleRows(t.roots, expandedToDepth(t.roots, 20_000))
    expect(rows).toHaveLength(20_000)
    expect(rows.at(-1)).toMatchObject({ level: 20_000, position: 1, setSize: 1, hasChildren: false })
  })
})
