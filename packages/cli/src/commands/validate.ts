import { localize } from '@kth-vs/core'
import type { CliIo } from '../io.js'
import { CliError, formatIssues, loadDocument, parseCommandArgs, resolveLanguage } from '../support.js'

/** `kth-vs validate <file|->`: checks a programme document; 0 valid, 1 invalid. */
export async function validateCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommandArgs(args, {
    lang: { type: 'string' },
    json: { type: 'boolean' },
  })
  const lang = resolveLanguage(values.lang, io.env)
  const [source, ...extra] = positionals
  if (source === undefined) throw new CliError('expected a file to validate, or - for standard input', true)
  if (extra.length > 0) throw new CliError(`expected one file, got ${positionals.length}`, true)

  const result = await loadDocument(source, io)
  if (values.json === true) {
    const report = result.ok
      ? {
          ok: true,
          programme: { id: result.document.programme.id, name: result.document.programme.name },
          issues: [],
        }
      : { ok: false, issues: result.issues }
    io.stdout(`${JSON.stringify(report, null, 2)}\n`)
  } else if (result.ok) {
    const name = localize(result.document.programme.name, lang).text
    io.stdout(`${lang === 'sv' ? 'Giltig' : 'Valid'}: ${name}\n`)
  } else {
    io.stdout(formatIssues(result.issues, lang))
  }
  return result.ok ? 0 : 1
}
