import { addDays, isValidDay } from '../dates/index.js'
import type { Language } from '../text/localized-text.js'

/**
 * An all-day event for a calendar feed.
 *
 * Serialised by the kit's own small RFC 5545 writer: the iCalendar packages on npm either pull in large
 * validation libraries or need Node 22, and this library must stay dependency-light and DOM/Node-free.
 */
export interface CalendarEvent {
  /** Globally unique, stable id, e.g. `decision-2022-17@vs.kth.se`; calendars use it to update events. */
  uid: string
  /** Title. */
  summary: string
  /** Longer text; newlines are kept. */
  description?: string
  /** Link to more information; only http(s) URLs are written, others are dropped. */
  url?: string
  /** First day, 'YYYY-MM-DD'. */
  start: string
  /** Last day, inclusive, 'YYYY-MM-DD'. */
  end: string
  /** Category names, written as one CATEGORIES property. */
  categories?: string[]
  /** Language of summary and description, written as their LANGUAGE parameter. */
  lang?: Language
}

/** The PRODID of the calendars the kit writes, whichever view writes them. */
export const KIT_PRODUCT_ID = '-//KTH//VS kit//SV'

/** Calendar-level settings for {@link toICalendar}. */
export interface ICalendarOptions {
  /** PRODID: who made the feed, e.g. `-//KTH//VS kit//EN`. */
  prodId: string
  /** Display name (X-WR-CALNAME) that calendar apps show for a subscription. */
  name?: string
  /** DTSTAMP of every event: when the feed was generated. Passed in so output is reproducible. */
  stamp: Date
}

/** Longest physical line in octets, excluding the CRLF (RFC 5545 §3.1). */
export const MAX_LINE_OCTETS = 75

const CRLF = '\r\n'

// RFC 5545 CONTROL characters (all C0 except HTAB, plus DEL) may not appear in TEXT. LF is handled
// separately as an escaped newline, so it is not in this class.
// eslint-disable-next-line no-control-regex
const FORBIDDEN_CONTROLS = /[\u0000-\u0008\u000B-\u001F\u007F]/g

// A lone surrogate cannot be encoded as UTF-8; it becomes U+FFFD, as a TextEncoder would make it.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

/**
 * Escapes a TEXT value (RFC 5545 §3.3.11): line breaks in any convention become `\n`, backslash,
 * semicolon and comma get a backslash, and control characters other than tab are removed.
 */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(FORBIDDEN_CONTROLS, '')
    .replace(LONE_SURROGATE, '\uFFFD')
    .replace(/[\\;,]/g, (char) => `\\${char}`)
    .replace(/\n/g, '\\n')
}

function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1
  if (codePoint < 0x800) return 2
  if (codePoint < 0x10000) return 3
  return 4
}

// A code point, or an escape pair: some clients unescape before unfolding, so a fold never splits `\n`.
const FOLD_UNIT = /\\[^]|[^]/gu

/**
 * Folds one content line so that no physical line exceeds 75 octets of UTF-8, breaking with CRLF and one
 * space (RFC 5545 §3.1) and never inside a multi-byte character. Returns the line without a final CRLF.
 */
export function foldLine(line: string): string {
  const parts: string[] = []
  let current = ''
  let octets = 0
  for (const unit of line.match(FOLD_UNIT) ?? []) {
    let size = 0
    for (const char of unit) size += utf8Length(char.codePointAt(0) ?? 0)
    if (octets + size > MAX_LINE_OCTETS) {
      parts.push(current)
      // The leading space of a continuation line counts towards its 75 octets.
      current = ' '
      octets = 1
    }
    current += unit
    octets += size
  }
  parts.push(current)
  return parts.join(CRLF)
}

/** A `Date` as an RFC 5545 UTC DATE-TIME, `YYYYMMDDTHHMMSSZ`. */
function formatStamp(stamp: Date): string {
  if (Number.isNaN(stamp.getTime())) throw new RangeError('stamp is not a valid date')
  const pad = (value: number, width = 2): string => String(value).padStart(width, '0')
  return (
    pad(stamp.getUTCFullYear(), 4) +
    pad(stamp.getUTCMonth() + 1) +
    pad(stamp.getUTCDate()) +
    'T' +
    pad(stamp.getUTCHours()) +
    pad(stamp.getUTCMinutes()) +
    pad(stamp.getUTCSeconds()) +
    'Z'
  )
}

/** A 'YYYY-MM-DD' day as an RFC 5545 DATE, `YYYYMMDD`. */
function formatDate(day: string): string {
  return day.replaceAll('-', '')
}

/**
 * The URL as a URI value if it is an absolute http(s) URL, else undefined. Non-ASCII characters are
 * percent-encoded because the URI type allows ASCII only; whitespace and controls make it invalid.
 */
export function toICalendarUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim()
  if (trimmed === undefined || !/^https?:\/\/[^/?#\s]+/i.test(trimmed)) return undefined
  // Checked with match rather than test: LONE_SURROGATE is global, and test would keep its lastIndex.
  // eslint-disable-next-line no-control-regex -- controls are what this line looks for
  if (/[\s\u0000-\u001F\u007F]/.test(trimmed) || trimmed.match(LONE_SURROGATE) !== null) return undefined
  // eslint-disable-next-line no-control-regex -- every character outside ASCII, controls included in the range
  return trimmed.replace(/[^\u0000-\u007F]/gu, (char) => encodeURIComponent(char))
}

function languageParam(lang: Language | undefined): string {
  // The type says sv or en, but events may come from unvalidated JSON; anything else gets no parameter.
  return lang === 'sv' || lang === 'en' ? `;LANGUAGE=${lang}` : ''
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  if (!isValidDay(event.start) || !isValidDay(event.end) || event.end < event.start) {
    throw new RangeError(`event ${event.uid}: invalid days ${event.start} … ${event.end}`)
  }
  const lang = languageParam(event.lang)
  const lines = [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    `DTSTART;VALUE=DATE:${formatDate(event.start)}`,
    // DTEND of an all-day event is exclusive: the day after the last day.
    `DTEND;VALUE=DATE:${formatDate(addDays(event.end, 1))}`,
    `SUMMARY${lang}:${escapeText(event.summary)}`,
  ]
  if (event.description !== undefined) lines.push(`DESCRIPTION${lang}:${escapeText(event.description)}`)
  const url = toICalendarUrl(event.url)
  if (url !== undefined) lines.push(`URL:${url}`)
  const categories = (event.categories ?? []).map(escapeText).filter((category) => category !== '')
  if (categories.length > 0) lines.push(`CATEGORIES:${categories.join(',')}`)
  // Programme dates are information, not appointments: they should not block anyone's free/busy time.
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT')
  return lines
}

/**
 * Serialises all-day events as an iCalendar (RFC 5545) feed: CRLF line ends, lines folded at 75 octets,
 * TEXT values escaped. The output is deterministic for the same input and `stamp`.
 * Throws a RangeError for an event whose days are not valid or end before they start.
 */
export function toICalendar(events: readonly CalendarEvent[], options: ICalendarOptions): string {
  const stamp = formatStamp(options.stamp)
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${escapeText(options.prodId)}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
  ]
  if (options.name !== undefined) lines.push(`X-WR-CALNAME:${escapeText(options.name)}`)
  for (const event of events) lines.push(...eventLines(event, stamp))
  lines.push('END:VCALENDAR')
  return lines.map((line) => foldLine(line) + CRLF).join('')
}
