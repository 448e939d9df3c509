import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { daysBetween } from './day.js'
import { stockholmDay } from './stockholm.js'

const HOUR = 3_600_000

/** Last Sunday of `month` (1-based) in `year`, as UTC midnight in ms. */
function lastSundayUtc(year: number, month: number): number {
  const lastDay = new Date(Date.UTC(year, month, 0))
  return Date.UTC(year, month - 1, lastDay.getUTCDate() - lastDay.getUTCDay())
}

/** Stockholm's UTC offset under the EU rule (since 1996): summer time from 01:00 UTC on the last Sunday of March to 01:00 UTC on the last Sunday of October. */
function euOffsetMs(instant: number): number {
  const year = new Date(instant).getUTCFullYear()
  const summerStart = lastSundayUtc(year, 3) + HOUR
  const summerEnd = lastSundayUtc(year, 10) + HOUR
  return instant >= summerStart && instant < summerEnd ? 2 * HOUR : HOUR
}

describe('stockholmDay', () => {
  it.each([
    ['2023-03-26T00:59:59Z', '2023-03-26'],
    ['2023-03-25T22:59:59Z', '2023-03-25'],
    ['2023-03-25T23:00:00Z', '2023-03-26'],
    ['2023-03-26T21:59:59Z', '2023-03-26'],
    ['2023-03-26T22:00:00Z', '2023-03-27'],
    ['2023-10-28T21:59:59Z', '2023-10-28'],
    ['2023-10-28T22:30:00Z', '2023-10-29'],
    ['2023-10-29T22:59:59Z', '2023-10-29'],
    ['2023-10-29T23:00:00Z', '2023-10-30'],
    ['2022-12-31T22:59:59Z', '2022-12-31'],
    ['2022-12-31T23:00:00Z', '2023-01-01'],
    ['2024-02-28T23:30:00Z', '2024-02-29'],
  ])('%s is %s in Stockholm', (instant, day) => {
    expect(stockholmDay(new Date(instant))).toBe(day)
  })

  it('rejects invalid dates and years outside 1000–9999', () => {
    expect(() => stockholmDay(new Date(Number.NaN))).toThrow(RangeError)
    expect(() => stockholmDay(new Date('0999-06-01T00:00:00Z'))).toThrow(RangeError)
    expect(() => stockholmDay(new Date(Date.UTC(-1500, 0, 1)))).toThrow(RangeError)
  })

  it('is consistent with a Date built from its parts: the instant falls within that Stockholm day', () => {
    fc.assert(
      // From 1880: before Sweden's standard time (1879) the time-zone database's local mean times and
      // calendar quirks (Sweden's own calendar of 1700–1712) say nothing about this kit's dates.
      fc.property(fc.integer({ min: Date.UTC(1880, 0, 2), max: Date.UTC(9999, 11, 30) }), (ms) => {
        const day = stockholmDay(new Date(ms))
        const [y, m, d] = day.split('-').map(Number) as [number, number, number]
        // Stockholm has been between UTC+1 and UTC+2 since 1879,
        // so the instant is at most 2 hours before that day's UTC midnight and over 1 hour before the next.
        const sinceUtcMidnight = ms - Date.UTC(y, m - 1, d)
        expect(sinceUtcMidnight).toBeGreaterThanOrEqual(-2 * HOUR)
        expect(sinceUtcMidnight).toBeLessThan(23 * HOUR)
      }),
    )
  })

  it('matches the EU summer-time rule between 1996 and 2099', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const local = new Date(ms + euOffsetMs(ms))
        const expected = local.toISOString().slice(0, 10)
        expect(stockholmDay(new Date(ms))).toBe(expected)
      }),
    )
  })

  it('moves to the next day exactly 24 hours later, except across a DST change', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1996, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        const sameOffset = euOffsetMs(ms) === euOffsetMs(ms + 24 * HOUR)
        fc.pre(sameOffset)
        expect(daysBetween(stockholmDay(new Date(ms)), stockholmDay(new Date(ms + 24 * HOUR)))).toBe(1)
      }),
    )
  })
})
