import { type Language, formatDateRange, formatPartialDate, parsePartialDate } from '@kth-vs/core'

/** A partial date as running text in `lang`, or the text as written when it cannot be read. */
export function formatDateText(value: string, lang: Language): string {
  const date = parsePartialDate(value)
  return date === undefined ? value : formatPartialDate(date, lang)
}

/** A range of partial dates as running text in `lang`, or the texts as written when they cannot be read. */
export function formatRangeText(start: string, end: string, lang: Language): string {
  const from = parsePartialDate(start)
  const to = parsePartialDate(end)
  return from === undefined || to === undefined ? `${start}\u2013${end}` : formatDateRange(from, to, lang)
}
