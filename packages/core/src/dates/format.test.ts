import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  formatDateRange,
  formatDateText,
  formatPartialDate,
  htmlDatetime,
  partialDateExpectation,
} from './format.js'
import { parsePartialDate, type PartialDate } from './partial-date.js'
import { partialDate } from './test-arbitraries.js'

function parse(text: string): PartialDate {
  const date = parsePartialDate(text)
  if (date === undefined) throw new Error(`test date ${text} does not parse`)
  return date
}

describe('formatPartialDate', () => {
  it.each([
    ['2022-06-14', '14 juni 2022', '14 June 2022'],
    ['2022-01-03', '3 januari 2022', '3 January 2022'],
    ['2022-06', 'juni 2022', 'June 2022'],
    ['2022-12', 'december 2022', 'December 2022'],
    ['2023-Q1', 'kvartal 1 2023', 'Q1 2023'],
    ['2023-Q4', 'kvartal 4 2023', 'Q4 2023'],
    ['2022-spring', 'våren 2022', 'spring 2022'],
    ['2022-autumn', 'hösten 2022', 'autumn 2022'],
    ['2026', '2026', '2026'],
  ])('writes %s as %j in Swedish and %j in English', (text, sv, en) => {
    expect(formatPartialDate(parse(text), 'sv')).toBe(sv)
    expect(formatPartialDate(parse(text), 'en')).toBe(en)
  })

  it('rejects invalid dates', () => {
    expect(() => formatPartialDate({ precision: 'day', year: 2023, month: 2, day: 29 }, 'sv')).toThrow(
      RangeError,
    )
  })

  it('prints the same calendar day whatever the process time zone', () => {
    const saved = process.env.TZ
    const date = parse('2022-01-01')
    try {
      // Offsets from UTC+14 to UTC−11 would move any fixed UTC instant to another day somewhere.
      for (const [tz, offsetMinutes] of [
        ['Pacific/Kiritimati', -840],
        ['Pacific/Pago_Pago', 660],
        ['America/St_Johns', 210],
        ['UTC', 0],
      ] as const) {
        process.env.TZ = tz
        // Guards the test itself: Node must have picked up the new zone.
        expect(new Date(2022, 0, 1).getTimezoneOffset(), tz).toBe(offsetMinutes)
        expect(formatPartialDate(date, 'en'), tz).toBe('1 January 2022')
        expect(formatDateRange(parse('2022-12-31'), parse('2023-01-01'), 'sv'), tz).toBe(
          '31 december 2022–1 januari 2023',
        )
      }
    } finally {
      if (saved === undefined) delete process.env.TZ
      else process.env.TZ = saved
    }
  })

  it('always ends with the year, for any date in either language', () => {
    fc.assert(
      fc.property(partialDate(), fc.constantFrom('sv' as const, 'en' as const), (date, lang) => {
        const text = formatPartialDate(date, lang)
        expect(text.endsWith(String(date.year))).toBe(true)
        if (date.precision === 'day') expect(text.startsWith(`${date.day} `)).toBe(true)
      }),
    )
  })
})

describe('formatDateRange', () => {
  it.each([
    // Same precision and year: shared year once, unspaced dash.
    ['2022-06', '2022-12', 'juni–december 2022', 'June–December 2022'],
    ['2022-06-03', '2022-06-07', '3–7 juni 2022', '3–7 June 2022'],
    ['2022-06-28', '2022-07-02', '28 juni–2 juli 2022', '28 June–2 July 2022'],
    ['2023-Q1', '2023-Q3', 'kvartal 1–3 2023', 'Q1–Q3 2023'],
    ['2022-spring', '2022-autumn', 'våren–hösten 2022', 'spring–autumn 2022'],
    // Same precision, different years: both in full, unspaced dash.
    ['2022-06', '2023-03', 'juni 2022–mars 2023', 'June 2022–March 2023'],
    ['2022-12-30', '2023-01-02', '30 december 2022–2 januari 2023', '30 December 2022–2 January 2023'],
    ['2022-Q4', '2023-Q1', 'kvartal 4 2022–kvartal 1 2023', 'Q4 2022–Q1 2023'],
    ['2022-autumn', '2023-spring', 'hösten 2022–våren 2023', 'autumn 2022–spring 2023'],
    ['2022', '2023', '2022–2023', '2022–2023'],
    // Different precisions: both in full, spaced dash.
    ['2022-spring', '2023', 'våren 2022 – 2023', 'spring 2022 – 2023'],
    ['2022-06-14', '2022-12', '14 juni 2022 – december 2022', '14 June 2022 – December 2022'],
    ['2022', '2023-Q2', '2022 – kvartal 2 2023', '2022 – Q2 2023'],
    // Equal ends: the single date.
    ['2022-06-14', '2022-06-14', '14 juni 2022', '14 June 2022'],
    ['2022-höst', '2022-autumn', 'hösten 2022', 'autumn 2022'],
  ])('writes %s to %s as %j and %j', (start, end, sv, en) => {
    expect(formatDateRange(parse(start), parse(end), 'sv')).toBe(sv)
    expect(formatDateRange(parse(start), parse(end), 'en')).toBe(en)
  })

  it('gives the single date for equal ends and otherwise joins with exactly one en dash', () => {
    fc.assert(
      fc.property(
        partialDate({ min: 2021, max: 2023 }),
        partialDate({ min: 2021, max: 2023 }),
        fc.constantFrom('sv' as const, 'en' as const),
        (start, end, lang) => {
          expect(formatDateRange(start, start, lang)).toBe(formatPartialDate(start, lang))
          const text = formatDateRange(start, end, lang)
          if (JSON.stringify(start) === JSON.stringify(end)) return
          expect(text.split('–')).toHaveLength(2)
          expect(text.endsWith(String(end.year))).toBe(true)
          expect(text.includes(' – ')).toBe(start.precision !== end.precision)
          // Only same-precision, same-year ranges are shortened.
          if (start.precision !== end.precision || start.year !== end.year) {
            const separator = start.precision === end.precision ? '–' : ' – '
            expect(text).toBe(`${formatPartialDate(start, lang)}${separator}${formatPartialDate(end, lang)}`)
          }
        },
      ),
    )
  })
})

describe('partialDateExpectation', () => {
  it('describes the accepted forms in each language', () => {
    expect(partialDateExpectation('sv')).toBe('ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-vår/höst eller ÅÅÅÅ')
    expect(partialDateExpectation('en')).toBe('YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-spring/autumn or YYYY')
  })
})

describe('htmlDatetime', () => {
  it('writes days, months and years as HTML does, and a quarter or half year as its year', () => {
    const d = (text: string) => {
      const date = parsePartialDate(text)
      if (!date) throw new Error(text)
      return htmlDatetime(date)
    }
    expect([d('2022-06-14'), d('2022-06'), d('2026'), d('2023-Q1'), d('2022-autumn')]).toEqual([
      '2022-06-14',
      '2022-06',
      '2026',
      '2023',
      '2022',
    ])
  })
})

describe('formatDateText', () => {
  it('formats a date text at its own precision and leaves other text as it is', () => {
    expect(formatDateText('2022-03', 'sv')).toBe('mars 2022')
    expect(formatDateText('2026-09-30', 'en')).toBe('30 September 2026')
    expect(formatDateText('soon', 'en')).toBe('soon')
  })
})
