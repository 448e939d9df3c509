// The run-time check of a document's shape. The zod schemas in `schema/` describe the same shape for
// types and the JSON Schema; this checker does the job at run time in a fraction of zod's bytes, so a
// page with one widget does not carry a schema library. `document-shape.test.ts` proves the two agree
// (what they accept, what they make of it, and where and why they refuse) on generated documents.
import { parsePartialDate } from '../dates/partial-date.js'
import { partialDateExpectation } from '../dates/format.js'
import { isHttpUrl, isSafeUrl } from '../links/safe-url.js'
import { type IssueCode, type ValidationIssue, issue, quoteValue } from './issue.js'
import { DOCUMENT_YEARS, MAX_ISSUES, MAX_LIST_LENGTH } from './limits.js'

/** The shape of an id: letters, digits and `_ . : -`, starting with a letter or digit, at most 100 characters. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_.:-]{0,99}$/

/** Marks a value that did not have its shape; its issues are already recorded. */
const INVALID: unique symbol = Symbol('invalid')

/** Where the check is and what it found so far; `path` grows and shrinks as the check walks in and out. */
export interface Walk {
  path: (string | number)[]
  issues: ValidationIssue[]
}

/** Checks one value and returns what the document holds there (trimmed, defaults filled in), or INVALID. */
export interface Shape {
  (value: unknown, walk: Walk): unknown
  /** The field may be left out. */
  optional?: boolean
  /** The field may be left out and then reads as an empty list. */
  emptyByDefault?: boolean
  /** What a field that may be left out holds when it is there. */
  inner?: Shape
  /** A list's entries. */
  item?: Shape
  /** An object's fields. */
  fields?: Readonly<Record<string, Shape>>
}

type TypeName = 'string' | 'number' | 'int' | 'boolean' | 'array' | 'object'

const TYPE_NAMES: Record<TypeName | 'null' | 'undefined', Required<Record<'sv' | 'en', string>>> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'ett objekt', en: 'an object' },
  null: { sv: 'null', en: 'null' },
  undefined: { sv: 'inget värde', en: 'no value' },
}

function report(walk: Walk, code: IssueCode, sv: string, en: string): typeof INVALID {
  walk.issues.push(issue(walk.path, code, { sv, en }))
  return INVALID
}

function wrongType(walk: Walk, input: unknown, expectedType: TypeName): typeof INVALID {
  const expected = TYPE_NAMES[expectedType]
  if (input === undefined)
    return report(
      walk,
      'missing_field',
      `saknas; förväntade ${expected.sv}`,
      `is missing; expected ${expected.en}`,
    )
  const value = quoteValue(input)
  if (typeof input === 'number' && !Number.isFinite(input)) {
    // JSON has no Infinity or NaN: a number such as 1e400 is too large for a double and reads as Infinity.
    return report(
      walk,
      'number_out_of_range',
      `är ett tal för långt från noll för att kunna återges (det läses som ${value}); förväntade ${expected.sv}`,
      `is a number too far from zero to represent (it reads as ${value}); expected ${expected.en}`,
    )
  }
  const actual =
    TYPE_NAMES[input === null ? 'null' : Array.isArray(input) ? 'array' : (typeof input as TypeName)]
  const [sv, en] = actual ? [actual.sv, actual.en] : [typeof input, typeof input]
  return report(
    walk,
    'invalid_type',
    `är ${sv} (${value}); förväntade ${expected.sv}`,
    `is ${en} (${value}); expected ${expected.en}`,
  )
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

/** A string, checked by `check` (which may report and return INVALID) after it has been read. */
function string(check: (text: string, walk: Walk) => unknown): Shape {
  return (value, walk) => (typeof value === 'string' ? check(value, walk) : wrongType(walk, value, 'string'))
}

/** Any string, taken as it is. */
export const anyText: Shape = string((text) => text)

/** A non-empty string, trimmed. */
export const name: Shape = string((text, walk) => {
  const trimmed = text.trim()
  return trimmed === ''
    ? report(walk, 'empty_text', 'är tom; förväntade en text', 'is empty; expected some text')
    : trimmed
})

/** An id (see {@link ID_PATTERN}). */
export const id: Shape = string((text, walk) =>
  ID_PATTERN.test(text)
    ? text
    : report(
        walk,
        'invalid_id',
        `${quoteValue(text)} är inget giltigt id; förväntade bokstäver, siffror och _ . : - (högst 100 tecken)`,
        `${quoteValue(text)} is not a valid id; expected letters, digits and _ . : - (at most 100 characters)`,
      ),
)

/** A link target allowed in an `href` (see `isSafeUrl`). */
export const safeUrl: Shape = string((text, walk) =>
  isSafeUrl(text)
    ? text
    : report(
        walk,
        'unsafe_url',
        `${quoteValue(text)} är ingen tillåten länk; förväntade en http(s)- eller mailto-adress, eller en relativ adress på samma webbplats`,
        `${quoteValue(text)} is not an allowed link; expected an http(s) or mailto URL, or a relative URL on the same site`,
      ),
)

/** An absolute http(s) URL. */
export const httpUrl: Shape = string((text, walk) =>
  isHttpUrl(text)
    ? text
    : report(
        walk,
        'invalid_http_url',
        `${quoteValue(text)} är ingen webbadress; förväntade en adress som börjar med https://`,
        `${quoteValue(text)} is not a web address; expected a URL starting with https://`,
      ),
)

/** A partial date as text in the years of {@link DOCUMENT_YEARS}, trimmed. */
export const partialDate: Shape = string((text, walk) => {
  const trimmed = text.trim()
  const date = parsePartialDate(trimmed)
  const value = quoteValue(trimmed)
  if (date === undefined) {
    return report(
      walk,
      'invalid_partial_date',
      `${value} är inget giltigt datum; förväntat ${partialDateExpectation('sv')}`,
      `${value} is not a valid date; expected ${partialDateExpectation('en')}`,
    )
  }
  const { min, max } = DOCUMENT_YEARS
  if (date.year < min || date.year > max) {
    return report(
      walk,
      'date_out_of_range',
      `${value} ligger utanför åren ${min}–${max}; förväntade ett datum från år ${min} till och med ${max}`,
      `${value} is outside the years ${min}–${max}; expected a date from ${min} to ${max}`,
    )
  }
  return trimmed
})

/** `true` or `false`. */
export const boolean: Shape = (value, walk) =>
  typeof value === 'boolean' ? value : wrongType(walk, value, 'boolean')

/** A whole number of at least 1. */
export const positiveInt: Shape = (value, walk) => {
  if (typeof value !== 'number' || !Number.isFinite(value)) return wrongType(walk, value, 'number')
  if (!Number.isInteger(value)) return wrongType(walk, value, 'int')
  const before = walk.issues.length
  if (value > Number.MAX_SAFE_INTEGER) {
    const max = Number.MAX_SAFE_INTEGER
    report(
      walk,
      'number_out_of_range',
      `är för stort; förväntade högst ${max}`,
      `is too large; expected at most ${max}`,
    )
  }
  if (value < Number.MIN_SAFE_INTEGER) tooSmall(walk, value, Number.MIN_SAFE_INTEGER)
  if (value < 1) tooSmall(walk, value, 1)
  return walk.issues.length > before ? INVALID : value
}

function tooSmall(walk: Walk, value: number, min: number): void {
  const quoted = quoteValue(value)
  report(
    walk,
    'number_out_of_range',
    `${quoted} är för litet; förväntade minst ${min}`,
    `${quoted} is too small; expected at least ${min}`,
  )
}

/** One of `values`. */
export function oneOf(values: readonly (string | number)[]): Shape {
  const allowed = values.map((v) => JSON.stringify(v)).join(', ')
  return (value, walk) => {
    if (values.includes(value as string)) return value
    if (value === undefined)
      return report(
        walk,
        'missing_field',
        `saknas; förväntade ett av ${allowed}`,
        `is missing; expected one of ${allowed}`,
      )
    const quoted = quoteValue(value)
    return report(
      walk,
      'invalid_value',
      `${quoted} är inte tillåtet; förväntade ett av ${allowed}`,
      `${quoted} is not allowed; expected one of ${allowed}`,
    )
  }
}

/** A field that may be left out. */
export function optional(shape: Shape): Shape {
  return Object.assign((value: unknown, walk: Walk) => shape(value, walk), { optional: true, inner: shape })
}

/** A list that may be left out and then reads as empty. */
export function emptyByDefault(shape: Shape): Shape {
  return Object.assign((value: unknown, walk: Walk) => shape(value, walk), {
    emptyByDefault: true,
    inner: shape,
  })
}

/** A list of at most {@link MAX_LIST_LENGTH} entries, each of shape `item`. */
export function listOf(item: Shape): Shape {
  const list: Shape = (value, walk) => {
    if (!Array.isArray(value)) return wrongType(walk, value, 'array')
    if (value.length > MAX_LIST_LENGTH) {
      // Its entries are not read: a list this long is refused whatever they hold.
      return report(
        walk,
        'too_many_items',
        `har ${value.length.toLocaleString('sv-SE')} poster; förväntade högst ${MAX_LIST_LENGTH.toLocaleString('sv-SE')}`,
        `has ${value.length.toLocaleString('en-GB')} entries; expected at most ${MAX_LIST_LENGTH.toLocaleString('en-GB')}`,
      )
    }
    const read: unknown[] = []
    let valid = true
    for (let index = 0; index < value.length && walk.issues.length < MAX_ISSUES; index++) {
      walk.path.push(index)
      const entry = item(value[index], walk)
      walk.path.pop()
      if (entry === INVALID) valid = false
      else read.push(entry)
    }
    return valid ? read : INVALID
  }
  return Object.assign(list, { item })
}

/**
 * An object with exactly the fields of `fields` (others are refused), each checked by its shape;
 * `complete` may refuse the object as a whole once every field has its shape.
 */
export function object(
  fields: Record<string, Shape>,
  complete?: (read: Record<string, unknown>, walk: Walk) => boolean,
): Shape {
  const known = new Set(Object.keys(fields))
  const entries = Object.entries(fields)
  const shape: Shape = (value, walk) => {
    if (!isRecord(value)) return wrongType(walk, value, 'object')
    const read: Record<string, unknown> = {}
    let valid = true
    for (const [key, field] of entries) {
      const given = value[key]
      if (given === undefined && (field.optional || field.emptyByDefault)) {
        if (field.emptyByDefault) read[key] = []
        continue
      }
      walk.path.push(key)
      const entry = field(given, walk)
      walk.path.pop()
      if (entry === INVALID) valid = false
      else read[key] = entry
    }
    const unknown = Object.keys(value).filter((key) => !known.has(key))
    if (unknown.length > 0) {
      // A document may carry thousands of stray keys, or one 5 MB long: name a few, shortened.
      const shown = unknown.slice(0, 5).map((key) => quoteValue(key, 40))
      const more = unknown.length - shown.length
      const keys = more > 0 ? `${shown.join(', ')} (+${more})` : shown.join(', ')
      report(walk, 'unknown_field', `har okända fält: ${keys}`, `has unknown fields: ${keys}`)
    }
    // As in zod, the whole is judged once its fields have their shape, stray fields or not.
    if (valid && complete && !complete(read, walk)) valid = false
    if (!valid || unknown.length > 0) return INVALID
    return read
  }
  return Object.assign(shape, { fields })
}

/** A text in Swedish and English, at least one of them. */
export const localizedText: Shape = object({ sv: optional(name), en: optional(name) }, (read, walk) => {
  if (read.sv !== undefined || read.en !== undefined) return true
  report(
    walk,
    'missing_translation',
    'saknar text; förväntade minst en av sv och en',
    'has no text; expected at least one of sv and en',
  )
  return false
})

/**
 * Checks `value` against `shape` from the top of a document.
 * @returns what the document holds (trimmed, defaults filled in) or every issue found, at most {@link MAX_ISSUES}
 */
export function readShape(
  shape: Shape,
  value: unknown,
): { ok: true; value: unknown } | { ok: false; issues: ValidationIssue[] } {
  const walk: Walk = { path: [], issues: [] }
  const read = shape(value, walk)
  return read === INVALID || walk.issues.length > 0
    ? { ok: false, issues: walk.issues }
    : { ok: true, value: read }
}
