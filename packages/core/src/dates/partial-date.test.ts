import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatIso, isValidPartialDate, parsePartialDate, type PartialDate } from './partial-date.js'
import { partialDate } from './test-arbitraries.js'

function parse(text: string): PartialDate {
  const date = parsePartialDate(text)
  if (date === undefined) throw new Error(`test date ${text} does not parse`)
  return date
}

describe('parsePartialDate', () => {
  it.each<[string, PartialDate]>([
    ['2022-06-14', { precision: 'day', year: 2022, month: 6, day: 14 }],
    ['2024-02-29', { precision: 'day', year: 2024, month: 2, day: 29 }],
    ['2022-06', { precision: 'month', year: 2022, month: 6 }],
    ['2023-Q1', { precision: 'quarter', year: 2023, quarter: 1 }],
    ['2023-q4', { precision: 'quarter', year: 2023, quarter: 4 }],
    ['2022-spring', { precision: 'season', year: 2022, season: 'spring' }],
    ['2022-autumn', { precision: 'season', year: 2022, season: 'autumn' }],
    ['2022-vår', { precision: 'season', year: 2022, season: 'spring' }],
    ['2022-höst', { precision: 'season', year: 2022, season: 'autumn' }],
    ['2026', { precision: 'year', year: 2026 }],
    ['1000', { precision: 'year', year: 1000 }],
    ['9999-12-31', { precision: 'day', year: 9999, month: 12, day: 31 }],
    ['  2022-06 \n', { precision: 'month', year: 2022, month: 6 }],
    // Decomposed å (a + combining ring), as some keyboards and file systems produce.
    ['2022-va\u030Ar', { precision: 'season', year: 2022, season: 'spring' }],
  ])('reads %j', (text, expected) => {
    expect(parsePartialDate(text)).toEqual(expected)
  })

  it.each([
    '2023-02-29',
    '1900-02-29',
    '2022-04-31',
    '2022-06-00',
    '2022-13',
    '2022-00',
    '2022-Q5',
    '2022-Q0',
    '2022-6',
    '2022-06-1',
    '22-06-14',
    '0999',
    '0999-12-31',
    '10000',
    '2022-summer',
    '2022-Spring',
    '2022-var',
    '2022-host',
    '2022-06-14T12:00',
    '2022-06-14x',
    'x2022',
    '2022 06',
    '2022-',
    '',
    '   ',
    '２０２２',
  ])('rejects %j', (text) => {
    expect(parsePartialDate(text)).toBeUndefined()
  })
})

describe('formatIso', () => {
  it('writes the canonical text of every precision', () => {
    expect(formatIso({ precision: 'day', year: 2022, month: 6, day: 4 })).toBe('2022-06-04')
    expect(formatIso({ precision: 'month', year: 2022, month: 6 })).toBe('2022-06')
    expect(formatIso({ precision: 'quarter', year: 2023, quarter: 1 })).toBe('2023-Q1')
    expect(formatIso({ precision: 'season', year: 2022, season: 'spring' })).toBe('2022-spring')
    expect(formatIso({ precision: 'season', year: 2022, season: 'autumn' })).toBe('2022-autumn')
    expect(formatIso({ precision: 'year', year: 2026 })).toBe('2026')
  })

  it('canonicalises Swedish seasons and lower-case quarters', () => {
    expect(formatIso(parse('2022-höst'))).toBe('2022-autumn')
    expect(formatIso(parse('2022-vår'))).toBe('2022-spring')
    expect(formatIso(parse('2023-q2'))).toBe('2023-Q2')
  })

  it('refuses dates that could not be read back', () => {
    expect(() => formatIso({ precision: 'day', year: 2023, month: 2, day: 29 })).toThrow(RangeError)
    expect(() => formatIso({ precision: 'month', year: 2022, month: 13 })).toThrow(RangeError)
    expect(() => formatIso({ precision: 'year', year: 999 })).toThrow(RangeError)
    expect(() => formatIso({ precision: 'year', year: 2022.5 })).toThrow(RangeError)
    expect(() => formatIso({ precision: 'quarter', year: 2022, quarter: 5 as 1 })).toThrow(RangeError)
    expect(() => formatIso({ precision: 'season', year: 2022, season: 'summer' as 'spring' })).toThrow(
      RangeError,
    )
  })

  it('round-trips through parsePartialDate for any valid date', () => {
    fc.assert(
      fc.property(partialDate(), (date) => {
        expect(isValidPartialDate(date)).toBe(true)
        expect(parsePartialDate(formatIso(date))).toEqual(date)
      }),
    )
  })

  it('gives back the same text for any canonical text that parses', () => {
    fc.assert(
      fc.property(partialDate(), (date) => {
        const text = formatIso(date)
        expect(formatIso(parse(` ${text} `))).toBe(text)
      }),
    )
  })
})
