/** Smallest and largest year the kit handles: four-digit years keep ISO strings sortable as text. */
export const MIN_YEAR = 1000
/** Largest year the kit handles; see {@link MIN_YEAR}. */
export const MAX_YEAR = 9999

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/
// UTC days have no DST and JavaScript has no leap seconds, so every day is exactly this long.
const MS_PER_DAY = 86_400_000

/** True for an integer year the kit can represent as four digits. */
export function isSupportedYear(year: number): boolean {
  return Number.isInteger(year) && year >= MIN_YEAR && year <= MAX_YEAR
}

/** Number of days in `month` (1–12) of `year` in the proleptic Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  // Day 0 of the following month is the last day of this one.
  return new Date(Date.UTC(year, month, 0)).getUTCDate()
}

/** Builds an ISO day string from components without checking them; see {@link isValidDay}. */
export function isoDay(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`
}

/**
 * True when `day` is an ISO `YYYY-MM-DD` string naming a real calendar day in a year 1000–9999,
 * the same days `parsePartialDate` accepts.
 */
export function isValidDay(day: string): boolean {
  return toEpochDay(day) !== undefined
}

/**
 * The calendar day `n` days after `day` (before it when `n` is negative).
 * Works on calendar days in UTC internally, so daylight saving time never shifts the result.
 *
 * @throws RangeError when `day` is not a valid day, `n` is not a safe integer, or the result leaves years 1000–9999.
 */
export function addDays(day: string, n: number): string {
  if (!Number.isSafeInteger(n)) throw new RangeError(`addDays: ${n} is not a whole number of days`)
  return fromEpochDay(requireEpochDay(day) + n)
}

/**
 * Whole calendar days from `a` to `b` (`b − a`): `daysBetween('2022-06-14', '2022-06-15')` is 1.
 *
 * @throws RangeError when either argument is not a valid day.
 */
export function daysBetween(a: string, b: string): number {
  return requireEpochDay(b) - requireEpochDay(a)
}

/** Days since 1970-01-01 for a valid day, else undefined. */
function toEpochDay(day: string): number | undefined {
  const match = DAY_PATTERN.exec(day)
  if (match === null) return undefined
  const year = Number(match[1])
  const month = Number(match[2])
  const date = Number(match[3])
  if (!isSupportedYear(year) || month < 1 || month > 12 || date < 1 || date > daysInMonth(year, month)) {
    return undefined
  }
  return Date.UTC(year, month - 1, date) / MS_PER_DAY
}

function requireEpochDay(day: string): number {
  const epochDay = toEpochDay(day)
  if (epochDay === undefined) throw new RangeError(`Not a valid day: ${JSON.stringify(day)}`)
  return epochDay
}

function fromEpochDay(epochDay: number): string {
  const date = new Date(epochDay * MS_PER_DAY)
  const year = date.getUTCFullYear()
  // An out-of-range instant gives NaN, which also fails this check.
  if (!isSupportedYear(year)) throw new RangeError(`Day outside years ${MIN_YEAR}–${MAX_YEAR}`)
  return isoDay(year, date.getUTCMonth() + 1, date.getUTCDate())
}
