import {
  KIT_PRODUCT_ID,
  calendarEvents,
  filterEntries,
  localize,
  timelineEntries,
  toICalendar,
} from '@kth-vs/core'
import { instantOption } from '../date-options.js'
import type { CliIo } from '../io.js'
import { CliError, formatIssues, loadDocument, parseCommandArgs, resolveLanguage } from '../support.js'

/** `kth-vs ics [file|-]`: prints the timeline as an iCalendar file. */
export async function icsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    lang: { type: 'string' },
    'include-context': { type: 'boolean' },
    stamp: { type: 'string' },
  })
  const lang = resolveLanguage(values.lang, io.env)
  const stamp = instantOption(values.stamp, '--stamp') ?? io.now?.() ?? new Date()
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
