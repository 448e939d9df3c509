import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildOrgIndex, isValidOn, nameOn, parentOn } from './org-index.js'
import type { OrgNodeInput } from './org-index.js'
import { KTH_UNITS } from './test-fixtures.js'

const ids = (units: readonly OrgNodeInput[] | undefined) => units?.map((unit) => unit.id)

describe('isValidOn', () => {
  const unit: OrgNodeInput = { id: 'a', name: { sv: 'A' }, from: '2023-01-01', to: '2023-12-31' }

  it('includes both ends of the validity', () => {
    expect(isValidOn(unit, '2022-12-31')).toBe(false)
    expect(isValidOn(unit, '2023-01-01')).toBe(true)
    expect(isValidOn(unit, '2023-12-31')).toBe(true)
    expect(isValidOn(unit, '2024-01-01')).toBe(false)
  })

  it('treats a missing end as open', () => {
    expect(isValidOn({ id: 'a', name: { sv: 'A' } }, '1900-01-01')).toBe(true)
    expect(isValidOn({ id: 'a', name: { sv: 'A' }, from: '2023-01-01' }, '2999-12-31')).toBe(true)
    expect(isValidOn({ id: 'a', name: { sv: 'A' }, to: '2023-01-01' }, '2023-01-02')).toBe(false)
  })
})

describe('nameOn and parentOn', () => {
  const unit: OrgNodeInput = {
    id: 'x',
    parentId: 'p0',
    name: { sv: 'Namn 0' },
    // Deliberately unsorted: the latest `from` on or before the day wins, not the last entry.
    renames: [
      { from: '2024-01-01', name: { sv: 'Namn 2' } },
      { from: '2023-01-01', name: { sv: 'Namn 1' } },
    ],
    moves: [
      { from: '2024-01-01', parentId: 'p2' },
      { from: '2023-01-01', parentId: 'p1' },
      { from: '2024-01-01', parentId: 'p3' },
    ],
  }

  it('uses the base name and parent before the first change', () => {
    expect(nameOn(unit, '2022-12-31')).toEqual({ sv: 'Namn 0' })
    expect(parentOn(unit, '2022-12-31')).toBe('p0')
  })

  it('uses the latest change on or before the day, whatever the list order', () => {
    expect(nameOn(unit, '2023-01-01')).toEqual({ sv: 'Namn 1' })
    expect(nameOn(unit, '2023-12-31')).toEqual({ sv: 'Namn 1' })
    expect(nameOn(unit, '2024-01-01')).toEqual({ sv: 'Namn 2' })
    expect(parentOn(unit, '2023-06-01')).toBe('p1')
  })

  it('lets the later entry win between two changes on the same day', () => {
    expect(parentOn(unit, '2024-01-01')).toBe('p3')
  })

  it('answers alike for short lists and long ones', () => {
    const day = fc.constantFrom('2020-01-01', '2021-06-01', '2022-01-01', '2023-01-01', '2024-12-31')
    fc.assert(
      fc.property(
        fc.array(fc.record({ from: day, parentId: fc.constantFrom('a', 'b', 'c', 'd') }), { maxLength: 60 }),
        day,
        (moves, on) => {
          // What the rules say: the latest `from` on or before the day, the later entry on a tie.
          let expected: string | undefined = 'base'
          let latest = ''
          for (const move of moves)
            if (move.from <= on && move.from >= latest) [latest, expected] = [move.from, move.parentId]
          expect(parentOn({ id: 'x', parentId: 'base', name: { sv: 'X' }, moves }, on)).toBe(expected)
        },
      ),
    )
  })
})

describe('buildOrgIndex', () => {
  it('indexes units by id and children by parent in input order', () => {
    const index = buildOrgIndex(KTH_UNITS)
    expect(index.units).toHaveLength(KTH_UNITS.length)
    expect(index.byId.get('vs-hr')?.name.sv).toBe('HR-avdelningen')
    expect(ids(index.rootCandidates)).toEqual(['kth'])
    expect(ids(index.childrenOf.get('kth'))).toEqual(['ud', 'abe', 'eecs'])
  })

  it('lists a moving unit under every parent it ever has, once each', () => {
    const index = buildOrgIndex([
      { id: 'a', name: { sv: 'A' } },
      { id: 'b', name: { sv: 'B' } },
      {
        id: 'c',
        parentId: 'a',
        name: { sv: 'C' },
        moves: [
          { from: '2023-01-01', parentId: 'b' },
          { from: '2024-01-01', parentId: 'a' },
          { from: '2025-01-01', parentId: 'b' },
        ],
      },
    ])
    expect(ids(index.childrenOf.get('a'))).toEqual(['c'])
    expect(ids(index.childrenOf.get('b'))).toEqual(['c'])
  })

  it('keeps the first record of a duplicated id and reports the rest', () => {
    const index = buildOrgIndex([
      { id: 'a', name: { sv: 'Första' } },
      { id: 'a', name: { sv: 'Andra' } },
      { id: 'b', parentId: 'a', name: { sv: 'B' } },
    ])
    expect(ids(index.units)).toEqual(['a', 'b'])
    expect(index.byId.get('a')?.name.sv).toBe('Första')
    expect(index.duplicateIds).toEqual(['a'])
  })
})
