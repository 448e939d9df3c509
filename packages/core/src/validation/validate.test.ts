import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { ProgrammeDocumentInput } from '../schema/programme.js'
import { ISSUE_CODES, formatIssue, formatPath } from './issue.js'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { MAX_DOCUMENT_LENGTH, MAX_LIST_LENGTH } from './limits.js'
import { validateProgramme, validateProgrammeJson } from './validate.js'

type Mutable = Record<string, unknown>

/** Validates a copy of the valid document changed by `change`, and returns its issues. */
function issuesAfter(change: (doc: Mutable) => void) {
  const doc = structuredClone(sampleProgramme()) as unknown as Mutable
  change(doc)
  const result = validateProgramme(doc)
  expect(result.ok).toBe(false)
  return result.issues
}

function list(doc: Mutable, key: string): Mutable[] {
  return doc[key] as Mutable[]
}

describe('validateProgramme', () => {
  it('accepts a valid document and fills in defaults', () => {
    const input = sampleProgramme()
    delete input.pages
    const result = validateProgramme(input)
    expect(result.issues).toEqual([])
    expect(result.ok && result.document.pages).toEqual([])
  })

  it('names the path, the value and what was expected for a bad date, in both languages', () => {
    const issues = issuesAfter((doc) => {
      list(doc, 'timeline')[3]!.date = '2023-13'
    })
    expect(issues).toHaveLength(1)
    const [found] = issues
    expect(found?.code).toBe('invalid_partial_date')
    expect(formatIssue(found!, 'sv')).toBe(
      'timeline[3].date: "2023-13" är inget giltigt datum; förväntat ÅÅÅÅ-MM-DD, ÅÅÅÅ-MM, ÅÅÅÅ-Qn, ÅÅÅÅ-vår/höst eller ÅÅÅÅ',
    )
    expect(formatIssue(found!, 'en')).toBe(
      'timeline[3].date: "2023-13" is not a valid date; expected YYYY-MM-DD, YYYY-MM, YYYY-Qn, YYYY-spring/autumn or YYYY',
    )
  })

  it('reports every problem at once', () => {
    const issues = issuesAfter((doc) => {
      list(doc, 'timeline')[0]!.date = '2022-02-30'
      list(doc, 'principles')[0]!.order = 0
      list(doc, 'units')[1]!.kind = 'ministry'
    })
    expect(issues.map((i) => i.pathText).sort()).toEqual([
      'principles[0].order',
      'timeline[0].date',
      'units[1].kind',
    ])
  })

  it.each([
    [
      'missing field',
      (d: Mutable) => delete (d.programme as Mutable).name,
      'programme.name',
      'missing_field',
      'saknas',
    ],
    [
      'wrong type',
      (d: Mutable) => ((d.programme as Mutable).name = 'KTH'),
      'programme.name',
      'invalid_type',
      'förväntade ett objekt',
    ],
    [
      'unknown field',
      (d: Mutable) => ((d.programme as Mutable).colour = 'blue'),
      'programme',
      'unknown_field',
      '"colour"',
    ],
    [
      'blank text',
      (d: Mutable) => ((d.programme as Mutable).name = { sv: '  ' }),
      'programme.name.sv',
      'empty_text',
      'tom',
    ],
    [
      'no language',
      (d: Mutable) => ((d.programme as Mutable).name = {}),
      'programme.name',
      'missing_translation',
      'sv och en',
    ],
    [
      'enum value',
      (d: Mutable) => (list(d, 'units')[0]!.kind = 'empire'),
      'units[0].kind',
      'invalid_value',
      '"university"',
    ],
    [
      'bad id',
      (d: Mutable) => (list(d, 'principles')[0]!.id = 'has space'),
      'principles[0].id',
      'invalid_id',
      'giltigt id',
    ],
    [
      'unsafe link',
      (d: Mutable) => ((d.programme as Mutable).links = [{ label: { sv: 'x' }, url: 'javascript:alert(1)' }]),
      'programme.links[0].url',
      'unsafe_url',
      'tillåten länk',
    ],
    [
      'source url',
      (d: Mutable) => (list(d, 'sources')[0]!.url = '/local'),
      'sources[0].url',
      'invalid_http_url',
      'https://',
    ],
    [
      'order',
      (d: Mutable) => (list(d, 'principles')[0]!.order = 1.5),
      'principles[0].order',
      'invalid_type',
      'heltal',
    ],
  ])('reports a %s with its path and code', (_name, change, path, code, svFragment) => {
    const issues = issuesAfter(change)
    const found = issues.find((i) => i.pathText === path)
    expect(found, JSON.stringify(issues)).toBeDefined()
    expect(found?.code).toBe(code)
    expect(found?.message.sv).toContain(svFragment)
    expect(found?.message.en.length).toBeGreaterThan(0)
  })

  it('refuses another schemaVersion with one clear issue', () => {
    const issues = issuesAfter((doc) => {
      doc.schemaVersion = 2
      doc.programme = 'not even an object'
    })
    expect(issues).toHaveLength(1)
    expect(issues[0]).toMatchObject({ code: 'unsupported_schema_version', pathText: 'schemaVersion' })
    expect(issues[0]?.message.en).toContain('expected schemaVersion 1')
  })

  it('refuses a value that is not an object', () => {
    for (const value of [null, 42, 'text', [1, 2]]) {
      const result = validateProgramme(value)
      expect(result.ok).toBe(false)
      expect(result.issues[0]).toMatchObject({ code: 'invalid_type', pathText: '$' })
    }
  })
})

describe('semantic checks', () => {
  it('finds duplicate ids across collections and names the first use', () => {
    const issues = issuesAfter((doc) => {
      list(doc, 'timeline')[1]!.id = 'pr1'
    })
    expect(issues).toEqual([expect.objectContaining({ code: 'duplicate_id', pathText: 'timeline[1].id' })])
    expect(issues[0]?.message.en).toContain('already used by principles[1].id')
  })

  it('finds references that do not resolve or point at the wrong kind of item', () => {
    const issues = issuesAfter((doc) => {
      list(doc, 'timeline')[0]!.decisions = ['nope']
      list(doc, 'timeline')[2]!.units = ['steering']
      list(doc, 'principles')[0]!.sources = ['s9']
    })
    expect(issues.map((i) => [i.pathText, i.code])).toEqual([
      ['principles[0].sources[0]', 'unresolved_reference'],
      ['timeline[0].decisions[0]', 'unresolved_reference'],
      ['timeline[2].units[0]', 'wrong_reference_kind'],
    ])
    expect(issues[2]?.message.sv).toBe('"steering" är ett organ (bodies); förväntade en enhet (units)')
  })

  it('finds ranges that run backwards', () => {
    const issues = issuesAfter((doc) => {
      list(doc, 'timeline')[5]!.end = '2021'
      ;(doc.programme as Mutable).end = '2022-01'
    })
    expect(issues.map((i) => i.pathText)).toEqual(['programme.end', 'programme.end', 'timeline[5].end'])
    expect(issues.every((i) => i.code === 'range_reversed')).toBe(true)
  })

  it('wants a date or a range on a timeline item, not both and not neither', () => {
    expect(issuesAfter((doc) => delete list(doc, 'timeline')[0]!.date)[0]).toMatchObject({
      code: 'missing_date',
      pathText: 'timeline[0].date',
    })
    expect(issuesAfter((doc) => (list(doc, 'timeline')[0]!.start = '2022'))[0]).toMatchObject({
      code: 'date_and_range',
      pathText: 'timeline[0]',
    })
  })

  it('finds parent cycles, also through moves', () => {
    const direct = issuesAfter((doc) => {
      list(doc, 'units')[0]!.parent = 'ud'
    })
    expect(direct.map((i) => i.code)).toContain('parent_cycle')
    expect(direct.find((i) => i.code === 'parent_cycle')?.message.en).toMatch(
      /forms a cycle "(kth|ud)" → .* → "\1"/,
    )

    const moved = issuesAfter((doc) => {
      list(doc, 'units')[3]!.moves = [{ from: '2024-01-01', parent: 'it' }]
    })
    expect(moved.find((i) => i.code === 'parent_cycle')?.pathText).toMatch(
      /^units\[(3|4)\]\.moves\[0\]\.parent$/,
    )
  })

  it('allows one root at any date and finds a second one', () => {
    const issues = issuesAfter((doc) => {
      list(doc, 'units').push({
        id: 'other',
        kind: 'university',
        name: { sv: 'Annat' },
        validFrom: '2020',
        sources: ['s1'],
      })
    })
    expect(issues).toEqual([expect.objectContaining({ code: 'multiple_roots', pathText: 'units[6].parent' })])
    expect(issues[0]?.message.en).toContain('on 2020-01-01')
  })

  it('keeps a unit inside its parent’s validity, per parent after a move', () => {
    const issues = issuesAfter((doc) => {
      list(doc, 'units')[4]!.moves = []
    })
    expect(issues).toEqual([
      expect.objectContaining({ code: 'outside_parent_validity', pathText: 'units[4].parent' }),
    ])
    expect(issues[0]?.message.sv).toContain('"gvs" gäller 2019-01-01–2022-12-31')
  })

  it('never throws and always explains itself, whatever it is given', () => {
    const mutation = fc.record({
      path: fc.constantFrom('programme', 'units', 'timeline', 'bodies', 'principles', 'sources', 'notes'),
      index: fc.nat({ max: 5 }),
      key: fc.constantFrom(
        'id',
        'parent',
        'date',
        'start',
        'end',
        'name',
        'title',
        'sources',
        'kind',
        'order',
      ),
      value: fc.oneof(fc.string(), fc.integer(), fc.constant(null), fc.array(fc.string()), fc.object()),
    })
    fc.assert(
      fc.property(fc.array(mutation, { maxLength: 5 }), (mutations) => {
        const doc = structuredClone(sampleProgramme()) as unknown as Mutable
        for (const { path, index, key, value } of mutations) {
          const target = doc[path]
          const item = Array.isArray(target) ? target[index] : target
          if (item && typeof item === 'object') (item as Mutable)[key] = value
        }
        const result = validateProgramme(doc)
        for (const found of result.issues) {
          expect(ISSUE_CODES).toContain(found.code)
          expect(found.pathText).toBe(formatPath(found.path))
          expect(found.message.sv.length).toBeGreaterThan(0)
          expect(found.message.en.length).toBeGreaterThan(0)
        }
      }),
      { numRuns: 300 },
    )
  })
})

describe('messages stay short and right on pathological input', () => {
  it('names a few unknown keys, shortened, however many or long they are', () => {
    const doc = structuredClone(sampleProgramme()) as unknown as Mutable
    doc['x'.repeat(5_000_000)] = 1
    for (let i = 0; i < 10_000; i++) doc[`extra${i}`] = i
    const result = validateProgramme(doc)
    expect(result.issues).toHaveLength(1)
    expect(result.issues[0]?.code).toBe('unknown_field')
    expect(result.issues[0]!.message.en.length).toBeLessThan(400)
    expect(result.issues[0]!.message.en).toContain('"extra3" (+9996)')
  })

  it('keeps the path of a value nested too deep to print', () => {
    let deep: unknown = []
    for (let i = 0; i < 100_000; i++) deep = [deep]
    const doc = structuredClone(sampleProgramme()) as unknown as Mutable
    list(doc, 'units')[1]!.links = deep
    const result = validateProgramme(doc)
    expect(result.issues.map((i) => [i.pathText, i.code])).toEqual([['units[1].links[0]', 'invalid_type']])
  })

  it('names numbers JSON reads as Infinity or -0 as they are, and the bound they miss', () => {
    const order = (value: string) => {
      const text = JSON.stringify(sampleProgramme()).replace('"order":1', `"order":${value}`)
      return validateProgrammeJson(text).issues.map((found) => [found.pathText, found.code, found.message])
    }
    expect(order('1e400')).toEqual([
      [
        'principles[1].order',
        'number_out_of_range',
        {
          sv: 'är ett tal för långt från noll för att kunna återges (det läses som Infinity); förväntade ett tal',
          en: 'is a number too far from zero to represent (it reads as Infinity); expected a number',
        },
      ],
    ])
    expect(order('-1e400')[0]?.[2]).toMatchObject({ en: expect.stringContaining('(it reads as -Infinity)') })
    expect(order('-0')).toEqual([
      [
        'principles[1].order',
        'number_out_of_range',
        { sv: '-0 är för litet; förväntade minst 1', en: '-0 is too small; expected at least 1' },
      ],
    ])
    expect(order('0')[0]?.[2]).toMatchObject({ en: '0 is too small; expected at least 1' })
    const version = JSON.stringify(sampleProgramme()).replace('"schemaVersion":1', '"schemaVersion":1e400')
    expect(validateProgrammeJson(version).issues[0]?.message.en).toBe(
      'Infinity is not supported; expected schemaVersion 1',
    )
  })

  it('calls a missing kind missing, not invalid', () => {
    const issues = issuesAfter((doc) => delete list(doc, 'bodies')[0]!.kind)
    expect(issues).toEqual([expect.objectContaining({ pathText: 'bodies[0].kind', code: 'missing_field' })])
    expect(issues[0]?.message.sv).toContain('saknas; förväntade ett av "steering-group"')
  })
})

describe('limits', () => {
  it(`refuses JSON text longer than ${MAX_DOCUMENT_LENGTH.toLocaleString('en')} characters before reading it`, () => {
    const padded = JSON.stringify(sampleProgramme()).replace('{', `{${' '.repeat(MAX_DOCUMENT_LENGTH)}`)
    expect(validateProgrammeJson(padded).issues).toEqual([
      expect.objectContaining({
        code: 'document_too_large',
        pathText: '$',
        message: {
          sv: `är ${padded.length.toLocaleString('sv-SE')} tecken långt; förväntade högst 10\u00a0000\u00a0000 tecken`,
          en: `is ${padded.length.toLocaleString('en-GB')} characters long; expected at most 10,000,000 characters`,
        },
      }),
    ])
    const fits = JSON.stringify(sampleProgramme())
    expect(
      validateProgrammeJson(fits.replace('{', `{${' '.repeat(MAX_DOCUMENT_LENGTH - fits.length)}`)).ok,
    ).toBe(true)
  })

  it(`refuses a list of more than ${MAX_LIST_LENGTH.toLocaleString('en')} entries, wherever it is`, () => {
    const at = (count: number) => {
      const doc = structuredClone(sampleProgramme())
      doc.timeline![0]!.sources = Array.from({ length: count }, () => 's1')
      return validateProgramme(doc).issues
    }
    expect(at(MAX_LIST_LENGTH)).toEqual([])
    expect(at(MAX_LIST_LENGTH + 1)).toEqual([
      expect.objectContaining({
        code: 'too_many_items',
        pathText: 'timeline[0].sources',
        message: {
          sv: 'har 100\u00a0001 poster; förväntade högst 100\u00a0000',
          en: 'has 100,001 entries; expected at most 100,000',
        },
      }),
    ])
    const units = issuesAfter((doc) => {
      const unit = list(doc, 'units')[1]!
      list(doc, 'units').push(
        ...Array.from({ length: MAX_LIST_LENGTH }, (_, i) => ({ ...unit, id: `x${i}` })),
      )
    })
    expect(units.map((found) => [found.code, found.pathText])).toEqual([['too_many_items', 'units']])
  })
})

describe('validateProgrammeJson', () => {
  it('reads valid JSON', () => {
    expect(validateProgrammeJson(JSON.stringify(sampleProgramme())).ok).toBe(true)
  })

  it('explains empty text and broken JSON', () => {
    expect(validateProgrammeJson('  \n').issues[0]).toMatchObject({ code: 'empty_document', pathText: '$' })
    const broken = validateProgrammeJson('{"schemaVersion": 1,')
    expect(broken.issues[0]?.code).toBe('invalid_json')
    expect(broken.issues[0]?.message.sv).toMatch(/^är inte giltig JSON/)
  })

  it('points at a syntax error by line and column, quoting only a short, clean excerpt there', () => {
    const start = `{"schemaVersion": 1, "programme": {"name": {"sv": "Första raden \\u001b[2J ${'x'.repeat(200)}"}},`
    const text = `${start}\n${'  "a": 1,\n'.repeat(38)}  "b": [1, 2,, 3]\n}`
    const [found] = validateProgrammeJson(text).issues
    expect(found).toMatchObject({ code: 'invalid_json', pathText: '$' })
    expect(found?.message.sv).toBe(
      'är inte giltig JSON: oväntat tecken "," på rad 40, kolumn 14 (vid "… \\"b\\": [1, 2,, 3]"); ' +
        'förväntade ett värde (objekt, lista, text, tal, true, false eller null)',
    )
    expect(found?.message.en).toContain('unexpected character "," at line 40, column 14')
    expect(found?.message.en).not.toContain('Första')
    expect(found?.message.en.length).toBeLessThan(200)
  })

  it('survives a 5 MB string and deep nesting', () => {
    const huge = structuredClone(sampleProgramme()) as ProgrammeDocumentInput
    huge.programme.name = { sv: 'x'.repeat(5_000_000) }
    huge.programme.id = 'y'.repeat(300)
    const result = validateProgramme(huge)
    expect(result.issues.map((i) => i.pathText)).toEqual(['programme.id'])
    expect(result.issues[0]!.message.en.length).toBeLessThan(300)

    const deep = '{"schemaVersion":1,"programme":' + '['.repeat(50_000) + ']'.repeat(50_000) + '}'
    const nested = validateProgrammeJson(deep)
    expect(nested.ok).toBe(false)
  })
})
