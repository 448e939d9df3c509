import { validateProgrammeJson } from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { lineOfPath, lineOfSyntaxError, lineRange, pathKey, scanJson } from './json-lines.js'

const text = `{
  "schemaVersion": 1,
  "programme": {
    "id": "p",
    "name": { "sv": "P" },
    "sources": []
  },
  "timeline": [
    {
      "id": "a",
      "date": "2022-13"
    },
    { "id": "b" }
  ]
}`

describe('scanJson and lineOfPath', () => {
  it('finds the line of properties and array elements', () => {
    const scan = scanJson(text)
    expect(scan.errorLine).toBeUndefined()
    expect(lineOfPath(scan, ['schemaVersion'])).toEqual({ line: 2, exact: true })
    expect(lineOfPath(scan, ['programme', 'name', 'sv'])).toEqual({ line: 5, exact: true })
    expect(lineOfPath(scan, ['timeline', 0])).toEqual({ line: 9, exact: true })
    expect(lineOfPath(scan, ['timeline', 0, 'date'])).toEqual({ line: 11, exact: true })
    expect(lineOfPath(scan, ['timeline', 1, 'id'])).toEqual({ line: 13, exact: true })
  })

  it('gives the nearest enclosing line for a missing field, and nothing for the whole document', () => {
    const scan = scanJson(text)
    expect(lineOfPath(scan, ['programme', 'start'])).toEqual({ line: 3, exact: false })
    expect(lineOfPath(scan, ['timeline', 1, 'kind'])).toEqual({ line: 13, exact: false })
    expect(lineOfPath(scan, ['sources'])).toEqual({ line: 1, exact: false })
    expect(lineOfPath(scan, [])).toBeUndefined()
  })

  it('points every issue of a real validation at a line', () => {
    const result = validateProgrammeJson(text)
    expect(result.ok).toBe(false)
    const scan = scanJson(text)
    for (const found of result.ok ? [] : result.issues) {
      expect(lineOfPath(scan, found.path), found.pathText).toBeDefined()
    }
  })

  it('reads names with escapes, and takes the last of a repeated name, as JSON.parse does', () => {
    const scan = scanJson('{\n"a\\"b": 1,\n"c": 1,\n"c": 2\n}')
    expect(scan.lines.get(pathKey(['a"b']))).toBe(2)
    expect(scan.lines.get(pathKey(['c']))).toBe(4)
  })
})

describe('lineOfSyntaxError', () => {
  it.each([
    ['{\n  "a": 1,\n  "b" 2\n}', 3],
    ['{\n  "a": 1,\n}', 3],
    ['[1,\n2,\ntru]', 3],
    ['{\n"a": "line\nbreak"}', 2],
    ['{"a": 1}\n\nx', 3],
    ['{\n  "a": 01\n}', 2],
    ['{\n  "a": "\\x"\n}', 2],
    ['{\n  "a": [1, 2\n', 3],
  ])('finds the line of the error in %j', (bad, line) => {
    expect(() => JSON.parse(bad)).toThrow()
    expect(lineOfSyntaxError(bad, scanJson(bad))).toBe(line)
  })

  it("falls back on the parser's message when the scan found no error", () => {
    const scan = { lines: new Map<string, number>() }
    expect(lineOfSyntaxError('a\nb\nc', scan, 'Unexpected token in JSON at position 4')).toBe(3)
    expect(lineOfSyntaxError('a\nb\nc', scan, "Expected ',' (line 2 column 1)")).toBe(2)
    expect(lineOfSyntaxError('a\nb\nc', scan, 'Unexpected end')).toBeUndefined()
  })

  it('accepts what JSON.parse accepts', () => {
    for (const good of ['1', '"x"', 'null', ' [ ] ', '{"a":[{"b":-1.5e3},true,false,null,"\\u00e5"]}']) {
      expect(scanJson(good).errorLine, good).toBeUndefined()
    }
  })
})

describe('lineRange', () => {
  it('gives the offsets of a line without its line break', () => {
    expect(lineRange('ab\ncd\nef', 2)).toEqual([3, 5])
    expect(lineRange('ab\ncd\nef', 3)).toEqual([6, 8])
    expect(lineRange('ab', 5)).toEqual([2, 2])
  })
})
