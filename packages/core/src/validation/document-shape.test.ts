import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type * as z from 'zod/mini'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { ProgrammeDocumentSchema } from '../schema/programme.js'
import { DOCUMENT_SHAPE } from './document-shape.js'
import { type IssueCode, formatPath } from './issue.js'
import { type Shape, readShape } from './shape.js'

// The run-time checker and the zod schema (which gives the types and the JSON Schema) must agree on
// every document: what they accept, what they make of it, and where and why they refuse it.

type Json = unknown
type Path = (string | number)[]

/** The kit's issue code for a zod issue, as the checker is to report it. */
function codeOf(found: z.core.$ZodIssue): IssueCode {
  const input = (found as { input?: unknown }).input
  switch (found.code) {
    case 'invalid_type':
      if (input === undefined) return 'missing_field'
      return typeof input === 'number' && !Number.isFinite(input) ? 'number_out_of_range' : 'invalid_type'
    case 'unrecognized_keys':
      return 'unknown_field'
    case 'invalid_value':
      return input === undefined ? 'missing_field' : 'invalid_value'
    case 'too_small':
      return found.origin === 'string' ? 'empty_text' : 'number_out_of_range'
    case 'too_big':
      return found.origin === 'array' ? 'too_many_items' : 'number_out_of_range'
    case 'invalid_format':
      return 'invalid_id'
    case 'custom':
      return (found.params as { code: IssueCode }).code
    default:
      throw new Error(`no kit code for zod issue ${found.code}`)
  }
}

/**
 * Zod's issues as kit issues. Zod runs a length check even on a value of the wrong type (a list where
 * text belongs also gets "too small"); the checker reports the wrong type alone, so those are dropped.
 */
function withoutChecksOnWrongTypes(issues: z.core.$ZodIssue[]) {
  const found = issues.map((i) => ({ pathText: formatPath(i.path as Path), code: codeOf(i) }))
  const wrongType = new Set(found.filter((i) => i.code === 'invalid_type').map((i) => i.pathText))
  return found.filter((i) => i.code === 'invalid_type' || !wrongType.has(i.pathText))
}

/** Where each checker refuses the document and why, or what it makes of it. */
function outcomes(document: Json) {
  const zod = ProgrammeDocumentSchema.safeParse(document, { reportInput: true })
  const checked = readShape(DOCUMENT_SHAPE, document)
  const issuesOf = (list: { pathText: string; code: string }[]) =>
    [...new Set(list.map((i) => `${i.pathText} ${i.code}`))].sort()
  return {
    zod: zod.success
      ? { ok: true, value: zod.data }
      : {
          ok: false,
          issues: issuesOf(withoutChecksOnWrongTypes(zod.error.issues)),
        },
    checker: checked.ok
      ? { ok: true, value: checked.value }
      : { ok: false, issues: issuesOf(checked.issues) },
  }
}

function expectAgreement(document: Json): void {
  const { zod, checker } = outcomes(document)
  expect(checker).toEqual(zod)
}

// Values that probe every rule: types, trimming, empty text, ids, links, dates and their years, numbers.
const PROBES: Json[] = [
  null,
  true,
  0,
  -0,
  1,
  2.5,
  -3,
  2 ** 60,
  -(2 ** 60),
  Infinity,
  '',
  '   ',
  ' padded ',
  'bad id!',
  'an-id',
  '2022-13-01',
  ' 2022-spring ',
  '9999',
  '2022-Q5',
  'javascript:alert(1)',
  '\\\\evil.example',
  'https://www.kth.se/',
  'mailto:vs@kth.se',
  '/relative/page',
  'event',
  'department',
  'sv',
  [],
  ['x'],
  [{}],
  {},
  { sv: 'Text' },
  { sv: '  ' },
  { de: 'Text' },
]

/** Every path to a value in `value`, the document itself first. */
function pathsIn(value: Json, path: Path = [], found: Path[] = []): Path[] {
  found.push(path)
  if (Array.isArray(value)) value.forEach((entry, index) => pathsIn(entry, [...path, index], found))
  else if (typeof value === 'object' && value !== null)
    for (const [key, entry] of Object.entries(value)) pathsIn(entry, [...path, key], found)
  return found
}

function parentOf(document: Json, path: Path): Record<string | number, Json> {
  let node = document as Record<string | number, Json>
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string | number, Json>
  return node
}

type ZodDef = { type: string; shape?: Record<string, ZodSchema>; element?: ZodSchema; innerType?: ZodSchema }
type ZodSchema = { _zod: { def: ZodDef } }

/** The checker's shape of the object at `path`. */
function checkerShapeAt(shape: Shape, path: Path): Shape {
  for (const segment of path) {
    while (shape.inner) shape = shape.inner
    shape = (typeof segment === 'number' ? shape.item : shape.fields?.[segment])!
  }
  while (shape.inner) shape = shape.inner
  return shape
}

/** The zod object schema of every object in `value`, with the first path where it occurs. */
function objectsIn(value: Json, schema: ZodSchema, path: Path, found: Map<ZodSchema, Path>): void {
  const def = schema._zod.def
  if (def.innerType) return objectsIn(value, def.innerType, path, found)
  if (def.type === 'array' && Array.isArray(value))
    value.forEach((entry, index) => objectsIn(entry, def.element!, [...path, index], found))
  if (def.type === 'object' && def.shape && typeof value === 'object' && value !== null) {
    if (!found.has(schema)) found.set(schema, path)
    for (const [key, field] of Object.entries(def.shape))
      if (key in value) objectsIn((value as Record<string, Json>)[key], field, [...path, key], found)
  }
}

describe('the run-time shape check', () => {
  it('accepts the sample document and reads it exactly as the zod schema does', () => {
    expectAgreement(sampleProgramme())
    expect(readShape(DOCUMENT_SHAPE, sampleProgramme()).ok).toBe(true)
  })

  const objects = new Map<ZodSchema, Path>()
  objectsIn(sampleProgramme(), ProgrammeDocumentSchema as unknown as ZodSchema, [], objects)

  it('knows the same fields as the zod schema in every kind of object', () => {
    // Every kind of object the schema has, from the document down to a member's role text.
    expect(objects.size).toBeGreaterThanOrEqual(20)
    for (const [schema, path] of objects) {
      const fields = Object.keys(checkerShapeAt(DOCUMENT_SHAPE, path).fields ?? {})
      expect({ path, fields: fields.sort() }).toEqual({
        path,
        fields: Object.keys(schema._zod.def.shape!).sort(),
      })
    }
  })

  it('agrees with the zod schema on every field of every kind of object, set to each probe or left out', () => {
    let compared = 0
    for (const [schema, path] of objects) {
      for (const field of [...Object.keys(schema._zod.def.shape!), 'unknownField']) {
        for (const probe of [undefined, ...PROBES]) {
          if (path.length === 0 && field === 'schemaVersion') continue // validateProgramme answers that first
          const document = structuredClone(sampleProgramme()) as Json
          const target = (path.length === 0 ? document : parentOf(document, [...path, field])) as Record<
            string,
            Json
          >
          if (probe === undefined) Reflect.deleteProperty(target, field)
          else target[field] = structuredClone(probe)
          expectAgreement(document)
          compared++
        }
      }
    }
    expect(compared).toBeGreaterThan(3000)
  })

  it('agrees with the zod schema on documents changed at random places', () => {
    const document = sampleProgramme()
    const paths = pathsIn(document).filter((path) => path.length > 0 && path[0] !== 'schemaVersion')
    const values = paths.map((path) => parentOf(document, path)[path.at(-1)!])
    const change = fc.record({
      at: fc.nat({ max: paths.length - 1 }),
      to: fc.oneof(
        fc.constantFrom(...PROBES),
        fc.nat({ max: values.length - 1 }).map((index) => values[index]),
        fc.jsonValue({ maxDepth: 2 }),
        fc.constant(undefined),
      ),
    })
    fc.assert(
      fc.property(fc.array(change, { minLength: 1, maxLength: 4 }), (changes) => {
        const changed = structuredClone(document) as Json
        for (const { at, to } of changes) {
          const path = paths[at]!
          let parent: Record<string | number, Json>
          try {
            parent = parentOf(changed, path)
          } catch {
            continue // an earlier change removed the place
          }
          if (typeof parent !== 'object' || parent === null) continue
          const key = path.at(-1)!
          if (to === undefined && !Array.isArray(parent)) Reflect.deleteProperty(parent, key)
          else parent[key] = structuredClone(to)
        }
        expectAgreement(changed)
      }),
      { numRuns: 1500 },
    )
  })
})
