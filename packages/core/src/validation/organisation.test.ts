import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProgrammeDocumentInput } from '../schema/programme.js'
import { MAX_ORG_DEPTH } from './limits.js'
import { validateProgramme } from './validate.js'

type Units = NonNullable<ProgrammeDocumentInput['units']>
type Unit = Units[number]

function documentWith(units: Units): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: { id: 'p', name: { sv: 'P' }, start: '2022', end: '2026', sources: ['s'] },
    sources: [{ id: 's', url: 'https://www.kth.se/' }],
    units,
  }
}

const issuesOf = (units: Units, code: string) =>
  validateProgramme(documentWith(units)).issues.filter((found) => found.code === code)

/** The parent of `unit` on `day`, and whether it exists then: the rules, one day at a time. */
function parentOn(unit: Unit, day: string): { valid: boolean; parent: string | undefined } {
  const valid = (unit.validFrom ?? '0000') <= day && day <= (unit.validTo ?? '9999')
  let parent = unit.parent
  let latest = ''
  for (const move of unit.moves ?? []) {
    if (move.from <= day && move.from >= latest) {
      latest = move.from
      parent = move.parent
    }
  }
  return { valid, parent }
}

/** Every set of units that forms a cycle on some day, found by walking up from each unit on each day. */
function cyclesDayByDay(units: Units, days: readonly string[]): Set<string> {
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  const cycles = new Set<string>()
  for (const day of days) {
    for (const start of units) {
      const walked: string[] = []
      let at: string | undefined = start.id
      while (at !== undefined && !walked.includes(at)) {
        const unit = byId.get(at)
        if (unit === undefined || !parentOn(unit, day).valid) break
        walked.push(at)
        at = parentOn(unit, day).parent
      }
      if (at !== undefined && walked.includes(at))
        cycles.add(walked.slice(walked.indexOf(at)).sort().join('>'))
    }
  }
  return cycles
}

const DAYS = ['2020-01-01', '2020-06-01', '2021-01-01', '2021-06-01', '2022-01-01']
/** The days after each of DAYS, where stretches that end on one of them are over. */
const DAYS_AFTER = ['2020-01-02', '2020-06-02', '2021-01-02', '2021-06-02', '2022-01-02']

describe('the organisation over time', () => {
  it(
    'finds a parent cycle exactly when walking up day by day does, and only real ones',
    { timeout: 120_000 },
    () => {
      const ids = ['a', 'b', 'c', 'd', 'e', 'f']
      const unit = fc.record(
        {
          parent: fc.option(fc.constantFrom(...ids), { nil: undefined }),
          validFrom: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
          validTo: fc.option(fc.constantFrom(...DAYS), { nil: undefined }),
          moves: fc.array(fc.record({ from: fc.constantFrom(...DAYS), parent: fc.constantFrom(...ids) }), {
            maxLength: 3,
          }),
        },
        { requiredKeys: ['moves'] },
      )
      fc.assert(
        fc.property(fc.array(unit, { minLength: 1, maxLength: ids.length }), (drawn) => {
          const units: Units = drawn.map((fields, i) => {
            const made: Unit = {
              id: ids[i] as string,
              kind: 'unit',
              name: { sv: ids[i] as string },
              sources: ['s'],
            }
            if (fields.parent !== undefined) made.parent = fields.parent
            if (fields.validFrom !== undefined) made.validFrom = fields.validFrom
            if (fields.validTo !== undefined && (fields.validFrom ?? '') <= fields.validTo)
              made.validTo = fields.validTo
            if (fields.moves.length > 0) made.moves = fields.moves
            return made
          })
          const expected = cyclesDayByDay(units, ['2019-01-01', ...DAYS, ...DAYS_AFTER])
          const found = issuesOf(units, 'parent_cycle').map((found) => {
            const members = [...found.message.en.matchAll(/"([a-f])"/g)].map((match) => match[1])
            return [...new Set(members)].sort().join('>')
          })
          expect(found.length > 0).toBe(expected.size > 0)
          for (const cycle of found) expect(expected).toContain(cycle)
        }),
        { numRuns: 1000 },
      )
    },
  )

  const chain = (levels: number, dated: boolean): Units =>
    Array.from({ length: levels }, (_, i) => {
      const made: Unit = {
        id: `u${i}`,
        kind: i === 0 ? 'university' : 'unit',
        name: { sv: `U${i}` },
        sources: ['s'],
      }
      if (i > 0) made.parent = `u${i - 1}`
      if (dated) made.validFrom = new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10)
      return made
    })

  it('reads a move on the first day of year 1000 without stepping outside the calendar', () => {
    const units = chain(3, false)
    units[2]!.moves = [{ from: '1000-01-01', parent: 'u0' }]
    expect(validateProgramme(documentWith(units)).issues).toEqual([])
  })

  it(`allows ${MAX_ORG_DEPTH} levels and refuses one more, naming the unit, the depth and the day`, () => {
    expect(validateProgramme(documentWith(chain(MAX_ORG_DEPTH, true))).ok).toBe(true)
    const [tooDeep, ...others] = validateProgramme(documentWith(chain(MAX_ORG_DEPTH + 1, true))).issues
    expect(others).toEqual([])
    expect(tooDeep).toMatchObject({ code: 'too_deep', pathText: `units[${MAX_ORG_DEPTH}].parent` })
    expect(tooDeep?.message).toEqual({
      sv: `"u100" under "u99" gör organisationen 101 nivåer djup den 2000-04-10; förväntade högst 100 nivåer`,
      en: `"u100" under "u99" makes the organisation 101 levels deep on 2000-04-10; expected at most 100 levels`,
    })
  })

  it('counts the levels of each day, not of all days together', () => {
    // u0 … u59 until 2023, then u0 … u29 with u60 … u119 under them: 60 and 90 levels, never 120.
    const units = chain(120, false)
    for (let i = 30; i < 60; i++) units[i]!.validTo = '2023-12-31'
    for (let i = 60; i < 120; i++) units[i]!.validFrom = '2024-01-01'
    units[60]!.parent = 'u29'
    expect(validateProgramme(documentWith(units)).issues).toEqual([])
    // Hung under u59 a day before u59 ends, the same units pass 100 levels on 2023-12-31.
    for (let i = 60; i < 120; i++) units[i]!.validFrom = '2023-12-31'
    units[60]!.moves = [{ from: '2024-01-01', parent: 'u29' }]
    units[60]!.parent = 'u59'
    expect(issuesOf(units, 'too_deep').map((found) => found.message.en)).toEqual([
      expect.stringContaining('"u100" under "u99" makes the organisation 101 levels deep on 2023-12-31'),
    ])
  })

  it('answers for a 20,000-level chain with one issue', { timeout: 60_000 }, () => {
    const issues = validateProgramme(documentWith(chain(20_000, true))).issues
    expect(issues.map((found) => found.code)).toEqual(['too_deep'])
  })

  it('finds a cycle of 20,000 units and names a few of them', { timeout: 60_000 }, () => {
    const units = chain(20_000, false)
    units[0]!.kind = 'unit'
    units[0]!.parent = 'u19999'
    const cycles = issuesOf(units, 'parent_cycle')
    expect(cycles).toHaveLength(1)
    expect(cycles[0]?.message.en).toMatch(/^forms a cycle "u\d+" → .* → … \(\+19991\) → "u\d+";/)
  })
})
