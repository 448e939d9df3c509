// Test support only: a small KTH-like organisation and fast-check generators shared by the *.test.ts
// files here. Not exported from the package.
import fc from 'fast-check'
import type { LocalizedText } from '../text/localized-text.js'
import type { OrgNodeInput } from './org-index.js'
import type { OrgTree } from './org-tree.js'

/**
 * KTH in miniature: the University Director over VS; two schools whose own HR and IT units close on
 * 2022-12-31 while the VS departments open on 2023-01-01; on 2024-04-01 the IT department is renamed
 * and the security office moves from the University Director to VS. `abe-hr-rek` wrongly outlives its
 * parent `abe-hr`, so it is an orphan from 2023-01-01.
 */
export const KTH_UNITS: OrgNodeInput[] = [
  { id: 'kth', name: { sv: 'KTH', en: 'KTH Royal Institute of Technology' } },
  { id: 'ud', parentId: 'kth', name: { sv: 'Universitetsdirektören', en: 'University Director' } },
  { id: 'vs', parentId: 'ud', name: { sv: 'Verksamhetsstöd', en: 'University Administration' } },
  {
    id: 'vs-hr',
    parentId: 'vs',
    from: '2023-01-01',
    name: { sv: 'HR-avdelningen', en: 'Human Resources Department' },
  },
  {
    id: 'vs-it',
    parentId: 'vs',
    from: '2023-01-01',
    name: { sv: 'IT-avdelningen', en: 'IT Department' },
    renames: [
      { from: '2024-04-01', name: { sv: 'Avdelningen för digitalisering', en: 'Digitalisation Department' } },
    ],
  },
  {
    id: 'vs-lr',
    parentId: 'vs',
    from: '2023-01-01',
    name: { sv: 'Ledningsråd för verksamhetsstöd', en: 'Management Council for Support Services' },
  },
  {
    id: 'ud-sak',
    parentId: 'ud',
    name: { sv: 'Säkerhetsenheten', en: 'Security Office' },
    moves: [{ from: '2024-04-01', parentId: 'vs' }],
  },
  {
    id: 'abe',
    parentId: 'kth',
    name: {
      sv: 'Skolan för arkitektur och samhällsbyggnad',
      en: 'School of Architecture and the Built Environment',
    },
  },
  { id: 'abe-hr', parentId: 'abe', to: '2022-12-31', name: { sv: 'ABE:s HR-enhet', en: 'ABE HR Office' } },
  { id: 'abe-hr-rek', parentId: 'abe-hr', to: '2023-06-30', name: { sv: 'Rekryteringsgruppen' } },
  {
    id: 'eecs',
    parentId: 'kth',
    name: {
      sv: 'Skolan för elektroteknik och datavetenskap',
      en: 'School of Electrical Engineering and Computer Science',
    },
  },
  { id: 'eecs-it', parentId: 'eecs', to: '2022-12-31', name: { sv: 'EECS IT-enhet', en: 'EECS IT Office' } },
]

/** The tree as indented ids, one line per node in pre-order: easy to read in an expectation. */
export function outline(tree: OrgTree): string[] {
  const lines: string[] = []
  const visit = (nodes: OrgTree['roots']): void => {
    for (const node of nodes) {
      lines.push(`${'  '.repeat(node.depth)}${node.id}`)
      visit(node.children)
    }
  }
  visit(tree.roots)
  return lines
}

/** Few distinct days, so that validity ranges, renames and moves often start or end on the same day. */
export const DAYS = [
  '2020-01-01',
  '2020-12-31',
  '2021-01-01',
  '2022-06-15',
  '2022-12-31',
  '2023-01-01',
  '2024-03-31',
  '2024-04-01',
] as const

/** One of {@link DAYS}. */
export const day = fc.constantFrom(...DAYS)

const name: fc.Arbitrary<LocalizedText> = fc.record(
  {
    sv: fc.constantFrom('Ekonomi', 'Ledningsråd', 'Åtgärd', 'Ärende', 'Övrigt', 'Zon'),
    en: fc.constantFrom('Finance', 'Council', 'Action', 'Case', 'Other', 'Zone'),
  },
  { requiredKeys: [] },
)

/**
 * Random units `u0`…`u(n-1)`. Tame: every parent (base or moved-to) is an earlier unit, which gives a
 * forest on every day. Wild: a parent may be any unit, the unit itself or an unknown id, which gives
 * cycles and dangling parents.
 */
export function forest(mode: 'tame' | 'wild', maxUnits = 25): fc.Arbitrary<OrgNodeInput[]> {
  return fc.integer({ min: 0, max: maxUnits }).chain((n) => {
    const units = Array.from({ length: n }, (_, i): fc.Arbitrary<OrgNodeInput> => {
      // The first unit of a tame forest has no earlier unit to hang under.
      const parent: fc.Arbitrary<string> | undefined =
        mode === 'wild'
          ? fc.integer({ min: 0, max: n + 1 }).map((k) => `u${k}`)
          : i === 0
            ? undefined
            : fc.integer({ min: 0, max: i - 1 }).map((k) => `u${k}`)
      return fc.record(
        {
          id: fc.constant(`u${i}`),
          parentId: parent === undefined ? fc.constant(undefined) : fc.option(parent, { nil: undefined }),
          name,
          from: fc.option(day, { nil: undefined }),
          to: fc.option(day, { nil: undefined }),
          renames: fc.option(fc.array(fc.record({ from: day, name }), { maxLength: 2 }), { nil: undefined }),
          moves:
            parent === undefined
              ? fc.constant(undefined)
              : fc.option(fc.array(fc.record({ from: day, parentId: parent }), { maxLength: 2 }), {
                  nil: undefined,
                }),
        },
        { requiredKeys: ['id', 'name'] },
      )
    })
    return fc.tuple(...units)
  })
}
