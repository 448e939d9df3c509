import { MAX_YEAR, MIN_YEAR, isoDay } from './day.js'

// Created on first use so importing the module has no side effects.
let stockholmFormatter: Intl.DateTimeFormat | undefined

/**
 * The calendar day in Europe/Stockholm at `instant`, as `YYYY-MM-DD`.
 * Relies on the platform's time-zone data (Intl), so it is right across daylight saving changes
 * whatever the time zone of the machine running it.
 *
 * @throws RangeError for an invalid Date or one whose Stockholm day falls outside years 1000–9999.
 */
export function stockholmDay(instant: Date): string {
  if (Number.isNaN(instant.getTime())) throw new RangeError('stockholmDay: invalid Date')
  // Pinning calendar and numbering system keeps the parts ASCII Gregorian numbers.
  stockholmFormatter ??= new Intl.DateTimeFormat('en-US-u-ca-gregory-nu-latn', {
    timeZone: 'Europe/Stockholm',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    era: 'short',
  })
  let year = NaN
  let month = NaN
  let day = NaN
  let isCommonEra = true
  for (const part of stockholmFormatter.formatToParts(instant)) {
    if (part.type === 'year') year = Number(part.value)
    else if (part.type === 'month') month = Number(part.value)
    else if (part.type === 'day') day = Number(part.value)
    else if (part.type === 'era') isCommonEra = part.value === 'AD'
  }
  // Years BC come back as positive numbers with an era, so the era must be checked too.
  if (!isCommonEra || !(year >= MIN_YEAR && year <= MAX_YEAR)) {
    throw new RangeError(`stockholmDay: day outside years ${MIN_YEAR}–${MAX_YEAR}`)
  }
  return isoDay(year, month, day)
}
