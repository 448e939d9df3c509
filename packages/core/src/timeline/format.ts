import { formatDistanceStrict, formatDuration as formatDurationFns, intervalToDuration } from 'date-fns'
import type { FormatDistanceFn, FormatDistanceToken, Locale } from 'date-fns'
import { enGB, sv } from 'date-fns/locale'
import { addDays } from '../dates/index.js'
import type { DayInterval } from '../dates/index.js'
import type { Language } from '../text/localized-text.js'
import { entryStatus } from './entries.js'

// date-fns' Swedish spells small numbers out ('tre månader') and says 'två år sedan'; the kit shows digits
// next to dates and uses the written-standard 'för … sedan', so the exact-count tokens are replaced here.
const SV_UNITS: Partial<Record<FormatDistanceToken, readonly [one: string, other: string]>> = {
  xSeconds: ['sekund', 'sekunder'],
  xMinutes: ['minut', 'minuter'],
  xHours: ['timme', 'timmar'],
  xDays: ['dag', 'dagar'],
  xWeeks: ['vecka', 'veckor'],
  xMonths: ['månad', 'månader'],
  xYears: ['år', 'år'],
}

const formatDistanceSv: FormatDistanceFn = (token, count, options) => {
  const unit = SV_UNITS[token]
  // Approximate tokens ('ungefär …') are never produced by the strict functions used here.
  if (unit === undefined) return sv.formatDistance(token, count, options)
  const text = `${count} ${count === 1 ? unit[0] : unit[1]}`
  if (!options?.addSuffix) return text
  return options.comparison !== undefined && options.comparison > 0 ? `om ${text}` : `för ${text} sedan`
}

const LOCALES: Record<Language, Locale> = {
  sv: { ...sv, formatDistance: formatDistanceSv },
  en: enGB,
}

const ONGOING: Record<Language, string> = { sv: 'pågår', en: 'ongoing' }

/**
 * A day as a local Date at noon: date-fns calculates in local time, and noon keeps every calendar day
 * intact even where a daylight-saving switch happens at midnight.
 */
function noon(day: string): Date {
  const [year = NaN, month = NaN, date = NaN] = day.split('-').map(Number)
  return new Date(year, month - 1, date, 12)
}

/**
 * The length of an inclusive interval in words, e.g. '3 månader' / '3 months', '1 år 6 månader' /
 * '1 year 6 months', '1 dag' / '1 day'. The end day counts, so the length runs to the day after it.
 * Throws a RangeError when the interval ends before it starts.
 */
export function formatDuration(interval: DayInterval, lang: Language): string {
  if (interval.end < interval.start) {
    throw new RangeError(`interval ends (${interval.end}) before it starts (${interval.start})`)
  }
  const duration = intervalToDuration({ start: noon(interval.start), end: noon(addDays(interval.end, 1)) })
  return formatDurationFns(duration, { locale: LOCALES[lang] })
}

/**
 * How an interval relates to `today` in words: 'för 2 år sedan' / '2 years ago' (counted from its last
 * day), 'om 3 månader' / 'in 3 months' (counted to its first day), or 'pågår' / 'ongoing'.
 */
export function formatRelativeToToday(interval: DayInterval, today: string, lang: Language): string {
  const status = entryStatus(interval, today)
  if (status === 'ongoing') return ONGOING[lang]
  const day = status === 'done' ? interval.end : interval.start
  return formatDistanceStrict(noon(day), noon(today), { addSuffix: true, locale: LOCALES[lang] })
}
