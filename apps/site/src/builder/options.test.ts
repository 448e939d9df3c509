import { describe, expect, it } from 'vitest'
import {
  COMMON_OPTIONS,
  WIDGETS,
  WIDGET_NAMES,
  WIDGET_OPTIONS,
  attributesFor,
  optionProblem,
  optionProblems,
  optionsFor,
} from './options.js'

// The attributes each widget reads, as its element declares them (see packages/widgets/src/*/…ts).
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
    'filter-kind',
    'filter-area',
    'from',
    'to',
    'now',
    'context',
    'controls',
    'heading-level',
  ],
  'principle-cards': ['heading-level'],
  'support-areas': ['view', 'heading-level'],
  governance: ['heading-level'],
}

describe('the option table', () => {
  it('has the five widgets, each under its vs- tag', () => {
    expect(WIDGET_NAMES).toEqual(['org-chart', 'timeline', 'principle-cards', 'support-areas', 'governance'])
    for (const name of WIDGET_NAMES) expect(WIDGETS[name].tag).toBe(`vs-${name}`)
  })

  it("lists each widget's attributes, and sync for all", () => {
    for (const name of WIDGET_NAMES) {
      expect(WIDGET_OPTIONS[name].map((spec) => spec.attribute)).toEqual(WIDGET_ATTRIBUTES[name])
      expect(optionsFor(name).map((spec) => spec.attribute)).toContain('sync')
    }
    expect(COMMON_OPTIONS.map((spec) => spec.attribute)).toEqual(['sync'])
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
