import type * as z from 'zod/mini'
import { partialDateExpectation } from '../dates/index.js'
import { ID_PATTERN } from '../schema/primitives.js'
import { type IssueCode, type ValidationIssue, issue, quoteValue } from './issue.js'
import { DOCUMENT_YEARS } from './limits.js'

type ZodIssue = z.core.$ZodIssue

const TYPE_NAMES: Record<string, { sv: string; en: string }> = {
  string: { sv: 'text', en: 'text' },
  number: { sv: 'ett tal', en: 'a number' },
  int: { sv: 'ett heltal', en: 'a whole number' },
  boolean: { sv: 'sant eller falskt', en: 'true or false' },
  array: { sv: 'en lista', en: 'a list' },
  object: { sv: 'ett objekt', en: 'an object' },
  null: { sv: 'null', en: 'null' },
  undefined: { sv: 'inget värde', en: 'no value' },
}

function typeName(type: string): { sv: string; en: string } {
  return TYPE_NAMES[type] ?? { sv: type, en: type }
}

function typeOfInput(input: unknown): string {
  if (input === null) return 'null'
  if (Array.isArray(input)) return 'array'
  return typeof input
}

function customCode(found: ZodIssue): IssueCode | undefined {
  const params = (found as { params?: { code?: unknown } }).params
  return typeof params?.code === 'string' ? (params.code as IssueCode) : undefined
}

/** Turns one zod issue into a kit issue with a stable code and a message in both languages. */
export function fromZodIssue(found: ZodIssue): ValidationIssue {
  const path = found.path.filter((segment): segment is string | number => typeof segment !== 'symbol')
  const value = quoteValue(found.input)
  switch (found.code) {
    case 'invalid_type': {
      const expected = typeName(found.expected)
      if (found.input === undefined) {
        return issue(path, 'missing_field', {
          sv: `saknas; förväntade ${expected.sv}`,
          en: `is missing; expected ${expected.en}`,
        })
      }
      if (typeof found.input === 'number' && !Number.isFinite(found.input)) {
        // JSON has no Infinity or NaN: a number such as 1e400 is too large for a double and reads as Infinity.
        return issue(path, 'number_out_of_range', {
          sv: `är ett tal för långt från noll för att kunna återges (det läses som ${value}); förväntade ${expected.sv}`,
          en: `is a number too far from zero to represent (it reads as ${value}); expected ${expected.en}`,
        })
      }
      const actual = typeName(typeOfInput(found.input))
      return issue(path, 'invalid_type', {
        sv: `är ${actual.sv} (${value}); förväntade ${expected.sv}`,
        en: `is ${actual.en} (${value}); expected ${expected.en}`,
      })
    }
    case 'unrecognized_keys': {
      // A document may carry thousands of stray keys, or one 5 MB long: name a few, shortened.
      const shown = found.keys.slice(0, 5).map((key) => quoteValue(key, 40))
      const more = found.keys.length - shown.length
      const keys = more > 0 ? `${shown.join(', ')} (+${more})` : shown.join(', ')
      return issue(path, 'unknown_field', {
        sv: `har okända fält: ${keys}`,
        en: `has unknown fields: ${keys}`,
      })
    }
    case 'invalid_value': {
      const allowed = found.values.map((v) => JSON.stringify(v)).join(', ')
      if (found.input === undefined) {
        return issue(path, 'missing_field', {
          sv: `saknas; förväntade ett av ${allowed}`,
          en: `is missing; expected one of ${allowed}`,
        })
      }
      if (path.at(-1) === 'schemaVersion') {
        return issue(path, 'unsupported_schema_version', {
          sv: `${value} stöds inte; förväntade schemaVersion ${found.values.join(', ')}`,
          en: `${value} is not supported; expected schemaVersion ${found.values.join(', ')}`,
        })
      }
      return issue(path, 'invalid_value', {
        sv: `${value} är inte tillåtet; förväntade ett av ${allowed}`,
        en: `${value} is not allowed; expected one of ${allowed}`,
      })
    }
    case 'too_small': {
      if (found.origin === 'string') {
        return issue(path, 'empty_text', {
          sv: 'är tom; förväntade en text',
          en: 'is empty; expected some text',
        })
      }
      const [sv, en] = found.inclusive === false ? ['mer än', 'more than'] : ['minst', 'at least']
      return issue(path, 'number_out_of_range', {
        sv: `${value} är för litet; förväntade ${sv} ${String(found.minimum)}`,
        en: `${value} is too small; expected ${en} ${String(found.minimum)}`,
      })
    }
    case 'too_big': {
      if (found.origin === 'array') {
        const count = Array.isArray(found.input) ? found.input.length : undefined
        const max = Number(found.maximum)
        return issue(path, 'too_many_items', {
          sv: `har ${count === undefined ? 'för många' : count.toLocaleString('sv-SE')} poster; förväntade högst ${max.toLocaleString('sv-SE')}`,
          en: `has ${count === undefined ? 'too many' : count.toLocaleString('en-GB')} entries; expected at most ${max.toLocaleString('en-GB')}`,
        })
      }
      const [sv, en] = found.inclusive === false ? ['mindre än', 'less than'] : ['högst', 'at most']
      return issue(path, found.origin === 'string' ? 'too_long' : 'number_out_of_range', {
        sv: `är för stort; förväntade ${sv} ${String(found.maximum)}`,
        en: `is too large; expected ${en} ${String(found.maximum)}`,
      })
    }
    case 'invalid_format': {
      const pattern = 'pattern' in found ? String(found.pattern) : ''
      if (pattern === String(ID_PATTERN)) return invalidId(path, value)
      return issue(path, 'invalid_value', {
        sv: `${value} har fel format`,
        en: `${value} has the wrong format`,
      })
    }
    case 'custom': {
      const code = customCode(found)
      if (code === 'invalid_partial_date') return invalidDate(path, value)
      if (code === 'date_out_of_range') {
        const { min, max } = DOCUMENT_YEARS
        return issue(path, 'date_out_of_range', {
          sv: `${value} ligger utanför åren ${min}–${max}; förväntade ett datum från år ${min} till och med ${max}`,
          en: `${value} is outside the years ${min}–${max}; expected a date from ${min} to ${max}`,
        })
      }
      if (code === 'missing_translation') {
        return issue(path, 'missing_translation', {
          sv: 'saknar text; förväntade minst en av sv och en',
          en: 'has no text; expected at least one of sv and en',
        })
      }
      if (code === 'unsafe_url') {
        return issue(path, 'unsafe_url', {
          sv: `${value} är ingen tillåten länk; förväntade en http(s)- eller mailto-adress, eller en relativ adress på samma webbplats`,
          en: `${value} is not an allowed link; expected an http(s) or mailto URL, or a relative URL on the same site`,
        })
      }
      if (code === 'invalid_http_url') {
        return issue(path, 'invalid_http_url', {
          sv: `${value} är ingen webbadress; förväntade en adress som börjar med https://`,
          en: `${value} is not a web address; expected a URL starting with https://`,
        })
      }
      break
    }
    default:
      break
  }
  return issue(path, 'invalid_shape', {
    sv: `är ogiltigt: ${found.message}`,
    en: `is invalid: ${found.message}`,
  })
}

function invalidDate(path: (string | number)[], value: string): ValidationIssue {
  return issue(path, 'invalid_partial_date', {
    sv: `${value} är inget giltigt datum; förväntat ${partialDateExpectation('sv')}`,
    en: `${value} is not a valid date; expected ${partialDateExpectation('en')}`,
  })
}

function invalidId(path: (string | number)[], value: string): ValidationIssue {
  return issue(path, 'invalid_id', {
    sv: `${value} är inget giltigt id; förväntade bokstäver, siffror och _ . : - (högst 100 tecken)`,
    en: `${value} is not a valid id; expected letters, digits and _ . : - (at most 100 characters)`,
  })
}
