import { formatDistanceStrict, formatDuration as formatDurationFns, intervalToDuration } from 'date-fns'
import type { FormatDistanceFn, FormatDistanceToken, Locale } from 'date-fns'
import { addDays } from '../dates/index.js'
import type { DayInterval } from '../dates/index.js'
import type { Language } from '../text/localized-text.js'
import { entryStatus } from './entries.js'

type Units = Partial<Record<FormatDistanceToken, readonly [one: string, other: string]>>

// The strict date-fns functions used here only ever ask for exact counts, so a locale needs nothing
// but these words. Leaving out date-fns' full locales keeps their parsing tables out of every bundle;
// the kit also shows digits next to dates ('3 månader', not 'tre månader') and writes 'för … sedan'.
const UNITS: Record<Language, Units> = {
  sv: {
    xSeconds: ['sekund', 'sekunder'],
    xMinutes: ['minut', 'minuter'],
    xHours: ['timme', 'timmar'],
    xDays: ['dag', 'dagar'],
    xWeeks: ['vecka', 'veckor'],
    xMonths: ['månad', 'månader'],
    xYears: ['år', 'år'],
  },
  en: {
    xSeconds: ['second', 'seconds'],
    xMinutes: ['minute', 'minutes'],
    xHours: ['hour', 'hours'],
    xDays: ['day', 'days'],
    xWeeks: ['week', 'weeks'],
    xMonths: ['month', 'months'],
    xYears: ['year', 'years'],
  },
}

const SUFFIX: Record<Language, { future: (text: string) => string; past: (text: string) => string }> = {
  sv: { future: (text) => `om ${text}`, past: (text) => `för ${text} sedan` },
  en: { future: (text) => `in ${text}`, past: (text) => `${text} ago` },
}

function distanceIn(lang: Language): FormatDistanceFn {
  return (token, count, options) => {
    const unit = UNITS[lang][token] ?? UNITS[lang].xDays ?? ['', '']
    const text = `${count} ${count === 1 ? unit[0] : unit[1]}`
    if (!options?.addSuffix) return text
    return options.comparison !== undefined && options.comparison > 0
      ? SUFFIX[lang].future(text)
      : SUFFIX[lang].past(text)
  }
}

const LOCALES: Record<Language, Pick<Locale, 'code' | 'formatDistance'>> = {
  sv: { code: 'sv', formatDistance: distanceIn('sv') },
  en: { code: 'en-GB', formatDistance: distanceIn('en') },
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
