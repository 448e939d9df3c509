import type { IssueCode } from '../core.js'
import { benignText, textDocument } from './text-document.js'

/** How a widget gets a bad document: as its `data` property, or as the text of an inline JSON script. */
export type BadInput = { data: unknown } | { inline: string }

/** A malformed document and the issue a widget must show for it. */
export interface BadDocument {
  name: string
  /** Builds the input when the test runs, so the large ones cost nothing until then. */
  input: () => BadInput
  /** The `.error-path` text the error panel must list. */
  path: string
  /** The issue code reported at that path. */
  code: IssueCode
}

type Json = Record<string | number, unknown>

/** `units[1].links[0].url` → `['units', 1, 'links', 0, 'url']`. */
function segments(path: string): (string | number)[] {
  return [...path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((match) =>
    match[2] !== undefined ? Number(match[2]) : (match[1] as string),
  )
}

/** The valid base: the hostile-text document filled with benign text (every kind of item, all linked). */
function base(): Json {
  return textDocument(benignText) as unknown as Json
}

function parentOf(doc: Json, path: string): [Json, string | number] {
  const keys = segments(path)
  const last = keys.pop() as string | number
  let node: Json = doc
  for (const key of keys) node = node[key] as Json
  return [node, last]
}

/** The base with `path` set to `value`. */
function setTo(path: string, value: unknown, doc = base()): Json {
  const [node, key] = parentOf(doc, path)
  node[key] = value
  return doc
}

/** The base without `path`. */
function without(path: string, doc = base()): Json {
  const [node, key] = parentOf(doc, path)
  Reflect.deleteProperty(node, key)
  return doc
}

/** A case whose expected path is the path it changes, unless `path` says otherwise. */
function changed(name: string, at: string, value: () => unknown, code: IssueCode, path = at): BadDocument {
  return { name, input: () => ({ data: setTo(at, value()) }), path, code }
}

function data(name: string, build: () => unknown, path: string, code: IssueCode): BadDocument {
  return { name, input: () => ({ data: build() }), path, code }
}

function inline(name: string, text: () => string, path: string, code: IssueCode): BadDocument {
  return { name, input: () => ({ inline: text() }), path, code }
}

const FIVE_MB = 5 * 1024 * 1024

/** `depth` arrays, each the only element of the one around it. */
export function nestedArrays(depth: number): unknown[] {
  const root: unknown[] = []
  let inner = root
  for (let i = 1; i < depth; i++) {
    const next: unknown[] = []
    inner.push(next)
    inner = next
  }
  return root
}

/** A valid timeline item with a unique id. */
function timelineItem(i: number): Json {
  return {
    id: `bulk-${i}`,
    kind: 'milestone',
    date: `${2022 + (i % 4)}-0${1 + (i % 9)}-1${i % 10}`,
    title: { sv: `Händelse ${i}`, en: `Event ${i}` },
    sources: ['s1'],
  }
}

/** At least 50 malformed documents, each with the path its first relevant issue must name. */
export const BAD_DOCUMENTS: readonly BadDocument[] = [
  // The version and the top level.
  changed('schemaVersion as text', 'schemaVersion', () => '1', 'unsupported_schema_version'),
  changed('schemaVersion 2', 'schemaVersion', () => 2, 'unsupported_schema_version'),
  changed('schemaVersion null', 'schemaVersion', () => null, 'unsupported_schema_version'),
  data('no schemaVersion', () => without('schemaVersion'), 'schemaVersion', 'unsupported_schema_version'),
  data('no programme', () => without('programme'), 'programme', 'missing_field'),
  changed('programme as a list', 'programme', () => [], 'invalid_type'),
  changed('sources as an object', 'sources', () => ({ s1: 'https://www.kth.se/' }), 'invalid_type'),
  changed('units as text', 'units', () => 'kth, ud', 'invalid_type'),
  // Wrong types and values at many paths.
  changed('a name as plain text', 'programme.name', () => 'Programmet', 'invalid_type'),
  data('no programme start', () => without('programme.start'), 'programme.start', 'missing_field'),
  changed('an unknown unit kind', 'units[1].kind', () => 'planet', 'invalid_value'),
  changed('a text with neither language', 'units[2].name', () => ({}), 'missing_translation'),
  changed('a blank text', 'units[0].name.sv', () => ' \t\n ', 'empty_text'),
  changed('a text as a number', 'bodies[0].purpose.en', () => 42, 'invalid_type'),
  changed('a text as a function', 'principles[1].summary.sv', () => () => 'x', 'invalid_type'),
  changed('a text as a symbol', 'supportAreas[0].summary.sv', () => Symbol('x'), 'invalid_type'),
  changed('order zero', 'principles[0].order', () => 0, 'number_out_of_range'),
  changed('a fractional order', 'principles[1].order', () => 1.5, 'invalid_type'),
  changed('order as text', 'supportAreas[0].order', () => '1', 'invalid_type'),
  changed('order as a bigint', 'supportAreas[1].order', () => 1n, 'invalid_type'),
  changed('members null', 'bodies[0].members', () => null, 'invalid_type'),
  changed('a negative count', 'bodies[0].members[0].count', () => -3, 'number_out_of_range'),
  changed('an infinite count', 'bodies[0].members[2].count', () => Infinity, 'number_out_of_range'),
  data('a body without its kind', () => without('bodies[1].kind'), 'bodies[1].kind', 'missing_field'),
  data('a body without members', () => without('bodies[1].members'), 'bodies[1].members', 'missing_field'),
  data(
    'a timeline item without title',
    () => without('timeline[1].title'),
    'timeline[1].title',
    'missing_field',
  ),
  changed('priorities as text', 'supportAreas[0].priorities', () => 'Rekrytering', 'invalid_type'),
  changed('a flag as text', 'bodies[2].membersUnknown', () => 'yes', 'invalid_type'),
  changed('a source language the kit does not speak', 'sources[0].lang', () => 'de', 'invalid_value'),
  changed('an unknown note kind', 'notes[0].kind', () => 'rumour', 'invalid_value'),
  changed('an unknown timeline kind', 'timeline[2].kind', () => 'party', 'invalid_value'),
  changed('an id with a space', 'units[3].id', () => 'v s', 'invalid_id'),
  changed('an id of 101 characters', 'bodies[3].id', () => 'x'.repeat(101), 'invalid_id'),
  // Impossible dates.
  changed('29 February 2023', 'timeline[0].date', () => '2023-02-29', 'invalid_partial_date'),
  changed('month 13', 'timeline[1].start', () => '2022-13', 'invalid_partial_date'),
  changed('quarter 5', 'timeline[3].start', () => '2022-Q5', 'invalid_partial_date'),
  changed('month 00', 'units[2].validFrom', () => '1999-00', 'invalid_partial_date'),
  changed('year 0999', 'decisions[0].date', () => '0999-01-01', 'invalid_partial_date'),
  changed('a timeline item dated 9999', 'timeline[0].date', () => '9999', 'date_out_of_range'),
  changed('a unit valid until 3000', 'units[2].validTo', () => '3000-01-01', 'date_out_of_range'),
  changed('a date without leading zeros', 'programme.start', () => '2022-6-1', 'invalid_partial_date'),
  changed('a date with a time', 'subProjects[0].start', () => '2022-09-01T10:00', 'invalid_partial_date'),
  // Ranges that run backwards.
  changed('a programme that ends before it starts', 'programme.end', () => '2021', 'range_reversed'),
  changed('a unit valid to before it is valid from', 'units[2].validTo', () => '2018', 'range_reversed'),
  changed('a timeline range backwards', 'timeline[1].end', () => '2022-spring', 'range_reversed'),
  changed('a phase backwards', 'subProjects[0].phases[0].end', () => '2022-01', 'range_reversed'),
  data(
    'a relation backwards',
    () => setTo('relations[0].validTo', '2023', setTo('relations[0].validFrom', '2024')),
    'relations[0].validTo',
    'range_reversed',
  ),
  // Duplicate ids.
  changed('two units with one id', 'units[6].id', () => 'it', 'duplicate_id'),
  changed(
    'a principle with an area id',
    'principles[0].id',
    () => 'hr',
    'duplicate_id',
    'supportAreas[0].id',
  ),
  changed('two sources with one id', 'sources[1].id', () => 's1', 'duplicate_id'),
  changed('two timeline items with one id', 'timeline[3].id', () => 't1', 'duplicate_id'),
  changed('a phase with its project id', 'subProjects[0].phases[0].id', () => 'sp', 'duplicate_id'),
  // Parent cycles.
  changed('a unit that is its own parent', 'units[4].parent', () => 'it', 'parent_cycle'),
  // A cycle is reported at the unit whose parent closes it; the message names every unit in it.
  changed(
    'two units that are each other’s parent',
    'units[0].parent',
    () => 'ud',
    'parent_cycle',
    'units[1].parent',
  ),
  changed(
    'a cycle that a move makes',
    'units[1].moves',
    () => [{ from: '2024-01-01', parent: 'hr-dept' }],
    'parent_cycle',
    'units[1].moves[0].parent',
  ),
  // Dangling references of every kind.
  changed('a parent that does not exist', 'units[2].parent', () => 'nowhere', 'unresolved_reference'),
  changed('a move to nowhere', 'units[4].moves[0].parent', () => 'nowhere', 'unresolved_reference'),
  changed('a head in no unit', 'units[1].head.unit', () => 'nowhere', 'unresolved_reference'),
  changed('a relation from nobody', 'relations[0].from', () => 'nobody', 'unresolved_reference'),
  changed('a relation to a principle', 'relations[1].to', () => 'pr1', 'wrong_reference_kind'),
  changed(
    'a member unit that does not exist',
    'bodies[0].members[2].unit',
    () => 'nowhere',
    'unresolved_reference',
  ),
  changed('a member body that is a unit', 'bodies[0].members[1].body', () => 'it', 'wrong_reference_kind'),
  changed('a chair in no unit', 'bodies[0].chair.unit', () => 'nowhere', 'unresolved_reference'),
  changed('a missing source', 'principles[1].sources[1]', () => 'nope', 'unresolved_reference'),
  changed('a source that is a unit', 'timeline[0].sources[0]', () => 'kth', 'wrong_reference_kind'),
  changed(
    'a member’s missing source',
    'bodies[0].members[0].sources',
    () => ['nope'],
    'unresolved_reference',
    'bodies[0].members[0].sources[0]',
  ),
  changed(
    'an area unit that does not exist',
    'supportAreas[0].units[0]',
    () => 'nowhere',
    'unresolved_reference',
  ),
  changed(
    'a variant’s missing source',
    'supportAreas[0].variants[1].sources[0]',
    () => 'nope',
    'unresolved_reference',
  ),
  changed(
    'a timeline area that does not exist',
    'timeline[0].areas[0]',
    () => 'nowhere',
    'unresolved_reference',
  ),
  changed('a timeline body that is a unit', 'timeline[0].bodies[0]', () => 'ud', 'wrong_reference_kind'),
  changed(
    'a timeline decision that does not exist',
    'timeline[0].decisions[0]',
    () => 'd9',
    'unresolved_reference',
  ),
  changed(
    'a timeline sub-project that does not exist',
    'timeline[1].subProject',
    () => 'sp9',
    'unresolved_reference',
  ),
  changed('a note about nothing', 'notes[0].about[0]', () => 'ghost', 'unresolved_reference'),
  changed('a page source that does not exist', 'pages[0].source', () => 'nope', 'unresolved_reference'),
  changed(
    'a sub-project decided by a timeline item',
    'subProjects[0].decision',
    () => 't1',
    'wrong_reference_kind',
  ),
  changed(
    'a programme source that does not exist',
    'programme.sources[0]',
    () => 'nope',
    'unresolved_reference',
  ),
  changed(
    'a programme decided in no unit',
    'programme.decidedBy.unit',
    () => 'nowhere',
    'unresolved_reference',
  ),
  // Timeline dates and the organisation's shape.
  changed(
    'an item with a date and a range',
    'timeline[0].start',
    () => '2022',
    'date_and_range',
    'timeline[0]',
  ),
  data('an item without a date', () => without('timeline[2].date'), 'timeline[2].date', 'missing_date'),
  data('a second root', () => without('units[6].parent'), 'units[6].parent', 'multiple_roots'),
  data(
    'a unit that outlives its parent',
    () => without('units[5].validTo'),
    'units[5].parent',
    'outside_parent_validity',
  ),
  // Unsafe URLs.
  changed('a javascript: link', 'units[1].links[0].url', () => 'javascript:alert(1)', 'unsafe_url'),
  changed(
    'a data: link',
    'programme.links[0].url',
    () => 'data:text/html,<script>alert(1)</script>',
    'unsafe_url',
  ),
  changed('a vbscript: link', 'timeline[0].links[0].url', () => 'VBScript:msgbox(1)', 'unsafe_url'),
  changed('an ftp source', 'sources[0].url', () => 'ftp://ftp.kth.se/a', 'invalid_http_url'),
  changed('a relative source', 'sources[2].url', () => '/a/b', 'invalid_http_url'),
  // Unknown fields.
  changed('an unknown top-level field', 'extra', () => 1, 'unknown_field', '$'),
  changed('an unknown unit field', 'units[0].colour', () => 'blue', 'unknown_field', 'units[0]'),
  changed('a third language', 'units[0].name.de', () => 'KTH', 'unknown_field', 'units[0].name'),
  changed('a constructor field', 'bodies[0].constructor', () => 'x', 'unknown_field', 'bodies[0]'),
  inline(
    'a __proto__ field in JSON',
    () => JSON.stringify(base()).replace(/^\{/, '{"__proto__":{"polluted":true},'),
    '$',
    'unknown_field',
  ),
  data(
    'an unknown field that holds the document itself',
    () => {
      const doc = base()
      doc['self'] = doc
      return doc
    },
    '$',
    'unknown_field',
  ),
  // Very large and very deep.
  changed('a 5 MB id', 'units[0].id', () => 'a'.repeat(FIVE_MB), 'invalid_id'),
  changed('a 5 MB date', 'timeline[0].date', () => `2${'0'.repeat(FIVE_MB)}`, 'invalid_partial_date'),
  changed(
    'a 5 MB source URL',
    'sources[0].url',
    () => `https://www.kth.se/ ${'a'.repeat(FIVE_MB)}`,
    'invalid_http_url',
  ),
  changed(
    'a 5 MB link URL',
    'units[1].links[0].url',
    () => `javascript:${'a'.repeat(FIVE_MB)}`,
    'unsafe_url',
  ),
  changed('a 5 MB kind', 'units[1].kind', () => 'x'.repeat(FIVE_MB), 'invalid_value'),
  changed(
    '10,000 nested arrays in an unknown field',
    'nested',
    () => nestedArrays(10_000),
    'unknown_field',
    '$',
  ),
  changed(
    '10,000 nested arrays as links',
    'units[1].links',
    () => nestedArrays(10_000),
    'invalid_type',
    'units[1].links[0]',
  ),
  inline('100,000 nested [ as JSON text', () => '['.repeat(100_000), '$', 'invalid_json'),
  inline(
    '100,000 nested arrays as JSON text',
    () => '['.repeat(100_000) + ']'.repeat(100_000),
    '$',
    'invalid_type',
  ),
  data(
    '10,000 timeline items, one with an impossible date',
    () => {
      const items = Array.from({ length: 10_000 }, (_, i) => timelineItem(i))
      ;(items[7345] as Json)['date'] = '2023-02-30'
      return setTo('timeline', items)
    },
    'timeline[7345].date',
    'invalid_partial_date',
  ),
  // Not a programme document at all.
  inline('text that is not JSON', () => '<html><body>Not found</body></html>', '$', 'invalid_json'),
  inline('JSON cut short', () => JSON.stringify(base()).slice(0, 500), '$', 'invalid_json'),
  inline('JSON with a trailing comma', () => '{"schemaVersion": 1,}', '$', 'invalid_json'),
  inline('an empty file', () => '', '$', 'empty_document'),
  inline('only whitespace', () => ' \n\t\r\n ', '$', 'empty_document'),
  inline('null', () => 'null', '$', 'invalid_type'),
  inline('an array', () => '[]', '$', 'invalid_type'),
  inline('a number', () => '42', '$', 'invalid_type'),
  inline('a string', () => '"programme"', '$', 'invalid_type'),
  inline('true', () => 'true', '$', 'invalid_type'),
  data('a number as data', () => 42, '$', 'invalid_type'),
  data('an array as data', () => [base()], '$', 'invalid_type'),
  data('a string as data', () => JSON.stringify(base()), '$', 'invalid_type'),
  data('a date as data', () => new Date(0), 'schemaVersion', 'unsupported_schema_version'),
  data(
    'a document whose units getter throws',
    () =>
      Object.defineProperty(base(), 'units', {
        enumerable: true,
        get() {
          throw new Error('getter exploded')
        },
      }),
    '$',
    'invalid_shape',
  ),
  data(
    'a proxy that throws on every read',
    () =>
      new Proxy(
        {},
        {
          get(_target, key) {
            if (key === 'schemaVersion') return 1
            throw new Error('proxy exploded')
          },
          ownKeys() {
            throw new Error('proxy exploded')
          },
        },
      ),
    '$',
    'invalid_shape',
  ),
]
