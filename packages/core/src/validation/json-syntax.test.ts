import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { excerptAround, findJsonSyntaxError } from './json-syntax.js'

const parses = (text: string) => {
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}

describe('findJsonSyntaxError', () => {
  it('finds an error exactly when JSON.parse refuses the text', () => {
    // Valid JSON, then the same with a character deleted, inserted or replaced somewhere.
    const edited = fc
      .tuple(
        fc.json(),
        fc.nat(),
        fc.constantFrom('delete', 'insert', 'replace'),
        fc.constantFrom(...'{}[],:"\\ \n\t-+.0123456789eEtrufalsn\u0000\u001fx'),
      )
      .map(([text, at, edit, char]) => {
        const i = at % (text.length + 1)
        if (edit === 'delete') return text.slice(0, i) + text.slice(i + 1)
        if (edit === 'insert') return text.slice(0, i) + char + text.slice(i)
        return text.slice(0, i) + char + text.slice(i + 1)
      })
    fc.assert(
      fc.property(fc.oneof(fc.json(), edited, fc.string()), (text) => {
        expect(findJsonSyntaxError(text) === undefined).toBe(parses(text))
      }),
      { numRuns: 3000 },
    )
  })

  it('gives the line and the column in characters', () => {
    expect(findJsonSyntaxError('{\n  "a": 1,\n  "b": tru\n}')).toMatchObject({ line: 3, column: 11 })
    expect(findJsonSyntaxError('{\r\n"a":\r\n}')).toMatchObject({ line: 3, column: 1 })
    expect(findJsonSyntaxError('["🙂🙂", x]')).toMatchObject({ offset: 9, line: 1, column: 8 })
    expect(findJsonSyntaxError('{"schemaVersion": 1,')).toMatchObject({
      column: 21,
      problem: { kind: 'end', expected: 'name' },
    })
  })

  it('says what was expected there', () => {
    const expected = (text: string) => {
      const problem = findJsonSyntaxError(text)?.problem
      return problem && 'expected' in problem ? problem.expected : problem?.kind
    }
    expect(expected('{"a" 1}')).toBe('colon')
    expect(expected('{"a":1 "b":2}')).toBe('comma-or-brace')
    expect(expected('[1 2]')).toBe('comma-or-bracket')
    expect(expected('{a:1}')).toBe('name-or-end')
    expect(expected('[1,]')).toBe('value')
    expect(expected('{}}')).toBe('end-of-text')
    expect(expected('["a\u0001"]')).toBe('control')
    expect(expected('["\\x"]')).toBe('escape')
    expect(expected('[01]')).toBe('number')
  })

  it('survives nesting far deeper than the stack', () => {
    expect(findJsonSyntaxError('['.repeat(200_000))).toMatchObject({
      offset: 200_000,
      problem: { kind: 'end' },
    })
    expect(findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeUndefined()
  })
})

describe('excerptAround', () => {
  it('keeps to a few characters of the line, cleaned', () => {
    expect(excerptAround('{"a": 1, "b": }', 14)).toBe('…a": 1, "b": }')
    expect(excerptAround(`first line\n${'x'.repeat(100)}\u001b[2J\u202e${'y'.repeat(100)}`, 111, 5)).toBe(
      '…xxxxx\uFFFD[2J\uFFFD…',
    )
    expect(excerptAround('🙂🙂🙂🙂', 4, 1)).toBe('…🙂🙂…')
  })
})
