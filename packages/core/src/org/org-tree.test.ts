import { describe, expect, it } from 'vitest'
import { buildOrgIndex } from './org-index.js'
import type { OrgNodeInput } from './org-index.js'
import { flattenTree, orgTreeAt, pathToRoot } from './org-tree.js'
import { KTH_UNITS, outline } from './test-fixtures.js'

const kth = buildOrgIndex(KTH_UNITS)

describe('orgTreeAt on a KTH-like organisation', () => {
  it('shows the schools with their own support units on 2022-12-31', () => {
    const tree = orgTreeAt(kth, '2022-12-31')
    expect(outline(tree)).toEqual([
      'kth',
      '  ud',
      '    vs',
      '    ud-sak',
      '  abe',
      '    abe-hr',
      '      abe-hr-rek',
      '  eecs',
      '    eecs-it',
    ])
    expect(tree.orphans).toEqual([])
    expect(tree.day).toBe('2022-12-31')
  })

  it('shows the VS departments instead on 2023-01-01, and the unit that outlived its parent as an orphan', () => {
    const tree = orgTreeAt(kth, '2023-01-01')
    expect(outline(tree)).toEqual([
      'kth',
      '  ud',
      '    vs',
      '      vs-hr',
      '      vs-it',
      '      vs-lr',
      '    ud-sak',
      '  abe',
      '  eecs',
    ])
    expect(tree.orphans).toEqual(['abe-hr-rek'])
  })

  it('applies the rename and the move from 2024-04-01', () => {
    const before = orgTreeAt(kth, '2024-03-31')
    const after = orgTreeAt(kth, '2024-04-01')
    expect(before.nodes.get('vs-it')?.name.sv).toBe('IT-avdelningen')
    expect(after.nodes.get('vs-it')?.name).toEqual({
      sv: 'Avdelningen för digitalisering',
      en: 'Digitalisation Department',
    })
    expect(before.nodes.get('ud-sak')).toMatchObject({ parentId: 'ud', depth: 2 })
    expect(after.nodes.get('ud-sak')).toMatchObject({ parentId: 'vs', depth: 3 })
    // The moved unit takes its input position among its new siblings.
    expect(after.nodes.get('vs')?.children.map((child) => child.id)).toEqual([
      'vs-hr',
      'vs-it',
      'vs-lr',
      'ud-sak',
    ])
    // The node keeps the whole input record for renderers that need more than the name.
    expect(after.nodes.get('vs-it')?.unit).toBe(KTH_UNITS[4])
  })

  it('is empty before anything existed only when every unit has a start', () => {
    const index = buildOrgIndex([{ id: 'a', from: '2023-01-01', name: { sv: 'A' } }])
    expect(orgTreeAt(index, '2022-12-31')).toMatchObject({ roots: [], orphans: [] })
    expect(orgTreeAt(index, '2022-12-31').nodes.size).toBe(0)
  })

  it('rejects a day that is not YYYY-MM-DD, which would compare wrongly as a string', () => {
    expect(() => orgTreeAt(kth, '2023-1-1')).toThrow(RangeError)
    expect(() => pathToRoot(kth, '20230101', 'vs')).toThrow(RangeError)
  })
})

describe('cycles and dangling parents', () => {
  const units: OrgNodeInput[] = [
    { id: 'root', name: { sv: 'Rot' } },
    { id: 'ok', parentId: 'root', name: { sv: 'Ok' } },
    { id: 'a', parentId: 'b', name: { sv: 'A' } },
    { id: 'b', parentId: 'a', name: { sv: 'B' } },
    { id: 'below-cycle', parentId: 'a', name: { sv: 'Under cykeln' } },
    { id: 'self', parentId: 'self', name: { sv: 'Själv' } },
    { id: 'dangling', parentId: 'no-such-unit', name: { sv: 'Dinglande' } },
    { id: 'below-dangling', parentId: 'dangling', name: { sv: 'Under dinglande' } },
    // A cycle that only exists from 2024, when `late` moves below its own child.
    {
      id: 'late',
      parentId: 'root',
      name: { sv: 'Sen' },
      moves: [{ from: '2024-01-01', parentId: 'late-child' }],
    },
    { id: 'late-child', parentId: 'late', name: { sv: 'Sent barn' } },
  ]
  const index = buildOrgIndex(units)

  it('returns the units in and below a cycle or a dangling parent as orphans', () => {
    const tree = orgTreeAt(index, '2023-06-01')
    expect(outline(tree)).toEqual(['root', '  ok', '  late', '    late-child'])
    expect(tree.orphans).toEqual(['a', 'b', 'below-cycle', 'self', 'dangling', 'below-dangling'])
  })

  it('detects a cycle created by a move', () => {
    const tree = orgTreeAt(index, '2024-01-01')
    expect(outline(tree)).toEqual(['root', '  ok'])
    expect(tree.orphans).toContain('late')
    expect(tree.orphans).toContain('late-child')
  })

  it('gives empty answers for units outside the tree instead of hanging', () => {
    const tree = orgTreeAt(index, '2023-06-01')
    for (const id of ['a', 'b', 'self', 'dangling', 'no-such-unit']) {
      expect(pathToRoot(tree, id)).toEqual([])
      expect(pathToRoot(index, '2023-06-01', id)).toEqual([])
      expect(tree.nodes.get(id)).toBeUndefined()
    }
  })

  it('does not overflow the stack on a chain of 20,000 units', () => {
    const chain: OrgNodeInput[] = Array.from({ length: 20_000 }, (_, i) => ({
      id: `c${i}`,
      parentId: i === 0 ? undefined : `c${i - 1}`,
      name: { sv: `Enhet ${i}` },
    }))
    const tree = orgTreeAt(buildOrgIndex(chain), '2023-01-01')
    expect(tree.nodes.get('c19999')?.depth).toBe(19_999)
    expect(pathToRoot(tree, 'c19999')).toHaveLength(20_000)
    expect(flattenTree(tree)).toHaveLength(20_000)
  })
})

describe('tree helpers', () => {
  const tree = orgTreeAt(kth, '2024-04-01')

  it('pathToRoot lists ids from the root down to the unit, from a tree or from the index', () => {
    expect(pathToRoot(tree, 'ud-sak')).toEqual(['kth', 'ud', 'vs', 'ud-sak'])
    expect(pathToRoot(kth, '2024-04-01', 'ud-sak')).toEqual(['kth', 'ud', 'vs', 'ud-sak'])
    expect(pathToRoot(kth, '2024-03-31', 'ud-sak')).toEqual(['kth', 'ud', 'ud-sak'])
    expect(pathToRoot(tree, 'kth')).toEqual(['kth'])
  })

  it('flattenTree gives the rows of a tree view, optionally only below expanded nodes', () => {
    expect(flattenTree(tree).map((node) => node.id)).toEqual([
      'kth',
      'ud',
      'vs',
      'vs-hr',
      'vs-it',
      'vs-lr',
      'ud-sak',
      'abe',
      'eecs',
    ])
    // ud-sak is under vs on this day, so it stays hidden while vs is collapsed.
    expect(flattenTree(tree, new Set(['kth', 'ud'])).map((node) => node.id)).toEqual([
      'kth',
      'ud',
      'vs',
      'abe',
      'eecs',
    ])
    // A collapsed root hides everything below it, even expanded descendants.
    expect(flattenTree(tree, new Set(['ud'])).map((node) => node.id)).toEqual(['kth'])
  })
})
