import { readFile } from 'node:fs/promises'
import { parseArgs } from 'node:util'
import {
  type Language,
  MAX_ISSUES,
  type ValidationIssue,
  type ValidationResult,
  formatIssue,
  toLanguage,
  validateProgramme,
  validateProgrammeJson,
} from '@kth-vs/core'
import { vsProgramme } from '@kth-vs/data'
import type { CliIo } from './io.js'

/** A problem with the command line or a file that stops a command: exit status 2. */
export class CliError extends Error {
  /** Whether to point at the command's help after the message. */
  readonly showHelpHint: boolean

  constructor(message: string, showHelpHint = false) {
    super(message)
    this.name = 'CliError'
    this.showHelpHint = showHelpHint
  }
}

/** The options a command takes: long names, each a string or a flag. */
export type OptionsConfig = Record<string, { type: 'string' | 'boolean' }>

/** Parsed arguments: the options given, by name, and the positionals in order. */
export interface ParsedCommandArgs<T extends OptionsConfig> {
  /** The options given; a string option's value, or true for a flag. */
  values: { [K in keyof T]?: T[K]['type'] extends 'string' ? string : boolean }
  /** The arguments that are not options. */
  positionals: string[]
}

/** Parses a command's arguments strictly; unknown options and missing values become a {@link CliError}. */
export function parseCommandArgs<T extends OptionsConfig>(
  args: readonly string[],
  options: T,
): ParsedCommandArgs<T> {
  try {
    const { values, positionals } = parseArgs({
      args: [...args],
      options,
      allowPositionals: true,
      strict: true,
    })
    return { values: values as ParsedCommandArgs<T>['values'], positionals }
  } catch (error) {
    const code = (error as { code?: unknown }).code
    const message = error instanceof Error ? error.message : String(error)
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      const option = /'([^']*)'/.exec(message)?.[1] ?? message
      throw new CliError(`unknown option ${option}`, true)
    }
    throw new CliError(message, true)
  }
}

/**
 * The language asked for with `--lang`, else the one of the environment (the first set of LC_ALL,
 * LC_MESSAGES and LANG, when it starts with sv or en, as in `en_GB.UTF-8`), else Swedish.
 */
export function resolveLanguage(option: string | undefined, env: CliIo['env'] = {}): Language {
  if (option !== undefined) {
    const lang = toLanguage(option)
    if (lang === undefined) throw new CliError(`--lang must be sv or en, got ${JSON.stringify(option)}`, true)
    return lang
  }
  const locale = [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '')
  return toLanguage(locale?.split(/[._@]/)[0]) ?? 'sv'
}

/** Reads a file as UTF-8 text, or standard input for `-`, without a byte order mark. */
export async function readInput(source: string, io: CliIo): Promise<string> {
  let content: string
  if (source === '-') {
    if (io.readStdin === undefined) throw new CliError('cannot read standard input here')
    content = await io.readStdin()
  } else {
    try {
      content = await readFile(source, 'utf8')
    } catch (error) {
      throw new CliError(`cannot read ${JSON.stringify(source)}: ${describeFileError(error)}`)
    }
  }
  return content.startsWith('\uFEFF') ? content.slice(1) : content
}

function describeFileError(error: unknown): string {
  switch ((error as { code?: unknown }).code) {
    case 'ENOENT':
      return 'no such file'
    case 'EISDIR':
      return 'it is a directory'
    case 'EACCES':
    case 'EPERM':
      return 'permission denied'
    default:
      return error instanceof Error ? error.message : String(error)
  }
}

/** Validates the document in `source` (a file or `-`), or the built-in VS programme when there is none. */
export async function loadDocument(source: string | undefined, io: CliIo): Promise<ValidationResult> {
  if (source === undefined) return validateProgramme(vsProgramme)
  return validateProgrammeJson(await readInput(source, io))
}

const SUMMARY = {
  sv: (count: number, capped: boolean) =>
    capped ? `Ogiltig: minst ${count} fel (de första ${count} visas)` : `Ogiltig: ${count} fel`,
  en: (count: number, capped: boolean) =>
    capped
      ? `Invalid: at least ${count} problems (the first ${count} are shown)`
      : `Invalid: ${count} ${count === 1 ? 'problem' : 'problems'}`,
} satisfies Record<Language, (count: number, capped: boolean) => string>

/** The problems of a document, one `path: message` line each, then a summary line. */
export function formatIssues(issues: readonly ValidationIssue[], lang: Language): string {
  const lines = issues.map((found) => formatIssue(found, lang))
  lines.push(SUMMARY[lang](issues.length, issues.length >= MAX_ISSUES))
  return `${lines.join('\n')}\n`
}
