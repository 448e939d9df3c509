import { daysInMonth, isoDay } from './day.js'
import { assertValidPartialDate, type PartialDate, parsePartialDate } from './partial-date.js'

/**
 * Inclusive range of calendar days as ISO `YYYY-MM-DD` strings (days as in Stockholm).
 * Strings compare correctly with `<` and `>`.
 */
export interface DayInterval {
  /** First day in the interval. */
  start: string
  /** Last day in the interval, never before `start`. */
  end: string
}

/**
 * The days a partial date covers, first to last.
 *
 * Seasons are half years: `spring` is 1 January–30 June and `autumn` 1 July–31 December, so spring and
 * autumn together cover their year with no gap or overlap. They are not KTH's academic terms (which start
 * in late August and mid-January); a date known to a term should be given as months or days.
 *
 * @throws RangeError when `date` is not valid (see `isValidPartialDate`).
 */
export function toDayInterval(date: PartialDate): DayInterval {
  assertValidPartialDate(date)
  switch (date.precision) {
    case 'day': {
      const day = isoDay(date.year, date.month, date.day)
      return { start: day, end: day }
    }
    case 'month':
      return monthsInterval(date.year, date.month, date.month)
    case 'quarter':
      return monthsInterval(date.year, date.quarter * 3 - 2, date.quarter * 3)
    case 'season':
      return date.season === 'spring' ? monthsInterval(date.year, 1, 6) : monthsInterval(date.year, 7, 12)
    case 'year':
      return monthsInterval(date.year, 1, 12)
  }
}

/**
 * The days from the first day of `start` to the last day of `end`, or of `start` when there is no end:
 * `rangeInterval(2022-spring, 2022-09)` is 2022-01-01 to 2022-09-30.
 *
 * @throws RangeError when either date is invalid, or when `end` finishes before `start` begins.
 */
export function rangeInterval(start: PartialDate, end?: PartialDate): DayInterval {
  const first = toDayInterval(start).start
  const last = toDayInterval(end ?? start).end
  // An inverted interval would silently break every comparison built on it.
  if (last < first) throw new RangeError(`Range ends (${last}) before it starts (${first})`)
  return { start: first, end: last }
}

/**
 * Orders intervals by start day, then by end day, so that of two intervals starting together the
 * shorter comes first. Returns a negative number, zero or a positive number, as `Array.prototype.sort` wants.
 */
export function compareDayIntervals(a: DayInterval, b: DayInterval): number {
  return compareStrings(a.start, b.start) || compareStrings(a.end, b.end)
}

/**
 * Orders partial dates by the days they cover ({@link compareDayIntervals}): `2022-spring` comes before
 * `2022-03` (earlier start), and dates starting on the same day come finest first:
 * `2022-01-01`, `2022-01`, `2022-Q1`, `2022-spring`, `2022`.
 * Distinct valid dates never compare equal, since no two of them cover the same days.
 *
 * @throws RangeError when either date is invalid.
 */
export function comparePartialDates(a: PartialDate, b: PartialDate): number {
  return compareDayIntervals(toDayInterval(a), toDayInterval(b))
}

/** True when every day of `inner` is also in `outer`. */
export function intervalContains(outer: DayInterval, inner: DayInterval): boolean {
  return outer.start <= inner.start && inner.end <= outer.end
}

/** True when `a` and `b` share at least one day; intervals that merely touch (one ends the day before the other starts) do not. */
export function intervalsOverlap(a: DayInterval, b: DayInterval): boolean {
  return a.start <= b.end && b.start <= a.end
}

/** True when the ISO day `day` is in `interval`, both ends included. */
export function dayInInterval(day: string, interval: DayInterval): boolean {
  return interval.start <= day && day <= interval.end
}

function monthsInterval(year: number, firstMonth: number, lastMonth: number): DayInterval {
  return { start: isoDay(year, firstMonth, 1), end: isoDay(year, lastMonth, daysInMonth(year, lastMonth)) }
}

function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0
}

// Documents repeat the same few date texts thousands of times (validFrom '2023-01-01' …); parse each once.
const textIntervals = new Map<string, DayInterval | undefined>()
const TEXT_CACHE_LIMIT = 10_000

/**
 * The days a partial date written as text covers (see `parsePartialDate`), or undefined when the text is
 * not a partial date. Remembers recent answers, as large documents repeat the same dates.
 */
export function textInterval(text: string): DayInterval | undefined {
  if (textIntervals.has(text)) return textIntervals.get(text)
  const date = parsePartialDate(text)
  const days = date ? toDayInterval(date) : undefined
  if (textIntervals.size >= TEXT_CACHE_LIMIT) textIntervals.clear()
  textIntervals.set(text, days)
  return days
}
