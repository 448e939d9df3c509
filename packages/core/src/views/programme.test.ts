import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import type { Phrase } from './parts.js'
import { type ProgrammeViewOptions, programmeView } from './programme.js'
import { validated } from './test-validated.js'

const sample = validated()
const view = (options: Partial<ProgrammeViewOptions> = {}, document = sample) =>
  programmeView(document, { lang: 'sv', today: '2024-03-01', ...options })
const words = (phrase: Phrase) => phrase.map((part) => (typeof part === 'string' ? part : part.text)).join('')

describe('programmeView', () => {
  it('says in words whether the programme has started, is running or has ended, with its period', () => {
    expect(view({ today: '2022-01-01' })).toMatchObject({
      status: 'upcoming',
      period: 'Inte påbörjat: programmet är planerat till mars 2022 – 30 september 2026.',
    })
    expect(view().period).toBe('Pågår: programmet löper mars 2022 – 30 september 2026.')
    expect(view({ lang: 'en', today: '2026-12-02' })).toMatchObject({
      status: 'done',
      period: 'Ended 30 September 2026: the programme ran March 2022 – 30 September 2026.',
    })
    expect(view({ attributes: { 'as-of': '2026-10-01' } }).status).toBe('done')
  })

  it('gives the name, purpose, who decided and who led it, in the past once it has ended', () => {
    const running = view()
    expect(running.name.text).toBe('Programmet')
    expect(running.purpose?.text).toBe('Ett gemensamt stöd.')
    expect(running.facts.map((fact) => [fact.label, words(fact.value)])).toEqual([
      ['Beslutat av:', 'rektor, Anna Rektor'],
      ['Leds av:', 'universitetsdirektören'],
      ['Ny organisation från:', '1 januari 2023'],
    ])
    expect(view({ today: '2026-12-02' }).facts[1]!.label).toBe('Leddes av:')
    expect(running.links.map((link) => [link.label.text, link.href])).toEqual([
      ['Programsidan', 'https://intra.kth.se/p'],
    ])
    expect(running.sources.map((source) => source.href)).toEqual(['https://intra.kth.se/a'])
  })

  it('lists the directive’s points in order, with their sources once and the notes about them', () => {
    const { directive, notes } = view({ lang: 'en' })
    expect(directive.heading).toBe('The programme directive')
    expect(directive.items.map((point) => [point.order, point.text.text, point.text.lang])).toEqual([
      [1, 'Fem nya avdelningar skulle bildas.', 'sv'],
      [2, 'The work was to last until 2026.', 'en'],
    ])
    expect(directive.sources.map((source) => source.href)).toEqual([
      'https://intra.kth.se/a',
      'https://www.kth.se/c',
    ])
    // The note about the programme and a directive point is shown once, with the programme.
    expect(notes.map((note) => [note.id, note.label])).toEqual([['n-end', 'The sources differ']])
    expect(directive.notes).toEqual([])
  })

  it('gives each decision with its date, case number, who decided and its summary', () => {
    const [decision] = view({ lang: 'en' }).decisions.items
    expect(decision).toMatchObject({
      id: 'd1',
      title: { text: 'The directive' },
      date: { text: '14 June 2022', datetime: '2022-06-14' },
      published: undefined,
      summary: { text: 'The President issued the directive.' },
    })
    expect(decision!.facts.map((fact) => [fact.label, words(fact.value)])).toEqual([
      ['Decided by:', 'President'],
      ['Case number:', 'V-2022-0218'],
    ])
    const input = sampleProgramme()
    input.decisions![0]!.dateMeans = 'published'
    expect(view({}, validated(input)).decisions.items[0]!.published).toBe('publiceringsdatum')
  })

  it('puts a note about one decision on it and a note about several after the decisions', () => {
    const input = sampleProgramme()
    input.decisions!.unshift({ ...input.decisions![0]!, id: 'd2', date: '2023-05', caseNumber: undefined })
    input.notes!.push(
      { id: 'n-d1', kind: 'context', about: ['d1', 'T1'], text: { sv: 'Om d1.' }, sources: ['s1'] },
      { id: 'n-both', kind: 'context', about: ['d1', 'd2'], text: { sv: 'Om båda.' }, sources: ['s1'] },
    )
    const { decisions } = view({}, validated(input))
    expect(decisions.items.map((decision) => [decision.id, decision.notes.map((note) => note.id)])).toEqual([
      ['d1', ['n-d1']],
      ['d2', []],
    ])
    // In date order, whatever the order in the data.
    expect(decisions.items[1]!.facts.map((fact) => fact.label)).toEqual(['Beslutat av:'])
    expect(decisions.notes.map((note) => note.id)).toEqual(['n-both'])
  })

  it('shows the sub-projects with their facts and phases in order, an unconfirmed passed phase as such', () => {
    const [project] = view({ today: '2026-12-02' }).subProjects.items
    expect(project!.name.text).toBe('Lokaloptimering')
    expect(project!.summary?.text).toBe('Lokalerna sågs över.')
    expect(project!.facts.map((fact) => [fact.label, words(fact.value)])).toEqual([
      ['Beslut:', 'Direktivet'],
      ['Projektledare:', 'projektledare, Per Projekt'],
      ['Tid:', 'oktober 2023–september 2025'],
    ])
    expect(
      project!.phases.map((phase) => [phase.order, phase.name.text, phase.date.text, phase.statusLabel]),
    ).toEqual([
      [1, 'Förstudie', 'oktober 2023–mars 2024', 'Genomförd'],
      [2, 'Bygge', 'april 2024–september 2025', 'Ingen källa bekräftar utfallet'],
    ])
    expect(words(project!.phases[1]!.activities!)).toBe('Aktiviteter: Ritningar, Flytt')
    expect(project!.phases[0]!.activities).toBeUndefined()
    expect(project!.details.map((detail) => detail.text)).toEqual(['Tre avdelningar gjorde förstudien.'])
    expect(project!.sources.map((source) => source.href)).toEqual([
      'https://intra.kth.se/a',
      'https://www.kth.se/b',
    ])
    expect(project!.notes.map((note) => note.id)).toEqual(['n-phase'])
    // While the phase runs it is under way, whatever its outcome.
    expect(view({ lang: 'en', today: '2024-06-01' }).subProjects.items[0]!.phases[1]!.statusLabel).toBe(
      'Ongoing',
    )
  })

  it('names the bodies one line each with their chair', () => {
    const { bodies } = view({ lang: 'en' })
    expect(bodies.items.map((body) => words(body.line))).toEqual(
      sample.bodies.map((body) =>
        body.chair
          ? `${body.name.en ?? body.name.sv} (chair: ${body.chair.role.en ?? body.chair.role.sv}${body.chair.person ? `, ${body.chair.person}` : ''})`
          : (body.name.en ?? body.name.sv),
      ),
    )
  })

  it('gives the page the programme is published on, titled in the reader’s language, linking to it', () => {
    const [page] = view({ lang: 'en' }).pages.items
    expect(page!.title).toEqual({
      label: { text: '“Programsidan” (the Swedish page)', lang: 'en', isFallback: false },
      href: 'https://intra.kth.se/a',
      hreflang: 'sv',
    })
    expect(page!.facts.map((fact) => [fact.label, words(fact.value)])).toEqual([
      ['Content owner:', 'Anna Redaktör'],
      ['Belongs to:', 'KTH Intranet'],
      ['Last changed:', '12 January 2023'],
    ])
  })

  it('names an as-of that holds no day and shows the programme as it stands today', () => {
    const shown = view({ lang: 'en', attributes: { 'as-of': '2024-02-30' } })
    expect(shown.day).toBe('2024-03-01')
    expect(shown.problems).toEqual([
      'as-of: "2024-02-30" is not a valid date; expected YYYY-MM-DD. The programme is shown as it stands today.',
    ])
  })

  it('shows each note once however many of its items it concerns', () => {
    const shown = view()
    const ids = [
      ...shown.notes,
      ...shown.directive.notes,
      ...shown.decisions.items.flatMap((decision) => decision.notes),
      ...shown.decisions.notes,
      ...shown.subProjects.items.flatMap((project) => project.notes),
    ].map((note) => note.id)
    expect(new Set(ids).size).toBe(ids.length)
  })
})
