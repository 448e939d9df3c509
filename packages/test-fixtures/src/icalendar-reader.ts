// Properties whose values are not TEXT: they are returned as written, without unescaping.
const RAW_PROPERTIES = new Set([
  'ATTACH',
  'CREATED',
  'DTEND',
  'DTSTAMP',
  'DTSTART',
  'DUE',
  'EXDATE',
  'GEO',
  'LAST-MODIFIED',
  'RDATE',
  'RECURRENCE-ID',
  'RRULE',
  'TZURL',
  'URL',
])

/** Undoes TEXT escaping (RFC 5545 §3.3.11); `\N` is accepted as well as `\n`. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/g, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char))
}

/** Splits a content line into its name (upper-cased) and value, skipping parameters, quoted ones included. */
function splitContentLine(line: string): { name: string; value: string } | undefined {
  const name = /^[A-Za-z0-9-]+/.exec(line)?.[0]
  if (name === undefined) return undefined
  let i = name.length
  let quoted = false
  // Parameter values may be quoted and then contain ':' and ';', so scan rather than split.
  for (; i < line.length; i += 1) {
    const char = line[i]
    if (char === '"') quoted = !quoted
    else if (char === ':' && !quoted) break
  }
  if (i >= line.length) return undefined
  return { name: name.toUpperCase(), value: line.slice(i + 1) }
}

/**
 * A minimal iCalendar reader for tests and for checking exported feeds: unfolds lines, collects each
 * VEVENT's properties as name (without parameters) → value, and unescapes TEXT values. Components nested
 * in an event (such as VALARM) are skipped, and a repeated property keeps its last value. It does not
 * validate, and a comma-separated list such as CATEGORIES comes back unescaped as one string.
 */
export function parseICalendar(text: string): Array<Record<string, string>> {
  const unfolded = text.replace(/\r\n[ \t]|\n[ \t]/g, '')
  const events: Array<Record<string, string>> = []
  let event: Record<string, string> | undefined
  let nested = 0
  for (const line of unfolded.split(/\r?\n/)) {
    const property = splitContentLine(line)
    if (property === undefined) continue
    const { name, value } = property
    const component = value.toUpperCase()
    if (event === undefined) {
      if (name === 'BEGIN' && component === 'VEVENT') event = {}
      continue
    }
    if (name === 'BEGIN') nested += 1
    else if (name === 'END' && nested > 0) nested -= 1
    else if (name === 'END' && component === 'VEVENT') {
      events.push(event)
      event = undefined
    } else if (nested === 0) {
      event[name] = RAW_PROPERTIES.has(name) ? value : unescapeText(value)
    }
  }
  return events
}
