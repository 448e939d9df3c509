import { describe, expect, it } from 'vitest'
import { ELEMENT_ATTRIBUTES } from 'virtual:kth-vs/element-attributes'
import {
  COMMON_OPTIONS,
  WIDGETS,
  WIDGET_NAMES,
  WIDGET_OPTIONS,
  attributesFor,
  optionProblem,
  optionProblems,
  optionSpec,
  optionsFor,
  unionValues,
} from './options.js'

// What the builder offers of each element, as the elements declare their attributes.
const WIDGET_ATTRIBUTES = {
  'org-chart': [
    'as-of',
    'compare-from',
    'compare-to',
    'layout',
    'root',
    'expand-depth',
    'search',
    'heading-level',
  ],
  timeline: [
    'view',
    'zoom',
    'as-of',
    'filter-kind',
    'filter-area',
    'from',
    'to',
    'context',
    'controls',
    'heading-level',
  ],
  'principle-cards': ['heading-level'],
  'support-areas': ['view', 'heading-level'],
  governance: ['heading-level'],
  programme: ['heading-level', 'as-of'],
}

describe('the option table', () => {
  it('has the six widgets, each under its vs- tag', () => {
    expect(WIDGET_NAMES).toEqual([
      'org-chart',
      'timeline',
      'principle-cards',
      'support-areas',
      'governance',
      'programme',
    ])
    for (const name of WIDGET_NAMES) expect(WIDGETS[name].tag).toBe(`vs-${name}`)
  })

  it('offers every element of the manifest, so a new widget cannot be left out of the builder', () => {
    expect(WIDGET_NAMES.map((name) => WIDGETS[name].tag).sort()).toEqual(
      Object.keys(ELEMENT_ATTRIBUTES).sort(),
    )
  })

  it("lists each widget's attributes, and sync for all", () => {
    for (const name of WIDGET_NAMES) {
      expect(WIDGET_OPTIONS[name].map((spec) => spec.attribute)).toEqual(WIDGET_ATTRIBUTES[name])
      expect(optionsFor(name).map((spec) => spec.attribute)).toContain('sync')
    }
    expect(COMMON_OPTIONS.map((spec) => spec.attribute)).toEqual(['sync'])
  })

  it('offers every attribute of the manifest but the data source, the timeout, the selection and old names', () => {
    for (const name of WIDGET_NAMES) {
      const declared = (ELEMENT_ATTRIBUTES[WIDGETS[name].tag] ?? [])
        .filter((attribute) => !['src', 'timeout', 'selected'].includes(attribute.name))
        .filter((attribute) => attribute.deprecated === undefined)
        .map((attribute) => attribute.name)
      expect(optionsFor(name).map((spec) => spec.attribute)).toEqual(declared)
    }
    // The timeline's older name for as-of is not offered.
    expect(
      ELEMENT_ATTRIBUTES['vs-timeline']?.find((attribute) => attribute.name === 'now')?.deprecated,
    ).toBeTruthy()
  })

  it('asks for each attribute as its type says, with the values and default the element has', () => {
    const spec = (widget: (typeof WIDGET_NAMES)[number], attribute: string) =>
      optionsFor(widget).find((option) => option.attribute === attribute)!
    expect(spec('timeline', 'view')).toMatchObject({ kind: 'select', default: 'auto' })
    expect(spec('timeline', 'view').values?.map((choice) => choice.value)).toEqual(['auto', 'list', 'axis'])
    expect(spec('timeline', 'as-of').kind).toBe('date')
    expect(spec('timeline', 'filter-kind')).toMatchObject({ kind: 'select', multiple: true })
    expect(spec('org-chart', 'expand-depth')).toMatchObject({ kind: 'number', default: '2', min: 0, max: 10 })
    expect(spec('org-chart', 'search').kind).toBe('checkbox')
    expect(spec('org-chart', 'root')).toMatchObject({ kind: 'text', pattern: 'id', suggest: 'units' })
    expect(spec('governance', 'heading-level')).toMatchObject({ kind: 'select', default: '3' })
  })

  it('has labels and help in both languages, lower-case attribute names and consistent choices', () => {
    for (const name of WIDGET_NAMES) {
      for (const spec of optionsFor(name)) {
        expect(spec.attribute).toMatch(/^[a-z][a-z-]*$/)
        for (const text of [spec.label, spec.help, WIDGETS[name].label, WIDGETS[name].description]) {
          expect(text.sv.trim()).not.toBe('')
          expect(text.en.trim()).not.toBe('')
        }
        if (spec.kind === 'select') {
          expect(spec.values?.length).toBeGreaterThan(0)
          for (const choice of spec.values ?? []) expect(choice.label.sv && choice.label.en).toBeTruthy()
          if (spec.default !== undefined)
            expect(spec.values?.map((choice) => choice.value)).toContain(spec.default)
        } else {
          expect(spec.values).toBeUndefined()
          expect(spec.multiple).toBeUndefined()
        }
      }
    }
  })
})

describe('optionProblem', () => {
  const spec = (widget: (typeof WIDGET_NAMES)[number], attribute: string) =>
    optionsFor(widget).find((option) => option.attribute === attribute)!

  it('accepts empty values and good ones', () => {
    expect(optionProblem(spec('org-chart', 'as-of'), '')).toBeUndefined()
    expect(optionProblem(spec('org-chart', 'as-of'), '2023-01-01')).toBeUndefined()
    expect(optionProblem(spec('org-chart', 'expand-depth'), '0')).toBeUndefined()
    expect(optionProblem(spec('org-chart', 'root'), 'vs')).toBeUndefined()
    expect(optionProblem(spec('timeline', 'filter-kind'), 'decision phase')).toBeUndefined()
    expect(optionProblem(spec('timeline', 'filter-area'), 'hr  it')).toBeUndefined()
    expect(optionProblem(spec('org-chart', 'search'), true)).toBeUndefined()
  })

  it('explains bad dates, numbers, choices and ids in both languages', () => {
    expect(optionProblem(spec('org-chart', 'as-of'), '2023-02-30')?.sv).toContain('ÅÅÅÅ-MM-DD')
    expect(optionProblem(spec('org-chart', 'expand-depth'), '11')?.en).toContain('0 to 10')
    expect(optionProblem(spec('org-chart', 'expand-depth'), '1.5')).toBeDefined()
    expect(optionProblem(spec('org-chart', 'layout'), 'grid')?.en).toContain('grid')
    expect(optionProblem(spec('timeline', 'filter-kind'), 'decision meeting')?.sv).toContain('meeting')
    expect(optionProblem(spec('org-chart', 'root'), 'två ord')?.en).toContain('id')
    expect(optionProblem(spec('org-chart', 'sync'), '<b>')).toBeDefined()
  })
})

describe('optionProblems', () => {
  it('asks for both compare dates, in order', () => {
    expect(optionProblems('org-chart', { 'compare-from': '2022-01-01' })).toMatchObject([
      { attribute: 'compare-to' },
    ])
    expect(optionProblems('org-chart', { 'compare-to': '2022-01-01' })).toMatchObject([
      { attribute: 'compare-from' },
    ])
    expect(
      optionProblems('org-chart', { 'compare-from': '2023-01-01', 'compare-to': '2022-01-01' }),
    ).toMatchObject([{ attribute: 'compare-to' }])
    expect(optionProblems('org-chart', { 'compare-from': '2022-01-01', 'compare-to': '2023-01-01' })).toEqual(
      [],
    )
  })

  it("checks the timeline's from and to", () => {
    expect(optionProblems('timeline', { from: '2024-01-01', to: '2023-01-01' })).toMatchObject([
      { attribute: 'to' },
    ])
    expect(optionProblems('timeline', { from: '2023-01-01', to: '2023-01-01' })).toEqual([])
  })
})

describe('attributesFor', () => {
  it('keeps the table order and leaves out empty values, defaults and unticked boxes', () => {
    expect(
      attributesFor('org-chart', {
        search: true,
        layout: 'auto',
        'as-of': '2023-01-01',
        root: ' ',
        'expand-depth': '3',
        'heading-level': '3',
        sync: 'vs',
      }),
    ).toEqual([
      ['as-of', '2023-01-01'],
      ['expand-depth', '3'],
      ['search', ''],
      ['sync', 'vs'],
    ])
    expect(attributesFor('timeline', { context: false, controls: true, view: 'axis' })).toEqual([
      ['view', 'axis'],
      ['controls', ''],
    ])
  })

  it('ignores values for attributes the widget does not have', () => {
    expect(attributesFor('governance', { layout: 'list', 'heading-level': '2' })).toEqual([
      ['heading-level', '2'],
    ])
  })

  it('joins several choices with single spaces', () => {
    expect(attributesFor('timeline', { 'filter-kind': ' decision   phase ' })).toEqual([
      ['filter-kind', 'decision phase'],
    ])
  })
})

describe('reading types', () => {
  it('takes the values of a union of string literals, and nothing else', () => {
    expect(unionValues("'auto' | 'list' | 'axis'")).toEqual(['auto', 'list', 'axis'])
    expect(unionValues("'a' | undefined")).toEqual(['a'])
    expect(unionValues('string | undefined')).toBeUndefined()
    expect(unionValues('TimelineView')).toBeUndefined()
    expect(unionValues('number')).toBeUndefined()
  })

  it('makes a date of an IsoDay and a text of any other string', () => {
    const wording = { label: { sv: 'a', en: 'a' }, help: { sv: 'b', en: 'b' } }
    expect(optionSpec({ name: 'x', type: 'IsoDay | undefined' }, wording).kind).toBe('date')
    expect(optionSpec({ name: 'x', type: 'string | undefined' }, wording).kind).toBe('text')
    expect(optionSpec({ name: 'x', type: 'boolean', default: 'false' }, wording)).toEqual({
      attribute: 'x',
      kind: 'checkbox',
      ...wording,
    })
  })
})
