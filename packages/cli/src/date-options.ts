import { isValidDay } from '@kth-vs/core'
import { CliError } from './support.js'

// A day, then optionally a time (hours and minutes, seconds, a fraction) and a UTC offset.
const INSTANT =
  /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-](\d{2}):?(\d{2}))?)?$/

/**
 * The value of a day option (`--now`, `--as-of`): a real calendar day written `YYYY-MM-DD`, so that
 * 2024-02-30 is refused rather than read as 1 March.
 * @throws CliError naming the option when the value is not such a day
 */
export function dayOption(value: string | undefined, option: string): string | undefined {
  if (value !== undefined && !isValidDay(value)) {
    throw new CliError(`${option} must be a day YYYY-MM-DD, got ${JSON.stringify(value)}`, true)
  }
  return value
}

/**
 * The value of an instant option (`--stamp`): an ISO 8601 date (midnight UTC) or date-time, every
 * field in range. `Date` alone would take 2024-02-30 as 1 March and "March 7" in local time.
 * @throws CliError naming the option when the value is not such an instant
 */
export function instantOption(value: string | undefined, option: string): Date | undefined {
  if (value === undefined) return undefined
  const match = INSTANT.exec(value)
  const [, day = '', hours = '0', minutes = '0', seconds = '0', , offsetHours = '0', offsetMinutes = '0'] =
    match ?? []
  const inRange =
    match !== null &&
    isValidDay(day) &&
    Number(hours) <= 23 &&
    Number(minutes) <= 59 &&
    Number(seconds) <= 59 &&
    Number(offsetHours) <= 23 &&
    Number(offsetMinutes) <= 59
  // Date reads the offset only with a colon in it.
  const instant = inRange ? new Date(value.replace(/([+-]\d{2})(\d{2})$/, '$1:$2')) : undefined
  if (instant === undefined || Number.isNaN(instant.getTime())) {
    throw new CliError(
      `${option} must be an ISO 8601 date-time such as 2026-01-01T00:00:00Z, got ${JSON.stringify(value)}`,
      true,
    )
  }
  return instant
}
