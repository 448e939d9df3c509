import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import { validated } from './test-validated.js'
import { type TimelineViewOptions, timelineView } from './timeline.js'

const sample = validated()
const view = (options: Partial<TimelineViewOptions> = {}, document = sample) =>
  timelineView(document, { lang: 'sv', today: '2024-03-01', ...options })

describe('timelineView', () => {
  it('lists the items in date order with dates at their precision, kinds and statuses on the day', () => {
    const items = view().items
    expect(items.map((item) => [item.id, item.date.text, item.kindLabel, item.statusLabel])).toEqual([
      ['T1', '14 juni 2022', 'Beslut', 'Genomförd'],
      ['T4', 'hösten 2022', 'Fas', 'Genomförd'],
      ['T2', 'januari 2023', 'Milstolpe', 'Genomförd'],
      ['T3', 'kvartal 2 2023', 'Fas', 'Genomförd'],
      ['T5', '2024', 'Period', 'Pågår'],
      ['T6', 'juni 2024–mars 2025', 'Period', 'Kommande'],
    ])
    expect(items.map((item) => item.date.datetime)).toEqual([
      '2022-06-14',
      '2022',
      '2023-01',
      '2023',
      '2024',
      '2024-06',
    ])
  })

  it('shows a passed item whose outcome no source confirms as unconfirmed, not done, in both languages', () => {
    const input = sampleProgramme()
    for (const item of input.timeline ?? [])
      if (item.id === 'T4' || item.id === 'T6') item.outcomeUnconfirmed = true
    const document = validated(input)
    const status = (lang: 'sv' | 'en', today: string) =>
      Object.fromEntries(
        timelineView(document, { lang, today }).items.map((item) => [
          item.id,
          [item.status, item.statusLabel],
        ]),
      )
    const sv = status('sv', '2024-03-01')
    expect(sv['T4']).toEqual(['unconfirmed', 'Ingen källa bekräftar utfallet'])
    expect(sv['T3']).toEqual(['done', 'Genomförd'])
    // Still ahead: the flag changes nothing until the dates have passed.
    expect(sv['T6']).toEqual(['upcoming', 'Kommande'])
    const en = status('en', '2025-06-01')
    expect(en['T4']).toEqual(['unconfirmed', 'No source confirms the outcome'])
    expect(en['T6']).toEqual(['unconfirmed', 'No source confirms the outcome'])
    expect(en['T1']).toEqual(['done', 'Done'])
  })

  it('gives the notes about each item with it', () => {
    const input = sampleProgramme()
    input.notes!.push({
      id: 'n-t1',
      kind: 'correction',
      about: ['T1', 'd1'],
      text: { sv: 'Datumet rättades.', en: 'The date was corrected.' },
      sources: ['s1'],
    })
    const items = view({ lang: 'en' }, validated(input)).items
    expect(
      items.find((item) => item.id === 'T1')!.notes.map((note) => [note.id, note.label, note.text.text]),
    ).toEqual([['n-t1', 'Correction', 'The date was corrected.']])
    expect(items.filter((item) => item.notes.length > 0).map((item) => item.id)).toEqual(['T1'])
  })

  it('says when a date only tells when an item was published, and marks context events', () => {
    const items = view({ lang: 'en', attributes: { context: true } }).items
    expect(items.find((item) => item.id === 'T5')).toMatchObject({ published: 'date of publication' })
    expect(items.find((item) => item.id === 'T0')).toMatchObject({
      context: 'background',
      kindLabel: 'Milestone',
    })
    expect(items.filter((item) => item.published || item.context).map((item) => item.id)).toEqual([
      'T0',
      'T5',
    ])
  })

  it('names what an item relates to, in the other language where a name has no translation', () => {
    const first = view({ lang: 'en' }).items[0]!
    expect(first.related.map((related) => [related.label, related.names.map((name) => name.text)])).toEqual([
      ['Support areas', ['HR support']],
      ['Bodies', ['Steering group']],
      ['Decisions', ['The directive']],
      ['Units', ['IT Department']],
    ])
    expect(first.links).toEqual([
      {
        label: { text: 'The decision', lang: 'en', isFallback: false },
        href: 'https://www.kth.se/beslut',
        hreflang: undefined,
      },
    ])
    expect(first.sources.map((source) => [source.label.text, source.href, source.hreflang])).toEqual([
      ['Source one', 'https://intra.kth.se/a', 'sv'],
      ['https://www.kth.se/c', 'https://www.kth.se/c', undefined],
    ])
    expect(view({ lang: 'en' }).items[1]!.title).toEqual({
      text: 'Förberedelser',
      lang: 'sv',
      isFallback: true,
    })
  })

  it('tells the programme’s progress before, during and after it', () => {
    expect(view({ today: '2022-01-01' }).state).toEqual({ text: 'Programmet börjar mars 2022', fraction: 0 })
    expect(view({ today: '2024-06-01' }).state.text).toBe(
      'Programmet pågår, 49 % av tiden har gått (slutar 30 september 2026)',
    )
    expect(view({ today: '2027-01-01', lang: 'en' }).state).toEqual({
      text: 'The programme ended on 30 September 2026',
      fraction: 1,
    })
  })

  it('groups by year and puts today after the items that have started by then', () => {
    const { years, today } = view()
    expect(years.map((year) => [year.year, year.items.map((item) => item.id), year.todayAt])).toEqual([
      [2022, ['T1', 'T4'], undefined],
      [2023, ['T2', 'T3'], undefined],
      [2024, ['T5', 'T6'], 1],
    ])
    expect(today).toEqual({ label: 'I dag:', date: { text: '1 mars 2024', datetime: '2024-03-01' } })
    const later = view({ attributes: { 'as-of': '2025-06-01' } }).years
    expect(later.map((year) => [year.year, year.items.length, year.todayAt])).toEqual([
      [2022, 2, undefined],
      [2023, 2, undefined],
      [2024, 2, undefined],
      [2025, 0, 0],
    ])
  })

  it('gives the tab stop to the item moved to, else the one nearest the day', () => {
    // On 2024-03-01 only T5 is under way.
    expect(view().tabStop).toBe('T5')
    expect(
      view()
        .items.filter((item) => item.tabStop)
        .map((item) => item.id),
    ).toEqual(['T5'])
    // Before anything is under way the next item to come takes it, after everything the last.
    expect(view({ today: '2022-01-01' }).tabStop).toBe('T1')
    expect(view({ today: '2026-01-01' }).tabStop).toBe('T6')
    expect(view({ activeId: 'T2' }).tabStop).toBe('T2')
    expect(view({ activeId: 'T2', attributes: { 'filter-kind': 'period' } }).tabStop).toBe('T5')
  })

  it('keeps what the attributes and the unit from a sync group keep, and counts it', () => {
    const filtered = view({
      attributes: { 'filter-kind': 'phase period', 'filter-area': 'hr', from: '2022-07-01' },
    })
    expect(filtered.items.map((item) => item.id)).toEqual(['T4'])
    expect(filtered.count).toBe('Visar 1 av 7 händelser')
    const onUnit = view({ unit: 'it', lang: 'en' })
    expect(onUnit.items.map((item) => item.id)).toEqual(['T1'])
    expect(onUnit.unitFilter).toEqual({ text: 'IT Department', lang: 'en', isFallback: false })
    expect(view({ attributes: { 'filter-kind': 'nothing' } })).toMatchObject({
      items: [],
      empty: 'Inga händelser matchar urvalet.',
    })
    expect(view({}, validated({ ...sampleProgramme(), timeline: [] })).empty).toBe(
      'Inga händelser finns i uppgifterna.',
    )
  })

  it('names an attribute that holds no day and shows the timeline as it stands on the day', () => {
    const shown = view({ lang: 'en', attributes: { 'as-of': '2024-02-30', to: 'soon' } })
    expect(shown.day).toBe('2024-03-01')
    expect(shown.problems).toEqual([
      'as-of: "2024-02-30" is not a valid date; expected YYYY-MM-DD. The timeline is shown as it stands today.',
      'to: "soon" is not a valid date; expected YYYY-MM-DD. The timeline is shown without that limit.',
    ])
  })

  it('offers the kinds and areas as choices, ticked as the attributes say', () => {
    const { controls } = view({
      lang: 'en',
      attributes: { 'filter-kind': 'phase', 'filter-area': 'it-area' },
    })
    expect(controls.kinds.map((kind) => [kind.value, kind.label.text, kind.checked])).toEqual([
      ['decision', 'Decision', false],
      ['milestone', 'Milestone', false],
      ['phase', 'Phase', true],
      ['period', 'Period', false],
    ])
    expect(controls.areas.map((area) => [area.value, area.label.text, area.checked])).toEqual([
      ['it-area', 'IT support', true],
      ['hr', 'HR support', false],
    ])
    expect(controls.context).toBe(false)
  })

  it('announces the selected item', () => {
    expect(view({ selectedId: 'T2' }).announcement).toBe('Vald: Start')
    expect(view({ selectedId: 'T2', attributes: { 'filter-kind': 'phase' } }).announcement).toBe('')
  })

  it('lays the axis out in lanes over whole years, with today between the items', () => {
    expect(view().axis).toBeUndefined()
    const axis = view({ zoom: 'year' }).axis!
    expect(axis.years).toBe(5)
    expect(axis.ticks.map((tick) => tick.label)).toEqual(['2022', '2023', '2024', '2025', '2026'])
    expect(axis.ticks[0]!.x).toBe('0.000')
    expect(axis.bars).toHaveLength(6)
    // T5 (all of 2024) and T6 (from June 2024) overlap, so they take different lanes.
    expect(axis.bars[4]!.row).not.toBe(axis.bars[5]!.row)
    expect(axis.lanes).toBeGreaterThanOrEqual(2)
    expect(Number(axis.bars[4]!.x)).toBeCloseTo(40, 0)
    expect(Number(axis.bars[4]!.width)).toBeCloseTo(20, 0)
    expect(axis.todayAt).toBe(5)
    expect(axis.today).toEqual({ x: expect.any(String), alignEnd: false })
    const quarters = view({ zoom: 'quarter', lang: 'en' }).axis!
    expect(quarters.ticks.slice(0, 2).map((tick) => tick.label)).toEqual(['Q1 2022', 'Q2 2022'])
    expect(quarters.yearRem).toBe(36)
  })

  it('spreads one-day items over lanes by the room their text takes, more so when zoomed out', () => {
    const crowded = validated({
      ...sampleProgramme(),
      timeline: ['2023-01-15', '2023-06-15', '2023-11-15'].map((date, i) => ({
        id: `x${i}`,
        kind: 'decision' as const,
        date,
        title: { sv: `Beslut ${i}` },
        sources: ['s1'],
      })),
    })
    expect(view({ zoom: 'year' }, crowded).axis!.lanes).toBe(2)
    expect(view({ zoom: 'quarter' }, crowded).axis!.lanes).toBe(1)
  })
})
