import { describe, expect, it } from 'vitest'
import { buildOrgIndex } from './org-index.js'
import { ancestorsOfMatches, searchOrg } from './org-search.js'
import { orgTreeAt } from './org-tree.js'
import { KTH_UNITS } from './test-fixtures.js'

const kth = buildOrgIndex(KTH_UNITS)
const tree2023 = orgTreeAt(kth, '2023-01-01')

describe('searchOrg', () => {
  it('ignores diacritics and case', () => {
    expect(searchOrg(tree2023, 'ledningsrad', 'sv')).toEqual([
      {
        id: 'vs-lr',
        name: 'Ledningsråd för verksamhetsstöd',
        lang: 'sv',
        path: ['kth', 'ud', 'vs', 'vs-lr'],
      },
    ])
    expect(searchOrg(tree2023, 'HR', 'sv').map((hit) => hit.name)).toEqual(['HR-avdelningen'])
    expect(searchOrg(tree2023, 'SÄKERHET', 'sv').map((hit) => hit.id)).toEqual(['ud-sak'])
  })

  it('searches the units of the tree’s day under the names of that day', () => {
    expect(searchOrg(orgTreeAt(kth, '2022-12-31'), 'hr', 'sv').map((hit) => hit.id)).toEqual(['abe-hr'])
    expect(searchOrg(orgTreeAt(kth, '2024-03-31'), 'digitalisering', 'sv')).toEqual([])
    expect(searchOrg(orgTreeAt(kth, '2024-04-01'), 'digitalisering', 'sv').map((hit) => hit.id)).toEqual([
      'vs-it',
    ])
  })

  it('matches either language and returns the name in the requested one', () => {
    expect(searchOrg(tree2023, 'university director', 'sv')).toEqual([
      { id: 'ud', name: 'Universitetsdirektören', lang: 'sv', path: ['kth', 'ud'] },
    ])
    expect(searchOrg(tree2023, 'universitetsdirektoren', 'en').map((hit) => hit.name)).toEqual([
      'University Director',
    ])
  })

  it('requires every token, in any order, within one language', () => {
    expect(searchOrg(tree2023, 'avdelningen it', 'sv').map((hit) => hit.id)).toEqual(['vs-it'])
    // 'HR' is in the Swedish name and 'department' only in the English one.
    expect(searchOrg(tree2023, 'hr department', 'sv')).toEqual([])
  })

  it('finds nothing for a blank query', () => {
    expect(searchOrg(tree2023, '   ', 'sv')).toEqual([])
  })

  it('marks a name shown in the other language', () => {
    const tree = orgTreeAt(buildOrgIndex([{ id: 'x', name: { sv: 'Enbart svenska' } }]), '2023-01-01')
    expect(searchOrg(tree, 'enbart', 'en')).toEqual([
      { id: 'x', name: 'Enbart svenska', lang: 'sv', path: ['x'] },
    ])
  })

  it('sorts hits in Swedish order: Z before Å before Ä before Ö', () => {
    const units = ['Öppna enheten', 'Zeta enheten', 'Ärendeenheten', 'Ålandsenheten', 'Alfa enheten'].map(
      (sv, i) => ({ id: `e${i}`, parentId: 'root', name: { sv } }),
    )
    const tree = orgTreeAt(buildOrgIndex([{ id: 'root', name: { sv: 'Rot' } }, ...units]), '2023-01-01')
    expect(searchOrg(tree, 'enheten', 'sv').map((hit) => hit.name)).toEqual([
      'Alfa enheten',
      'Zeta enheten',
      'Ålandsenheten',
      'Ärendeenheten',
      'Öppna enheten',
    ])
  })
})

describe('ancestorsOfMatches', () => {
  it('gives the branches to expand so that every hit is visible', () => {
    const hits = searchOrg(tree2023, 'avdelningen', 'sv').map((hit) => hit.id)
    expect(hits).toEqual(['vs-hr', 'vs-it'])
    expect(ancestorsOfMatches(tree2023, hits)).toEqual(new Set(['kth', 'ud', 'vs']))
  })

  it('includes a hit only when it is above another hit, and ignores unknown ids', () => {
    expect(ancestorsOfMatches(tree2023, ['ud', 'vs-hr', 'nope'])).toEqual(new Set(['kth', 'ud', 'vs']))
    expect(ancestorsOfMatches(tree2023, ['kth'])).toEqual(new Set())
  })
})
