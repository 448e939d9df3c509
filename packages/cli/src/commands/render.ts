import { TIMELINE_KINDS, attributeWords, stockholmDay } from '@kth-vs/core'
import { dayOption } from '../date-options.js'
import type { CliIo } from '../io.js'
import { FALLBACK_WIDGETS, isFallbackWidget, renderFallback } from '../render/index.js'
import { CliError, formatIssues, loadDocument, parseCommandArgs, resolveLanguage } from '../support.js'

// Options named as the element's attributes, which the static HTML follows as the widget does.
const DAY_OPTIONS = ['as-of', 'now', 'compare-from', 'compare-to', 'from', 'to'] as const

function kinds(value: string | undefined): string | undefined {
  const unknown = attributeWords(value).filter(
    (kind) => !(TIMELINE_KINDS as readonly string[]).includes(kind),
  )
  if (unknown.length > 0) {
    throw new CliError(
      `--filter-kind takes ${TIMELINE_KINDS.join(', ')}, got ${JSON.stringify(unknown[0])}`,
      true,
    )
  }
  return value
}

/** `kth-vs render <widget>`: prints a widget's content as static HTML. */
export async function renderCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    data: { type: 'string' },
    lang: { type: 'string' },
    'heading-level': { type: 'string' },
    'as-of': { type: 'string' },
    now: { type: 'string' },
    'compare-from': { type: 'string' },
    'compare-to': { type: 'string' },
    'filter-kind': { type: 'string' },
    'filter-area': { type: 'string' },
    from: { type: 'string' },
    to: { type: 'string' },
    context: { type: 'boolean' },
    'include-context': { type: 'boolean' },
    view: { type: 'string' },
    root: { type: 'string' },
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
  if (values.view !== undefined && values.view !== 'cards' && values.view !== 'table') {
    throw new CliError(`--view must be cards or table, got ${JSON.stringify(values.view)}`, true)
  }
  for (const option of DAY_OPTIONS) dayOption(values[option], `--${option}`)

  const result = await loadDocument(values.data, io)
  if (!result.ok) {
    io.stderr(formatIssues(result.issues, lang))
    return 1
  }
  io.stdout(
    renderFallback(widget, result.document, {
      lang,
      headingLevel: level === undefined ? 3 : Number(level),
      today: stockholmDay(io.now?.() ?? new Date()),
      attributes: {
        'as-of': values['as-of'],
        now: values.now,
        'compare-from': values['compare-from'],
        'compare-to': values['compare-to'],
        'filter-kind': kinds(values['filter-kind']),
        'filter-area': values['filter-area'],
        from: values.from,
        to: values.to,
        context: values.context === true || values['include-context'] === true,
        view: values.view,
        root: values.root,
      },
    }),
  )
  return 0
}
