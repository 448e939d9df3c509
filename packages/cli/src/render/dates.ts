import { type Language, formatDateRange, parsePartialDate } from '@kth-vs/core'

/** A range of partial dates as running text in `lang`, or the texts as written when they cannot be read. */
export function formatRangeText(start: string, end: string, lang: Language): string {
  const from = parsePartialDate(start)
  const to = parsePartialDate(end)
  return from === undefined || to === undefined ? `${start}\u2013${end}` : formatDateRange(from, to, lang)
}
