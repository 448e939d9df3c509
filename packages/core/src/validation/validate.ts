import type { ProgrammeDocument } from '../schema/programme.js'
import { SCHEMA_VERSION } from '../schema/version.js'
import type { LocalizedText } from '../text/localized-text.js'
import { type ValidationIssue, issue, quoteValue } from './issue.js'
import {
  type JsonExpectation,
  type JsonSyntaxProblem,
  excerptAround,
  findJsonSyntaxError,
} from './json-syntax.js'
import { MAX_DOCUMENT_LENGTH, MAX_ISSUES } from './limits.js'
import { checkSemantics } from './semantic.js'
import { DOCUMENT_SHAPE } from './document-shape.js'
import { readShape } from './shape.js'

/** The outcome of validating a programme document: the document, or every problem found in it. */
export type ValidationResult =
  | { ok: true; document: ProgrammeDocument; issues: readonly [] }
  | { ok: false; issues: readonly ValidationIssue[] }

/**
 * Validates a programme document given as a value (for example a `data` property): its shape,
 * then unique ids, references, date ranges and the organisation tree. Never throws. Lists longer than
 * {@link MAX_LIST_LENGTH} and organisations deeper than {@link MAX_ORG_DEPTH} levels are refused, so
 * the time it takes grows in proportion to the document.
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
    const read = readShape(DOCUMENT_SHAPE, input)
    if (!read.ok) return fail(read.issues)
    const document = read.value as ProgrammeDocument
    const problems = checkSemantics(document)
    if (problems.length > 0) return fail(problems)
    return { ok: true, document, issues: [] }
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
 * Parses JSON text and validates it as a programme document. Never throws: empty text, text longer
 * than {@link MAX_DOCUMENT_LENGTH} and syntax errors are reported as issues like any other problem.
 * @param text - the JSON text, for example a fetched file or an editor's paste
 */
export function validateProgrammeJson(text: string): ValidationResult {
  if (text.length > MAX_DOCUMENT_LENGTH) {
    const [sv, en] = [text.length.toLocaleString('sv-SE'), text.length.toLocaleString('en-GB')]
    return fail([
      issue([], 'document_too_large', {
        sv: `är ${sv} tecken långt; förväntade högst ${MAX_DOCUMENT_LENGTH.toLocaleString('sv-SE')} tecken`,
        en: `is ${en} characters long; expected at most ${MAX_DOCUMENT_LENGTH.toLocaleString('en-GB')} characters`,
      }),
    ])
  }
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
  } catch {
    return fail([invalidJson(text)])
  }
  return validateProgramme(value)
}

const PROBLEMS: Record<JsonSyntaxProblem['kind'], (problem: JsonSyntaxProblem) => Required<LocalizedText>> = {
  end: () => ({ sv: 'texten tar slut för tidigt', en: 'the text ends too early' }),
  character: (problem) => {
    const shown = problem.kind === 'character' ? showCharacter(problem.character) : ''
    return { sv: `oväntat tecken ${shown}`, en: `unexpected character ${shown}` }
  },
  control: (problem) => {
    const shown = problem.kind === 'control' ? showCharacter(problem.character) : ''
    return { sv: `styrtecknet ${shown} i en text`, en: `control character ${shown} inside a string` }
  },
  escape: () => ({ sv: 'ogiltig escape-sekvens i en text', en: 'invalid escape sequence inside a string' }),
  number: () => ({ sv: 'ogiltigt tal', en: 'invalid number' }),
}

const EXPECTED: Record<JsonExpectation | 'control' | 'escape' | 'number', Required<LocalizedText>> = {
  value: {
    sv: 'ett värde (objekt, lista, text, tal, true, false eller null)',
    en: 'a value (object, list, string, number, true, false or null)',
  },
  name: { sv: 'ett fältnamn inom dubbla citattecken', en: 'a field name in double quotes' },
  'name-or-end': {
    sv: 'ett fältnamn inom dubbla citattecken eller }',
    en: 'a field name in double quotes or }',
  },
  colon: { sv: 'ett kolon (:)', en: 'a colon (:)' },
  'comma-or-brace': { sv: 'ett kommatecken eller }', en: 'a comma or }' },
  'comma-or-bracket': { sv: 'ett kommatecken eller ]', en: 'a comma or ]' },
  'value-or-end': { sv: 'ett värde eller ]', en: 'a value or ]' },
  'end-of-text': { sv: 'att dokumentet slutar där', en: 'the document to end there' },
  control: {
    sv: 'tecknet skrivet som escape-sekvens, till exempel \\n eller \\t',
    en: 'the character written as an escape sequence such as \\n or \\t',
  },
  escape: {
    sv: 'en av \\" \\\\ \\/ \\b \\f \\n \\r \\t och \\u följt av fyra hexadecimala siffror',
    en: 'one of \\" \\\\ \\/ \\b \\f \\n \\r \\t and \\u followed by four hexadecimal digits',
  },
  number: { sv: 'ett tal som 12, -0.5 eller 1e3', en: 'a number such as 12, -0.5 or 1e3' },
}

/** A character from the text, for a message: quoted when it is visible, as U+XXXX when it is not. */
function showCharacter(character: string): string {
  if (/^[\p{L}\p{N}\p{P}\p{S}]$/u.test(character)) return JSON.stringify(character)
  return `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`
}

// The engine's own message is not used: its wording differs between browsers, is in English only and
// may quote the start of the file, whatever it holds.
function invalidJson(text: string): ValidationIssue {
  const found = findJsonSyntaxError(text)
  if (found === undefined) {
    // JSON.parse refused text that is JSON (an engine limit): nothing to point at.
    return issue([], 'invalid_json', {
      sv: 'kunde inte läsas som JSON; förväntade ett JSON-dokument',
      en: 'could not be read as JSON; expected a JSON document',
    })
  }
  const { problem, line, column } = found
  const what = PROBLEMS[problem.kind](problem)
  const expected = EXPECTED['expected' in problem ? problem.expected : problem.kind]
  const excerpt = JSON.stringify(excerptAround(text, found.offset))
  return issue([], 'invalid_json', {
    sv: `är inte giltig JSON: ${what.sv} på rad ${line}, kolumn ${column} (vid ${excerpt}); förväntade ${expected.sv}`,
    en: `is not valid JSON: ${what.en} at line ${line}, column ${column} (at ${excerpt}); expected ${expected.en}`,
  })
}

function fail(issues: readonly ValidationIssue[]): ValidationResult {
  return { ok: false, issues: issues.slice(0, MAX_ISSUES) }
}
