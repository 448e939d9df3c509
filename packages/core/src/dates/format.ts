import type { Language } from '../text/localized-text.js'
import {
  assertValidPartialDate,
  formatIso,
  type PartialDate,
  parsePartialDate,
  type Season,
} from './partial-date.js'

// Month names come from the runtime's own Intl data (every browser and Node has sv and en-GB), so no
// locale tables travel in the bundle. Both languages write day, month and year in that order.
const INTL_LOCALES: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' }
const monthNames: Partial<Record<Language, string[]>> = {}

function monthName(month: number, lang: Language): string {
  let names = monthNames[lang]
  if (!names) {
    const formatter = new Intl.DateTimeFormat(INTL_LOCALES[lang], { month: 'long', timeZone: 'UTC' })
    names = Array.from({ length: 12 }, (_, i) => formatter.format(Date.UTC(2000, i, 15)))
    monthNames[lang] = names
  }
  return names[month - 1] ?? String(month)
}

const SEASON_NAMES: Record<Language, Record<Season, string>> = {
  sv: { spring: 'våren', autumn: 'hösten' },
  en: { spring: 'spring', autumn: 'autumn' },
}

const EN_DASH = '\u2013'

/**
 * A partial date as running text.
 * Swedish: `14 juni 2022`, `juni 2022`, `kvartal 1 2023`, `våren 2022`, `hösten 2022`, `2026`.
 * English: `14 June 2022`, `June 2022`, `Q1 2023`, `spring 2022`, `autumn 2022`, `2026`.
 *
 * @throws RangeError when `date` is not valid (see `isValidPartialDate`).
 */
export function formatPartialDate(date: PartialDate, lang: Language): string {
  assertValidPartialDate(date)
  switch (date.precision) {
    case 'day':
      return `${date.day} ${monthName(date.month, lang)} ${date.year}`
    case 'month':
      return `${monthName(date.month, lang)} ${date.year}`
    case 'quarter':
      return `${quarterName(date.quarter, lang)} ${date.year}`
    case 'season':
      return `${SEASON_NAMES[lang][date.season]} ${date.year}`
    case 'year':
      return String(date.year)
  }
}

/**
 * A range of two partial dates as running text, sharing what both ends have in common:
 * - equal ends give the single date;
 * - same precision in the same year collapse with an unspaced en dash: `juni–december 2022`,
 *   `3–7 juni 2022`, `3 juni–7 juli 2022`, `Q1–Q3 2023`, `våren–hösten 2022`;
 * - same precision in different years repeat both in full, still unspaced: `juni 2022–mars 2023`, `2022–2023`;
 * - different precisions repeat both in full around a spaced en dash, which keeps the unlike ends visibly
 *   apart: `våren 2022 – 2023`, `14 juni 2022 – december 2022`.
 *
 * The ends are not reordered: callers pass them in the order they mean.
 *
 * @throws RangeError when either date is not valid.
 */
export function formatDateRange(start: PartialDate, end: PartialDate, lang: Language): string {
  if (formatIso(start) === formatIso(end)) return formatPartialDate(start, lang)
  const collapsed = formatSameYearRange(start, end, lang)
  if (collapsed !== undefined) return collapsed
  const separator = start.precision === end.precision ? EN_DASH : ` ${EN_DASH} `
  return `${formatPartialDate(start, lang)}${separator}${formatPartialDate(end, lang)}`
}

/**
 * What a valid partial date looks like in text, for error messages.
 * Swedish: `ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-vår/höst eller ÅÅÅÅ`;
 * English: `YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-spring/autumn or YYYY`.
 */
export function partialDateExpectation(lang: Language): string {
  return lang === 'sv'
    ? 'ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-vår/höst eller ÅÅÅÅ'
    : 'YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-spring/autumn or YYYY'
}

/** The collapsed text for two different dates of one precision in one year, else undefined. */
function formatSameYearRange(start: PartialDate, end: PartialDate, lang: Language): string | undefined {
  if (start.year !== end.year) return undefined
  const year = start.year
  if (start.precision === 'day' && end.precision === 'day') {
    const from = start.month === end.month ? `${start.day}` : `${start.day} ${monthName(start.month, lang)}`
    return `${from}${EN_DASH}${end.day} ${monthName(end.month, lang)} ${year}`
  }
  if (start.precision === 'month' && end.precision === 'month') {
    return `${monthName(start.month, lang)}${EN_DASH}${monthName(end.month, lang)} ${year}`
  }
  if (start.precision === 'quarter' && end.precision === 'quarter') {
    const to = lang === 'sv' ? String(end.quarter) : quarterName(end.quarter, lang)
    return `${quarterName(start.quarter, lang)}${EN_DASH}${to} ${year}`
  }
  if (start.precision === 'season' && end.precision === 'season') {
    return `${SEASON_NAMES[lang][start.season]}${EN_DASH}${SEASON_NAMES[lang][end.season]} ${year}`
  }
  return undefined
}

function quarterName(quarter: number, lang: Language): string {
  return lang === 'sv' ? `kvartal ${quarter}` : `Q${quarter}`
}

/**
 * The machine-readable value of an HTML `<time datetime>` for a partial date: the day, month or year
 * as HTML writes them. HTML has no quarters or half years, so those give their year, which holds them
 * (rather than a first day, which would claim a precision the date does not have).
 */
export function htmlDatetime(date: PartialDate): string {
  return date.precision === 'quarter' || date.precision === 'season' ? String(date.year) : formatIso(date)
}

/**
 * A partial date written as text (`2022-03`, `2023-Q1`, `2026-09-30`) as running text at its own
 * precision, or the text as written when it is not a partial date.
 */
export function formatDateText(text: string, lang: Language): string {
  const date = parsePartialDate(text)
  return date === undefined ? text : formatPartialDate(date, lang)
}
