import { validateProgramme } from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { EXAMPLE_DOCUMENT, analyseJson, analyseRows } from './data.js'

const example = JSON.stringify(EXAMPLE_DOCUMENT, null, 2)

describe('analyseJson', () => {
  it('accepts the example a new document starts from', () => {
    expect(validateProgramme(EXAMPLE_DOCUMENT).ok).toBe(true)
    const state = analyseJson(example)
    expect(state.issues).toEqual([])
    expect(state.document?.programme.id).toBe('exempel')
    expect(state.value).toEqual(EXAMPLE_DOCUMENT)
  })

  it('points a bad value at the line of its property', () => {
    const text = example.replace('"2025-01-15"', '"2025-13-15"')
    const state = analyseJson(text)
    expect(state.issues).toHaveLength(1)
    const [found] = state.issues
    expect(found?.where).toEqual({ sv: 'timeline[0].date', en: 'timeline[0].date' })
    expect(found?.whereIsPath).toBe(true)
    expect(found?.message.sv).toContain('inget giltigt datum')
    const line = text.split('\n').findIndex((row) => row.includes('2025-13-15')) + 1
    expect(found?.line).toEqual({ line, exact: true })
    expect(found?.target).toBe('json')
    // Parseable but invalid data still goes to the preview, which shows the widget's own error.
    expect(state.value).toBeDefined()
  })

  it('points an unknown field at its own line', () => {
    const text = example.replace('"id": "exempel",', '"id": "exempel",\n    "colour": "blue",')
    const state = analyseJson(text)
    const line = text.split('\n').findIndex((row) => row.includes('"colour"')) + 1
    expect(state.issues).toMatchObject([{ where: { en: 'programme' }, line: { line, exact: true } }])
  })

  it('points a missing field at the object that lacks it', () => {
    const text = example.replace('"start": "2025-01",', '')
    const state = analyseJson(text)
    expect(state.issues).toMatchObject([
      { where: { en: 'programme.start' }, line: { line: 3, exact: false } },
    ])
  })

  it('points a syntax error at its line and names the document', () => {
    const text = example.replace('"schemaVersion": 1,', '"schemaVersion": 1')
    const state = analyseJson(text)
    expect(state.value).toBeUndefined()
    expect(state.issues).toMatchObject([
      { where: { sv: 'Dokumentet', en: 'The document' }, line: { line: 3, exact: true }, target: 'json' },
    ])
    expect(state.issues[0]?.whereIsPath).toBeUndefined()
  })
})

describe('analyseRows', () => {
  const rows =
    'Datum\tTyp\tTitel sv\tTitel en\n2024-03\tbeslut\tBeslut\tDecision\n2024-Q3\tfas\tGenomförande\tImplementation'
  const fields = { nameSv: 'Mitt program', nameEn: '', sourceUrl: 'https://intra.kth.se/mitt' }

  it('makes a valid document from good rows and fields', () => {
    const state = analyseRows(rows, fields)
    expect(state.issues).toEqual([])
    expect(state.items).toBe(2)
    expect(state.header).toBe(true)
    expect(state.document?.timeline).toHaveLength(2)
    expect(validateProgramme(state.value).ok).toBe(true)
  })

  it('lists row problems with their row as the line, and field problems with their field', () => {
    const state = analyseRows(`${rows}\n2024-99\tfas\tX\tX`, { nameSv: '', nameEn: '', sourceUrl: '' })
    expect(state.issues.map((found) => [found.target, found.line?.line])).toEqual([
      ['rows', 4],
      ['name', undefined],
      ['source-url', undefined],
    ])
    expect(state.issues[0]?.where).toEqual({ sv: 'rad 4, kolumn 1 (datum)', en: 'row 4, column 1 (date)' })
    expect(state.document).toBeUndefined()
    // The preview still gets a document with the good rows and stand-ins.
    expect(validateProgramme(state.value).ok).toBe(true)
  })
})
