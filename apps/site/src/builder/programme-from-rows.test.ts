import { timelineFromRows, validateProgramme } from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { PROGRAMME_SOURCE_ID, programmeFromRows } from './programme-from-rows.js'

const fields = { nameSv: 'Lokalprogrammet', nameEn: 'The premises programme', sourceUrl: '' }

describe('programmeFromRows', () => {
  it('takes the start and end from the earliest and latest rows, keeping their precision', () => {
    const rows = timelineFromRows(
      [
        'Start\tSlut\tTyp\tTitel sv\tKälla',
        '2023-Q2\t\tfas\tB\thttps://www.kth.se/b',
        '2022-spring\t2022-06-30\tperiod\tA\thttps://www.kth.se/a',
        '2024\t\tmilstolpe\tC\thttps://www.kth.se/b',
      ].join('\n'),
    )
    expect(rows.issues).toEqual([])
    const { document, problems } = programmeFromRows(rows, fields)
    expect(problems).toEqual([])
    expect(document.programme).toMatchObject({
      id: 'lokalprogrammet',
      name: { sv: 'Lokalprogrammet', en: 'The premises programme' },
      start: '2022-spring',
      end: '2024',
      sources: ['source-1', 'source-2'],
    })
    expect(validateProgramme(document).ok).toBe(true)
  })

  it("uses the source field for the programme, sharing a row's source with the same URL", () => {
    const rows = timelineFromRows('2023\tfas\tA\t\thttps://www.kth.se/a')
    const same = programmeFromRows(rows, { ...fields, sourceUrl: 'https://www.kth.se/a' })
    expect(same.document.sources).toEqual([{ id: 'source-1', url: 'https://www.kth.se/a' }])
    expect(same.document.programme.sources).toEqual(['source-1'])
    const other = programmeFromRows(rows, { ...fields, sourceUrl: 'https://www.kth.se/decision' })
    expect(other.document.sources).toHaveLength(2)
    expect(other.document.programme.sources).toEqual([PROGRAMME_SOURCE_ID])
    expect(validateProgramme(other.document).ok).toBe(true)
  })

  it('asks for a source when no row has one, and for a name', () => {
    const rows = timelineFromRows('2023\tfas\tA\t')
    const { document, problems } = programmeFromRows(rows, { nameSv: ' ', nameEn: '', sourceUrl: '' })
    expect(problems.map((problem) => problem.field)).toEqual(['name', 'source-url'])
    expect(problems[1]?.message.sv).toContain('Formatet tillåter uppgifter utan källa')
    // Stand-ins keep the preview going.
    expect(validateProgramme(document).ok).toBe(true)
  })

  it('refuses a source that is not a web address', () => {
    const rows = timelineFromRows('2023\tfas\tA\t')
    const { problems } = programmeFromRows(rows, { ...fields, sourceUrl: 'intra.kth.se' })
    expect(problems).toMatchObject([{ field: 'source-url' }])
  })
})
