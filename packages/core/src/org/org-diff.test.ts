import { describe, expect, it } from 'vitest'
import { orgDiff } from './org-diff.js'
import { buildOrgIndex } from './org-index.js'
import { KTH_UNITS } from './test-fixtures.js'

const kth = buildOrgIndex(KTH_UNITS)

describe('orgDiff', () => {
  it('reports the support units moving from the schools to VS on 2023-01-01', () => {
    expect(orgDiff(kth, '2022-12-31', '2023-01-01')).toEqual([
      { kind: 'added', id: 'vs-hr', toParentId: 'vs', toName: KTH_UNITS[3]?.name },
      { kind: 'added', id: 'vs-it', toParentId: 'vs', toName: KTH_UNITS[4]?.name },
      { kind: 'added', id: 'vs-lr', toParentId: 'vs', toName: KTH_UNITS[5]?.name },
      { kind: 'removed', id: 'abe-hr', fromParentId: 'abe', fromName: KTH_UNITS[8]?.name },
      // Still valid, but an orphan from 2023-01-01 since its parent is gone: not in the tree any more.
      { kind: 'removed', id: 'abe-hr-rek', fromParentId: 'abe-hr', fromName: KTH_UNITS[9]?.name },
      { kind: 'removed', id: 'eecs-it', fromParentId: 'eecs', fromName: KTH_UNITS[11]?.name },
    ])
  })

  it('gives the reverse changes when the days are swapped', () => {
    const kinds = orgDiff(kth, '2023-01-01', '2022-12-31').map((change) => `${change.kind} ${change.id}`)
    expect(kinds).toEqual([
      'added abe-hr',
      'added abe-hr-rek',
      'added eecs-it',
      'removed vs-hr',
      'removed vs-it',
      'removed vs-lr',
    ])
  })

  it('reports the move and the rename on 2024-04-01', () => {
    expect(orgDiff(kth, '2024-03-31', '2024-04-01')).toEqual([
      { kind: 'moved', id: 'ud-sak', fromParentId: 'ud', toParentId: 'vs' },
      {
        kind: 'renamed',
        id: 'vs-it',
        fromName: { sv: 'IT-avdelningen', en: 'IT Department' },
        toName: { sv: 'Avdelningen för digitalisering', en: 'Digitalisation Department' },
      },
    ])
  })

  it('reports a unit both moved and renamed as two changes, moved first', () => {
    const index = buildOrgIndex([
      { id: 'a', name: { sv: 'A' } },
      { id: 'b', name: { sv: 'B' } },
      {
        id: 'c',
        parentId: 'a',
        name: { sv: 'C', en: 'C' },
        renames: [{ from: '2024-01-01', name: { sv: 'C', en: 'See' } }],
        moves: [{ from: '2024-01-01', parentId: 'b' }],
      },
    ])
    expect(orgDiff(index, '2023-12-31', '2024-01-01')).toEqual([
      { kind: 'moved', id: 'c', fromParentId: 'a', toParentId: 'b' },
      { kind: 'renamed', id: 'c', fromName: { sv: 'C', en: 'C' }, toName: { sv: 'C', en: 'See' } },
    ])
  })

  it('orders changes of one kind in tree order, not input order', () => {
    const index = buildOrgIndex([
      { id: 'late-root', from: '2024-01-01', name: { sv: 'Sen rot' } },
      { id: 'root', name: { sv: 'Rot' } },
      { id: 'child-of-late', parentId: 'late-root', from: '2024-01-01', name: { sv: 'Barn' } },
      { id: 'new-under-root', parentId: 'root', from: '2024-01-01', name: { sv: 'Ny' } },
    ])
    expect(orgDiff(index, '2023-12-31', '2024-01-01').map((change) => change.id)).toEqual([
      'late-root',
      'child-of-late',
      'new-under-root',
    ])
  })

  it('is empty between two days with the same organisation', () => {
    expect(orgDiff(kth, '2023-01-01', '2024-03-31')).toEqual([])
  })
})
