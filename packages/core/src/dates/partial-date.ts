import { daysInMonth, isSupportedYear, isoDay } from './day.js'

/** Precisions a date can be known to, finest first. */
export const PRECISIONS = ['day', 'month', 'quarter', 'season', 'year'] as const

/** How precisely a {@link PartialDate} is known. */
export type Precision = (typeof PRECISIONS)[number]

/** Half years: `spring` is January–June and `autumn` July–December (see `toDayInterval`). */
export const SEASONS = ['spring', 'autumn'] as const

/** A half year, named as in Swedish planning (vår/höst). */
export type Season = (typeof SEASONS)[number]

/** A date known only to some precision. Exactly the fields of its precision are set. */
export type PartialDate =
  | { precision: 'day'; year: number; month: number; day: number }
  | { precision: 'month'; year: number; month: number }
  | { precision: 'quarter'; year: number; quarter: 1 | 2 | 3 | 4 }
  | { precision: 'season'; year: number; season: Season }
  | { precision: 'year'; year: number }

// Four-digit year not starting with 0, then an optional month[-day], quarter or season suffix.
const PARTIAL_DATE_PATTERN = /^([1-9]\d{3})(?:-(\d{2})(?:-(\d{2}))?|-[Qq]([1-4])|-(spring|autumn|vår|höst))?$/

/**
 * Reads a partial date from text: `2022-06-14`, `2022-06`, `2023-Q1` (or `2023-q1`), `2022-spring`,
 * `2022-autumn`, Swedish `2022-vår` and `2022-höst`, or `2026`. Surrounding whitespace is ignored.
 *
 * @returns the date, or undefined for anything else: years outside 1000–9999, impossible days such as
 *   `2023-02-29`, months outside 01–12, quarters outside 1–4, or any extra text.
 */
export function parsePartialDate(text: string): PartialDate | undefined {
  // NFC so that a decomposed å or ö (letter plus combining mark) still matches.
  const match = PARTIAL_DATE_PATTERN.exec(text.trim().normalize('NFC'))
  if (match === null) return undefined
  const [, yearText, monthText, dayText, quarterText, seasonText] = match
  const year = Number(yearText)
  if (quarterText !== undefined) {
    return { precision: 'quarter', year, quarter: Number(quarterText) as 1 | 2 | 3 | 4 }
  }
  if (seasonText !== undefined) {
    const season: Season = seasonText === 'spring' || seasonText === 'vår' ? 'spring' : 'autumn'
    return { precision: 'season', year, season }
  }
  if (monthText === undefined) return { precision: 'year', year }
  const month = Number(monthText)
  if (month < 1 || month > 12) return undefined
  if (dayText === undefined) return { precision: 'month', year, month }
  const day = Number(dayText)
  if (day < 1 || day > daysInMonth(year, month)) return undefined
  return { precision: 'day', year, month, day }
}

/**
 * True when `date` is a partial date the kit can handle: a known precision, an integer year 1000–9999 and
 * fields in range (a real day of the month, quarter 1–4, a known season).
 * Guards code paths that may receive objects that never went through {@link parsePartialDate}.
 */
export function isValidPartialDate(date: PartialDate): boolean {
  if (!isSupportedYear(date.year)) return false
  switch (date.precision) {
    case 'day':
      return (
        isValidMonth(date.month) &&
        Number.isInteger(date.day) &&
        date.day >= 1 &&
        date.day <= daysInMonth(date.year, date.month)
      )
    case 'month':
      return isValidMonth(date.month)
    case 'quarter':
      return [1, 2, 3, 4].includes(date.quarter)
    case 'season':
      return (SEASONS as readonly string[]).includes(date.season)
    case 'year':
      return true
    default:
      return false
  }
}

/** Throws a RangeError naming the date unless {@link isValidPartialDate} holds. */
export function assertValidPartialDate(date: PartialDate): void {
  if (!isValidPartialDate(date)) throw new RangeError(`Not a valid partial date: ${JSON.stringify(date)}`)
}

/**
 * The canonical text of a date: `YYYY-MM-DD`, `YYYY-MM`, `YYYY-Qn`, `YYYY-spring`, `YYYY-autumn` or `YYYY`.
 * {@link parsePartialDate} reads it back to an equal date.
 *
 * @throws RangeError when `date` is not valid (see {@link isValidPartialDate}).
 */
export function formatIso(date: PartialDate): string {
  assertValidPartialDate(date)
  switch (date.precision) {
    case 'day':
      return isoDay(date.year, date.month, date.day)
    case 'month':
      return `${date.year}-${String(date.month).padStart(2, '0')}`
    case 'quarter':
      return `${date.year}-Q${date.quarter}`
    case 'season':
      return `${date.year}-${date.season}`
    case 'year':
      return String(date.year)
  }
}

function isValidMonth(month: number): boolean {
  return Number.isInteger(month) && month >= 1 && month <= 12
}
