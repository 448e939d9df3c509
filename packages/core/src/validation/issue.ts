import type { LocalizedText } from '../text/localized-text.js'

/** Stable codes for every problem validation can report; widgets and tools may switch on them. */
export const ISSUE_CODES = [
  'invalid_json',
  'empty_document',
  'unsupported_schema_version',
  'invalid_type',
  'missing_field',
  'unknown_field',
  'empty_text',
  'missing_translation',
  'invalid_value',
  'invalid_partial_date',
  'date_out_of_range',
  'invalid_id',
  'unsafe_url',
  'invalid_http_url',
  'number_out_of_range',
  'too_long',
  'too_many_items',
  'document_too_large',
  'duplicate_id',
  'unresolved_reference',
  'wrong_reference_kind',
  'parent_cycle',
  'too_deep',
  'multiple_roots',
  'range_reversed',
  'outside_parent_validity',
  'missing_date',
  'date_and_range',
  'invalid_shape',
  'fetch_failed',
  'render_failed',
] as const

/** A stable code naming a kind of validation problem. */
export type IssueCode = (typeof ISSUE_CODES)[number]

/** A path into the document: property names and array indexes. */
export type IssuePath = readonly (string | number)[]

/** One problem found in a programme document. */
export interface ValidationIssue {
  /** Where the problem is. */
  path: IssuePath
  /** The path as text, such as `timeline[3].date`. */
  pathText: string
  /** What kind of problem it is. */
  code: IssueCode
  /** What is wrong and what was expected, in Swedish and English. */
  message: Required<LocalizedText>
}

/** Writes a path as `timeline[3].date`; the document itself is `$`. */
export function formatPath(path: IssuePath): string {
  let text = '$'
  for (const segment of path) {
    if (typeof segment === 'number') text += `[${segment}]`
    else if (/^[A-Za-z_$][\w$]*$/.test(segment)) text += `.${segment}`
    else text += `[${JSON.stringify(segment)}]`
  }
  return text === '$' ? '$' : text.slice(text.startsWith('$.') ? 2 : 1)
}

/** Builds an issue from its parts. */
export function issue(path: IssuePath, code: IssueCode, message: Required<LocalizedText>): ValidationIssue {
  return { path: [...path], pathText: formatPath(path), code, message }
}

/** Quotes a value from the data for a message, cut short so a 5 MB string does not become a 5 MB message. */
export function quoteValue(value: unknown, max = 60): string {
  let text: string
  try {
    // JSON would print -0 as 0 and Infinity (what 1e400 reads as) as null.
    if (typeof value === 'number') text = Object.is(value, -0) ? '-0' : String(value)
    else text = typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))
  } catch {
    // Too deep or circular to print: name its type instead of recursing again.
    text = Array.isArray(value) ? '[…]' : typeof value === 'object' && value !== null ? '{…}' : typeof value
  }
  return text.length > max ? `${text.slice(0, max - 1)}…` : text
}

/** Formats an issue for a reader: `timeline[3].date: …` in one language. */
export function formatIssue(found: ValidationIssue, lang: 'sv' | 'en'): string {
  return `${found.pathText}: ${found.message[lang]}`
}
