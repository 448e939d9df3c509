import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isoDayString } from '../dates/test-arbitraries.js'
import { attributeWords, timelineFilter, viewDay } from './attributes.js'

const TODAY = '2024-06-01'

describe('viewDay', () => {
  it('shows as-of, else the older name now, else today', () => {
    expect(viewDay({ 'as-of': '2023-01-01' }, TODAY)).toEqual({
      day: '2023-01-01',
      compareFrom: undefined,
      problems: [],
    })
    expect(viewDay({ now: '2022-12-31' }, TODAY).day).toBe('2022-12-31')
    expect(viewDay({ 'as-of': '2023-01-01', now: '2022-12-31' }, TODAY).day).toBe('2023-01-01')
    expect(viewDay({}, TODAY).day).toBe(TODAY)
    expect(viewDay({ 'as-of': '  ' }, TODAY)).toEqual({ day: TODAY, compareFrom: undefined, problems: [] })
  })

  it('shows the later day of a comparison, and compares only when both days are given', () => {
    expect(
      viewDay({ 'compare-from': '2022-12-31', 'compare-to': '2023-01-01', 'as-of': '2020-01-01' }, TODAY),
    ).toEqual({
      day: '2023-01-01',
      compareFrom: '2022-12-31',
      problems: [],
    })
    expect(viewDay({ 'compare-to': '2023-01-01' }, TODAY)).toMatchObject({
      day: TODAY,
      compareFrom: undefined,
    })
    expect(viewDay({ 'compare-from': '2022-12-31', 'as-of': '2020-01-01' }, TODAY)).toMatchObject({
      day: '2020-01-01',
      compareFrom: undefined,
    })
  })

  it('names every attribute that holds no day and falls back to today without a comparison', () => {
    expect(viewDay({ 'as-of': '2023-02-30' }, TODAY)).toEqual({
      day: TODAY,
      compareFrom: undefined,
      problems: [{ attribute: 'as-of', value: '2023-02-30' }],
    })
    expect(viewDay({ now: 'soon' }, TODAY).problems).toEqual([{ attribute: 'now', value: 'soon' }])
    expect(viewDay({ 'compare-from': 'x', 'compare-to': 'y' }, TODAY)).toEqual({
      day: TODAY,
      compareFrom: undefined,
      problems: [
        { attribute: 'compare-to', value: 'y' },
        { attribute: 'compare-from', value: 'x' },
      ],
    })
    expect(viewDay({ 'compare-from': '2022-12-31', 'compare-to': '2023-13-01' }, TODAY)).toMatchObject({
      day: TODAY,
      compareFrom: undefined,
    })
  })

  it('always gives a valid day, and one of the attributes or today', () => {
    const value = fc.oneof(isoDayString(), fc.string(), fc.constant(undefined))
    fc.assert(
      fc.property(value, value, value, value, isoDayString(), (asOf, now, from, to, today) => {
        const shown = viewDay({ 'as-of': asOf, now, 'compare-from': from, 'compare-to': to }, today)
        expect([asOf, now, to, today].map((v) => v?.trim())).toContain(shown.day)
        if (shown.compareFrom !== undefined) expect(shown.compareFrom).toBe(from?.trim())
        expect(shown.problems.every((problem) => problem.value.trim() !== '')).toBe(true)
      }),
    )
  })
})

describe('timelineFilter', () => {
  it('reads kinds and areas as words, days as ends and context as a flag', () => {
    expect(
      timelineFilter({
        'filter-kind': ' decision  milestone ',
        'filter-area': 'hr',
        from: '2023-01-01',
        to: '2024-12-31',
        context: true,
      }),
    ).toEqual({
      filter: {
        kinds: ['decision', 'milestone'],
        areas: ['hr'],
        units: undefined,
        from: '2023-01-01',
        to: '2024-12-31',
        includeContext: true,
      },
      problems: [],
    })
  })

  it('keeps everything with no attributes, and only a unit when one is given', () => {
    expect(timelineFilter({}).filter).toEqual({
      kinds: [],
      areas: [],
      units: undefined,
      from: undefined,
      to: undefined,
      includeContext: false,
    })
    expect(timelineFilter({}, 'it').filter.units).toEqual(['it'])
  })

  it('leaves an end open when it is not a day, and says so', () => {
    expect(timelineFilter({ from: '2023-1-1', to: '2024-06-31' })).toMatchObject({
      filter: { from: undefined, to: undefined },
      problems: [
        { attribute: 'from', value: '2023-1-1' },
        { attribute: 'to', value: '2024-06-31' },
      ],
    })
  })
})

describe('attributeWords', () => {
  it('splits at any white space and drops empty words', () => {
    expect(attributeWords(' a\tb\n c ')).toEqual(['a', 'b', 'c'])
    expect(attributeWords('')).toEqual([])
    expect(attributeWords(undefined)).toEqual([])
  })
})
