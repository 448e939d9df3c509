import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, daysInMonth, isValidDay } from './day.js'
import {
  compareDayIntervals,
  comparePartialDates,
  dayInInterval,
  intervalContains,
  intervalsOverlap,
  rangeInterval,
  toDayInterval,
  type DayInterval,
} from './interval.js'
import { formatIso, parsePartialDate, type PartialDate } from './partial-date.js'
import { dayDate, isoDayString, monthDate, partialDate, quarterDate } from './test-arbitraries.js'

function parse(text: string): PartialDate {
  const date = parsePartialDate(text)
  if (date === undefined) throw new Error(`test date ${text} does not parse`)
  return date
}

const interval = (text: string) => toDayInterval(parse(text))
const length = (i: DayInterval) => daysBetween(i.start, i.end) + 1
const NEAR_YEARS = { min: 2021, max: 2023 }

describe('toDayInterval', () => {
  it.each([
    ['2022-06-14', '2022-06-14', '2022-06-14'],
    ['2022-06', '2022-06-01', '2022-06-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2023-02', '2023-02-01', '2023-02-28'],
    ['2023-Q1', '2023-01-01', '2023-03-31'],
    ['2023-Q2', '2023-04-01', '2023-06-30'],
    ['2023-Q3', '2023-07-01', '2023-09-30'],
    ['2023-Q4', '2023-10-01', '2023-12-31'],
    ['2022-spring', '2022-01-01', '2022-06-30'],
    ['2022-autumn', '2022-07-01', '2022-12-31'],
    ['2026', '2026-01-01', '2026-12-31'],
  ])('%s covers %s to %s', (text, start, end) => {
    expect(interval(text)).toEqual({ start, end })
  })

  it('makes spring and autumn cover their year with no gap', () => {
    const spring = interval('2022-spring')
    const autumn = interval('2022-autumn')
    expect(addDays(spring.end, 1)).toBe(autumn.start)
    expect({ start: spring.start, end: autumn.end }).toEqual(interval('2022'))
  })

  it('rejects invalid dates', () => {
    expect(() => toDayInterval({ precision: 'day', year: 2023, month: 2, day: 29 })).toThrow(RangeError)
    expect(() => toDayInterval({ precision: 'month', year: 2022, month: 0 })).toThrow(RangeError)
    expect(() => toDayInterval({ precision: 'quarter', year: 2022, quarter: 5 as 4 })).toThrow(RangeError)
  })

  it('gives valid days with start ≤ end', () => {
    fc.assert(
      fc.property(partialDate(), (date) => {
        const { start, end } = toDayInterval(date)
        expect(isValidDay(start)).toBe(true)
        expect(isValidDay(end)).toBe(true)
        expect(start <= end).toBe(true)
      }),
    )
  })

  it('covers one day for a day', () => {
    fc.assert(
      fc.property(dayDate(), (date) => {
        const i = toDayInterval(date)
        expect(i.start).toBe(formatIso(date))
        expect(length(i)).toBe(1)
      }),
    )
  })

  it("covers the month's days for a month", () => {
    fc.assert(
      fc.property(monthDate(), (date) => {
        const i = toDayInterval(date)
        expect(length(i)).toBe(daysInMonth(date.year, date.month))
        expect(i.start.endsWith('-01')).toBe(true)
      }),
    )
  })

  it('covers exactly its three months for a quarter', () => {
    fc.assert(
      fc.property(quarterDate(), (date) => {
        const months = [1, 2, 3].map((k) =>
          toDayInterval({ precision: 'month', year: date.year, month: date.quarter * 3 - 3 + k }),
        )
        const [first, second, third] = months as [DayInterval, DayInterval, DayInterval]
        expect(toDayInterval(date)).toEqual({ start: first.start, end: third.end })
        expect(addDays(first.end, 1)).toBe(second.start)
        expect(addDays(second.end, 1)).toBe(third.start)
      }),
    )
  })

  it('nests a day inside its month, quarter, season and year', () => {
    fc.assert(
      fc.property(dayDate(), (d) => {
        const day = toDayInterval(d)
        const month = toDayInterval({ precision: 'month', year: d.year, month: d.month })
        const quarter = toDayInterval({
          precision: 'quarter',
          year: d.year,
          quarter: Math.ceil(d.month / 3) as 1 | 2 | 3 | 4,
        })
        const season = toDayInterval({
          precision: 'season',
          year: d.year,
          season: d.month <= 6 ? 'spring' : 'autumn',
        })
        const year = toDayInterval({ precision: 'year', year: d.year })
        const nested: [outer: DayInterval, inner: DayInterval][] = [
          [month, day],
          [quarter, month],
          [season, quarter],
          [year, season],
        ]
        for (const [outer, inner] of nested) expect(intervalContains(outer, inner)).toBe(true)
        expect(dayInInterval(day.start, year)).toBe(true)
        // A day belongs to exactly one quarter and one season.
        const otherSeason = toDayInterval({
          precision: 'season',
          year: d.year,
          season: d.month <= 6 ? 'autumn' : 'spring',
        })
        expect(intervalsOverlap(day, otherSeason)).toBe(false)
      }),
    )
  })
})

describe('rangeInterval', () => {
  it("runs from the start's first day to the end's last day", () => {
    expect(rangeInterval(parse('2022-spring'), parse('2022-09'))).toEqual({
      start: '2022-01-01',
      end: '2022-09-30',
    })
    expect(rangeInterval(parse('2022-06-14'), parse('2023'))).toEqual({
      start: '2022-06-14',
      end: '2023-12-31',
    })
    expect(rangeInterval(parse('2023-Q2'))).toEqual({ start: '2023-04-01', end: '2023-06-30' })
    expect(rangeInterval(parse('2022'), parse('2022-spring'))).toEqual({
      start: '2022-01-01',
      end: '2022-06-30',
    })
  })

  it('rejects a range that ends before it starts', () => {
    expect(() => rangeInterval(parse('2023'), parse('2022-12-31'))).toThrow(RangeError)
  })

  it('spans from the first day of start to the last day of end, or throws when that is backwards', () => {
    fc.assert(
      fc.property(partialDate(NEAR_YEARS), partialDate(NEAR_YEARS), (start, end) => {
        const first = toDayInterval(start).start
        const last = toDayInterval(end).end
        if (last < first) {
          expect(() => rangeInterval(start, end)).toThrow(RangeError)
          return
        }
        const range = rangeInterval(start, end)
        expect(range).toEqual({ start: first, end: last })
        // In order, the range holds all of end (though maybe not all of a coarser start, e.g. 2022 to 2022-01).
        if (comparePartialDates(start, end) <= 0)
          expect(intervalContains(range, toDayInterval(end))).toBe(true)
      }),
    )
  })
})

describe('compareDayIntervals and comparePartialDates', () => {
  it('order by start, then shorter first', () => {
    const texts = [
      '2023',
      '2022-06',
      '2022',
      '2022-spring',
      '2022-Q1',
      '2022-01',
      '2022-01-01',
      '2022-autumn',
      '2022-Q3',
    ]
    const sorted = texts.map(parse).sort(comparePartialDates).map(formatIso)
    expect(sorted).toEqual([
      '2022-01-01',
      '2022-01',
      '2022-Q1',
      '2022-spring',
      '2022',
      '2022-06',
      '2022-Q3',
      '2022-autumn',
      '2023',
    ])
    expect(
      compareDayIntervals(
        { start: '2022-01-01', end: '2022-01-05' },
        { start: '2022-01-01', end: '2022-01-05' },
      ),
    ).toBe(0)
  })

  it('are antisymmetric, and zero only for equal dates', () => {
    fc.assert(
      fc.property(partialDate(NEAR_YEARS), partialDate(NEAR_YEARS), (a, b) => {
        const ab = comparePartialDates(a, b)
        // Adding the signs rather than negating one avoids -0 versus +0.
        expect(Math.sign(ab) + Math.sign(comparePartialDates(b, a))).toBe(0)
        expect(ab === 0).toBe(formatIso(a) === formatIso(b))
      }),
    )
  })

  it('are transitive', () => {
    fc.assert(
      fc.property(fc.array(partialDate(NEAR_YEARS), { minLength: 3, maxLength: 3 }), (dates) => {
        const [a, b, c] = [...dates].sort(comparePartialDates) as [PartialDate, PartialDate, PartialDate]
        expect(comparePartialDates(a, b)).toBeLessThanOrEqual(0)
        expect(comparePartialDates(b, c)).toBeLessThanOrEqual(0)
        expect(comparePartialDates(a, c)).toBeLessThanOrEqual(0)
      }),
    )
  })

  it('order single days like the days themselves', () => {
    fc.assert(
      fc.property(dayDate(), dayDate(), (a, b) => {
        const between = daysBetween(formatIso(b), formatIso(a))
        expect(Math.sign(comparePartialDates(a, b))).toBe(Math.sign(between))
      }),
    )
  })
})

describe('intervalContains, intervalsOverlap and dayInInterval', () => {
  const june = interval('2022-06')

  it('include both ends', () => {
    expect(dayInInterval('2022-06-01', june)).toBe(true)
    expect(dayInInterval('2022-06-30', june)).toBe(true)
    expect(dayInInterval('2022-05-31', june)).toBe(false)
    expect(dayInInterval('2022-07-01', june)).toBe(false)
    expect(intervalContains(june, june)).toBe(true)
    expect(intervalContains(june, interval('2022-Q2'))).toBe(false)
    expect(intervalContains(interval('2022-Q2'), june)).toBe(true)
  })

  it('treat touching intervals as not overlapping', () => {
    expect(intervalsOverlap(june, interval('2022-07'))).toBe(false)
    expect(intervalsOverlap(june, interval('2022-06-30'))).toBe(true)
    expect(intervalsOverlap(interval('2022-spring'), interval('2022-autumn'))).toBe(false)
    expect(intervalsOverlap(interval('2022-Q2'), interval('2022-spring'))).toBe(true)
  })

  it('agree with each other on samples', () => {
    fc.assert(
      fc.property(partialDate(NEAR_YEARS), partialDate(NEAR_YEARS), isoDayString(NEAR_YEARS), (a, b, day) => {
        const ia = toDayInterval(a)
        const ib = toDayInterval(b)
        expect(intervalsOverlap(ia, ib)).toBe(intervalsOverlap(ib, ia))
        if (intervalContains(ia, ib)) expect(intervalsOverlap(ia, ib)).toBe(true)
        const single = { start: day, end: day }
        expect(dayInInterval(day, ia)).toBe(intervalContains(ia, single))
        expect(dayInInterval(day, ia)).toBe(intervalsOverlap(ia, single))
        // Overlap means some day is in both: the later start is such a day.
        const laterStart = ia.start > ib.start ? ia.start : ib.start
        expect(intervalsOverlap(ia, ib)).toBe(dayInInterval(laterStart, ia) && dayInInterval(laterStart, ib))
      }),
    )
  })
})
