import {
  KIT_PRODUCT_ID,
  calendarEvents,
  filterEntries,
  localize,
  timelineEntries,
  toICalendar,
} from '@kth-vs/core'
import type { CliIo } from '../io.js'
import { CliError, formatIssues, loadDocument, parseCommandArgs, resolveLanguage } from '../support.js'

/** The PRODID of the feeds the command writes. */

function parseStamp(value: string | undefined, io: CliIo): Date {
  if (value === undefined) return io.now?.() ?? new Date()
  // Only ISO 8601 dates and date-times: Date would also take forms such as "March 7" in local time.
  const stamp = /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.test(value)
    ? new Date(value)
    : undefined
  if (stamp === undefined || Number.isNaN(stamp.getTime())) {
    throw new CliError(`--stamp must be an ISO 8601 date-time, got ${JSON.stringify(value)}`, true)
  }
  return stamp
}

/** `kth-vs ics [file|-]`: prints the timeline as an iCalendar file. */
export async function icsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    lang: { type: 'string' },
    'include-context': { type: 'boolean' },
    stamp: { type: 'string' },
  })
  const lang = resolveLanguage(values.lang, io.env)
  const stamp = parseStamp(values.stamp, io)
  if (positionals.length > 1) throw new CliError(`expected at most one file, got ${positionals.length}`, true)

  const result = await loadDocument(positionals[0], io)
  if (!result.ok) {
    io.stderr(formatIssues(result.issues, lang))
    return 1
  }
  const { document } = result
  const entries = filterEntries(timelineEntries(document), {
    includeContext: values['include-context'] === true,
  })
  io.stdout(
    toICalendar(calendarEvents(document, entries, lang), {
      prodId: KIT_PRODUCT_ID,
      name: localize(document.programme.name, lang).text,
      stamp,
    }),
  )
  return 0
}
