import { stockholmDay } from '@kth-vs/core'
import { dayOption } from '../date-options.js'
import type { CliIo } from '../io.js'
import { FALLBACK_WIDGETS, isFallbackWidget, renderFallback } from '../render/index.js'
import { CliError, formatIssues, loadDocument, parseCommandArgs, resolveLanguage } from '../support.js'

/** `kth-vs render <widget>`: prints a widget's content as static HTML. */
export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    data: { type: 'string' },
    lang: { type: 'string' },
    'heading-level': { type: 'string' },
    now: { type: 'string' },
    'as-of': { type: 'string' },
    'include-context': { type: 'boolean' },
  })
  const [widget, ...extra] = positionals
  const known = FALLBACK_WIDGETS.join(', ')
  if (widget === undefined) throw new CliError(`expected a widget: ${known}`, true)
  if (!isFallbackWidget(widget))
    throw new CliError(`unknown widget ${JSON.stringify(widget)}; expected ${known}`, true)
  if (extra.length > 0) throw new CliError(`unexpected argument ${JSON.stringify(extra[0])}`, true)
  const lang = resolveLanguage(values.lang, io.env)
  const level = values['heading-level']
  if (level !== undefined && !/^[2-6]$/.test(level)) {
    throw new CliError(`--heading-level must be 2, 3, 4, 5 or 6, got ${JSON.stringify(level)}`, true)
  }
  const now = dayOption(values.now, '--now') ?? stockholmDay(io.now?.() ?? new Date())
  const asOf = dayOption(values['as-of'], '--as-of') ?? now

  const result = await loadDocument(values.data, io)
  if (!result.ok) {
    io.stderr(formatIssues(result.issues, lang))
    return 1
  }
  io.stdout(
    renderFallback(widget, result.document, {
      lang,
      headingLevel: level === undefined ? 3 : Number(level),
      now,
      asOf,
      includeContext: values['include-context'] === true,
    }),
  )
  return 0
}
