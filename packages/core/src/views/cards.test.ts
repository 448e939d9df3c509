import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import { validated } from './test-validated.js'
import { principlesView } from './principles.js'
import { supportAreasView } from './support-areas.js'

const sample = validated()

describe('principlesView', () => {
  it('gives the principles in order with their title, summary and what "Read more" shows', () => {
    const { cards, empty } = principlesView(sample, { lang: 'en' })
    expect(empty).toBeUndefined()
    expect(cards.map((card) => [card.order, card.title.text, card.summary.text])).toEqual([
      [1, 'Benefit', 'Support should be of use.'],
      [2, 'Closeness', 'Support should be close at hand.'],
    ])
    expect(cards[0]!.more).toEqual({
      details: { text: 'More about the benefit.', lang: 'en', isFallback: false },
      variants: [{ text: 'operational benefit', lang: 'en', isFallback: false }],
    })
    expect(cards[1]!.more).toBeUndefined()
  })

  it('lists the sources, counted, in the language of the view or the other one', () => {
    const card = principlesView(sample, { lang: 'sv' }).cards[1]!
    expect(card.sourcesLabel).toBe('Källor (2)')
    expect(card.sources.map((source) => [source.label, source.hreflang])).toEqual([
      [{ text: 'Källa ett', lang: 'sv', isFallback: false }, undefined],
      [{ text: 'Source two', lang: 'en', isFallback: true }, 'en'],
    ])
  })

  it('puts a note about one principle on its card and a note about several apart', () => {
    const view = principlesView(sample, { lang: 'sv', selected: 'pr2' })
    expect(view.cards.map((card) => card.notes.map((note) => note.id))).toEqual([[], ['n-one']])
    expect(view.notes).toEqual([
      {
        id: 'n-all',
        label: 'Källorna skiljer sig',
        text: { text: 'Antalet principer skiljer sig.', lang: 'sv', isFallback: false },
      },
    ])
    expect(view.cards.map((card) => card.selected)).toEqual([false, true])
  })

  it('says so when there are no principles', () => {
    const view = principlesView(validated({ ...sampleProgramme(), principles: [], notes: [] }), {
      lang: 'en',
    })
    expect(view).toMatchObject({ cards: [], notes: [], empty: 'The data holds no principles.' })
  })
})

describe('supportAreasView', () => {
  it('gives the areas in order with their facts, and says what the sources do not state', () => {
    const { areas, columns } = supportAreasView(sample, { lang: 'sv' })
    expect(columns).toEqual(['Nuläge', 'Nyläge', 'Prioriteringar', 'Enheter'])
    expect(areas.map((area) => area.title.text)).toEqual(['IT-stöd', 'HR-stöd'])
    const [it, hr] = areas
    expect(it).toMatchObject({
      current: { text: { text: 'Ej angivet i källorna' }, missing: true },
      priorities: { items: [], missing: { text: 'Ej angivet i källorna' } },
      summary: undefined,
    })
    expect(hr!.current).toEqual({
      text: { text: 'Spritt över skolorna.', lang: 'sv', isFallback: false },
      missing: false,
    })
    expect(hr!.priorities.items.map((item) => item.text)).toEqual(['Rekrytering', 'Arbetsmiljö'])
    expect(hr!.units).toEqual({
      items: [{ text: 'Personalavdelningen', lang: 'sv', isFallback: false }],
      missing: undefined,
    })
  })

  it('lists the sources of each area, counted, in cards and in the table alike', () => {
    for (const layout of ['cards', 'table'] as const) {
      const { areas } = supportAreasView(sample, { lang: 'sv', layout })
      expect(
        areas.map((area) => [area.id, area.sources.map((source) => source.label.text), area.sourcesLabel]),
      ).toEqual(
        [...sample.supportAreas]
          .sort((a, b) => a.order - b.order)
          .map((area) => [area.id, area.sources.map(() => 'Källa ett'), `Källor (${area.sources.length})`]),
      )
    }
  })

  it('leaves out other names that repeat the title or each other, ignoring case', () => {
    const input = sampleProgramme()
    input.supportAreas![0]!.variants!.push({ name: { sv: 'PERSONALSTÖD' }, sources: ['s1'] })
    const hr = supportAreasView(validated(input), { lang: 'sv' }).areas[1]!
    expect(hr.otherNames.map((name) => name.text)).toEqual(['personalstöd'])
  })

  it('puts notes on the cards, and in the table below it naming their area', () => {
    const cards = supportAreasView(sample, { lang: 'en' })
    expect(cards.areas[1]!.notes.map((note) => note.id)).toEqual(['n-area'])
    expect(cards.notes).toEqual([])
    const table = supportAreasView(sample, { lang: 'en', layout: 'table' })
    expect(table.layout).toBe('table')
    expect(table.areas[1]!.notes).toEqual([])
    expect(table.notes.map((note) => [note.id, note.about.text])).toEqual([['n-area', 'HR support']])
  })

  it('says so when there are no areas', () => {
    const view = supportAreasView(
      validated({ ...sampleProgramme(), supportAreas: [], notes: [], timeline: [] }),
      { lang: 'sv' },
    )
    expect(view.empty).toBe('Inga stödområden finns i uppgifterna.')
  })
})
