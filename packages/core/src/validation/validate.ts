import { type ProgrammeDocument, ProgrammeDocumentSchema, SCHEMA_VERSION } from '../schema/programme.js'
import { type ValidationIssue, issue, quoteValue } from './issue.js'
import { checkSemantics } from './semantic.js'
import { fromZodIssue } from './zod-issues.js'

/** The outcome of validating a programme document: the document, or every problem found in it. */
export type ValidationResult =
  | { ok: true; document: ProgrammeDocument; issues: readonly [] }
  | { ok: false; issues: readonly ValidationIssue[] }

/** At most this many problems are reported; past it the document is too broken for a longer list to help. */
export const MAX_ISSUES = 200

/**
 * Validates a programme document given as a value (for example a `data` property): its shape,
 * then unique ids, references, date ranges and the organisation tree. Never throws.
 * @param input - anything; typically the result of `JSON.parse`
 */
export function validateProgramme(input: unknown): ValidationResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      return fail([
        issue([], 'invalid_type', {
          sv: `är ${Array.isArray(input) ? 'en lista' : quoteValue(input)}; förväntade ett objekt med schemaVersion och programme`,
          en: `is ${Array.isArray(input) ? 'a list' : quoteValue(input)}; expected an object with schemaVersion and programme`,
        }),
      ])
    }
    const version = (input as { schemaVersion?: unknown }).schemaVersion
    if (version !== SCHEMA_VERSION) {
      // Another version has another shape: listing its every difference would only bury this one.
      return fail([
        issue(['schemaVersion'], 'unsupported_schema_version', {
          sv: `${version === undefined ? 'saknas' : `${quoteValue(version)} stöds inte`}; förväntade schemaVersion ${SCHEMA_VERSION}`,
          en: `${version === undefined ? 'is missing' : `${quoteValue(version)} is not supported`}; expected schemaVersion ${SCHEMA_VERSION}`,
        }),
      ])
    }
    const parsed = ProgrammeDocumentSchema.safeParse(input, { reportInput: true })
    if (!parsed.success) return fail(parsed.error.issues.map(fromZodIssue))
    const problems = checkSemantics(parsed.data)
    if (problems.length > 0) return fail(problems)
    return { ok: true, document: parsed.data, issues: [] }
  } catch (error) {
    // Pathological input (for example nesting deeper than the stack) must still give an answer.
    return fail([
      issue([], 'invalid_shape', {
        sv: `kunde inte läsas: ${String(error)}`,
        en: `could not be read: ${String(error)}`,
      }),
    ])
  }
}

/**
 * Parses JSON text and validates it as a programme document. Never throws: empty text and
 * syntax errors are reported as issues like any other problem.
 * @param text - the JSON text, for example a fetched file or an editor's paste
 */
export function validateProgrammeJson(text: string): ValidationResult {
  if (text.trim() === '') {
    return fail([
      issue([], 'empty_document', {
        sv: 'är tomt; förväntade ett JSON-dokument med schemaVersion och programme',
        en: 'is empty; expected a JSON document with schemaVersion and programme',
      }),
    ])
  }
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error)
    return fail([
      issue([], 'invalid_json', {
        sv: `är inte giltig JSON (${reason}); förväntade ett JSON-dokument`,
        en: `is not valid JSON (${reason}); expected a JSON document`,
      }),
    ])
  }
  return validateProgramme(value)
}

function fail(issues: readonly ValidationIssue[]): ValidationResult {
  return { ok: false, issues: issues.slice(0, MAX_ISSUES) }
}
