import { sampleProgramme, unitChain } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import { validated } from './test-validated.js'
import { MAX_ORG_DEPTH } from '../validation/limits.js'
import { type OrgChartViewOptions, type Phrase, orgChartView } from './index.js'

const sample = validated()
const view = (options: Partial<OrgChartViewOptions> = {}, document = sample) =>
  orgChartView(document, { lang: 'sv', today: '2024-06-01', ...options })
const read = (phrase: Phrase) => phrase.map((part) => (typeof part === 'string' ? part : part.text)).join('')
const outline = (rows: ReturnType<typeof view>['rows']) =>
  rows.map(
    (row) => `${'  '.repeat(row.level - 1)}${row.id}${row.expanded ? ' -' : row.hasChildren ? ' +' : ''}`,
  )

describe('orgChartView', () => {
  it('shows the organisation on the day, two levels open, with the places a tree view needs', () => {
    const content = view({ attributes: { 'as-of': '2022-12-31' } })
    expect(content.caption).toBe('Organisationen den 31 december 2022')
    expect(outline(content.rows)).toEqual(['kth -', '  ud -', '    gvs +', '    hr-dept'])
    expect(content.rows.map((row) => [row.position, row.setSize])).toEqual([
      [1, 1],
      [1, 1],
      [1, 2],
      [2, 2],
    ])
    expect(content.tabStop).toBe('kth')
    expect(outline(view({ attributes: { 'as-of': '2023-01-01' } }).rows)).toEqual([
      'kth -',
      '  ud -',
      '    vs +',
      '    hr-dept',
    ])
  })

  it('opens every unit when asked, and only the given ones otherwise', () => {
    expect(outline(view({ expanded: 'all' }).rows)).toEqual([
      'kth -',
      '  ud -',
      '    vs -',
      '      it',
      '    hr-dept',
    ])
    expect(outline(view({ expanded: new Set(['kth']) }).rows)).toEqual(['kth -', '  ud +'])
    expect(outline(view({ expandDepth: 0 }).rows)).toEqual(['kth +'])
    // The way to the selected unit is open too.
    expect(outline(view({ expandDepth: 0, selectedId: 'it' }).rows)).toEqual([
      'kth -',
      '  ud -',
      '    vs -',
      '      it',
      '    hr-dept',
    ])
  })

  it('marks what changed since compare-from, with a legend and the removed units', () => {
    const content = view({
      lang: 'en',
      attributes: { 'compare-from': '2022-12-31', 'compare-to': '2023-01-01' },
      expanded: 'all',
    })
    expect(content.caption).toBe('Changes from 31 December 2022 to 1 January 2023')
    const changes = Object.fromEntries(content.rows.map((row) => [row.id, row.changes.map((c) => c.label)]))
    expect(changes).toMatchObject({ vs: ['new'], it: ['moved (formerly under GVS)'], kth: [] })
    expect(content.legend?.changes.map((entry) => `${entry.badge}: ${entry.text}`)).toEqual([
      'new: did not exist on 31 December 2022',
      'moved: has another parent unit than on 31 December 2022',
      'renamed: had another name on 31 December 2022',
      'removed: no longer exists on 1 January 2023',
    ])
    expect(content.removed).toEqual({
      title: 'Removed units',
      units: [
        {
          id: 'gvs',
          name: { text: 'GVS', lang: 'sv', isFallback: true },
          formerly: 'formerly under University Director',
        },
      ],
    })
  })

  it('marks the units that relate to others, and explains the marker', () => {
    const content = view({ lang: 'en', expanded: 'all' })
    expect(content.rows.filter((row) => row.hasRelations).map((row) => row.id)).toEqual(['kth', 'ud', 'it'])
    expect(content.legend).toEqual({
      title: 'Key',
      changes: [],
      relations: 'has links to other units or bodies, see details',
    })
  })

  it('gives the selected unit’s details', () => {
    const input = sampleProgramme()
    Object.assign(input.units![4]!, {
      head: { role: { sv: 'IT-chef', en: 'Head of IT' }, person: 'Ada Lovelace' },
      description: { sv: 'Sköter IT.' },
      links: [{ label: { sv: 'Webb' }, url: 'https://www.kth.se/it' }],
    })
    const document = validated(input)
    // A link validation would refuse, as from a document that was never validated.
    document.units[4]!.links!.push({ label: { sv: 'Skript' }, url: 'javascript:alert(1)' })
    const details = view({ lang: 'en', selectedId: 'it' }, document).details!
    expect(details.name.text).toBe('IT Department')
    expect(details.description).toEqual({ text: 'Sköter IT.', lang: 'sv', isFallback: true })
    expect(read(details.head!)).toBe('Head of IT: Ada Lovelace')
    expect(details.validity).toBe('from 1 January 2019')
    expect(details.relations.map((relation) => read(relation.phrase))).toEqual(['serves KTH'])
    expect(details.relations[0]!.description).toBeUndefined()
    expect(details.notes).toEqual([])
    expect(details.links.map((link) => link.href)).toEqual(['https://www.kth.se/it'])
    expect(details.sourcesLabel).toBe('Sources (1)')
    expect(view({ selectedId: 'hr-dept' }).details?.validity).toBe('hela perioden')
    expect(view({ selectedId: 'gvs' }).details).toBeUndefined()
  })

  it('gives the notes about the selected unit and what the data says about each relation', () => {
    const input = sampleProgramme()
    input.relations!.find((relation) => relation.from === 'it')!.description = {
      sv: 'IT-avdelningen stöder hela KTH.',
      en: 'The IT Department supports all of KTH.',
    }
    input.notes!.push({
      id: 'n-it',
      kind: 'unknown',
      about: ['it', 'hr'],
      text: { sv: 'Namnet är osäkert.', en: 'The name is uncertain.' },
      sources: ['s1'],
    })
    const details = view({ lang: 'en', selectedId: 'it' }, validated(input)).details!
    expect(details.relations.map((relation) => [read(relation.phrase), relation.description?.text])).toEqual([
      ['serves KTH', 'The IT Department supports all of KTH.'],
    ])
    expect(details.notes.map((note) => [note.id, note.label, note.text.text])).toEqual([
      ['n-it', 'Unknown in the sources', 'The name is uncertain.'],
    ])
  })

  it('shows only the matches of a search and the way to them, and counts them', () => {
    const content = view({ query: 'avdel', lang: 'en', expandDepth: 0 })
    expect(outline(content.rows)).toEqual(['kth -', '  ud -', '    vs -', '      it', '    hr-dept'])
    expect(content.hits).toBe('2 matches')
    expect(view({ query: 'zzz' })).toMatchObject({
      rows: [],
      hits: 'Inga träffar',
      empty: expect.any(String),
    })
    expect(view().hits).toBeUndefined()
  })

  it('says what changed last for a screen reader: the day, or the details shown', () => {
    expect(view().announcement).toBe('')
    expect(view({ announce: 'day', attributes: { 'as-of': '2023-01-01' } }).announcement).toBe(
      'Organisationen den 1 januari 2023',
    )
    expect(view({ announce: 'details', selectedId: 'it', lang: 'en' }).announcement).toBe(
      'IT Department: its details are shown below the tree.',
    )
    // Nothing to say of a unit that is not there on the day.
    expect(view({ announce: 'details', selectedId: 'gvs' }).announcement).toBe('')
  })

  it('lets the reader close a unit a search opened', () => {
    // The matches open the way to them; units the reader gives are shown as given.
    const closed = view({ query: 'avdel', lang: 'en', expanded: new Set(['kth', 'ud']) })
    expect(outline(closed.rows)).toEqual(['kth -', '  ud -', '    vs +', '    hr-dept'])
    expect(closed.rows.find((row) => row.id === 'vs')?.hasChildren).toBe(true)
  })

  it('shows one branch with root, and says so when the unit does not exist on the day', () => {
    expect(outline(view({ root: 'ud' }).rows)).toEqual(['ud -', '  vs -', '    it', '  hr-dept'])
    expect(view({ root: 'gvs' })).toMatchObject({ rows: [], empty: 'Enheten "gvs" finns inte den dagen.' })
  })

  it('keeps the tab stop on the unit moved to while it is shown', () => {
    expect(view({ focusedId: 'hr-dept' }).tabStop).toBe('hr-dept')
    expect(view({ focusedId: 'it' }).tabStop).toBe('kth')
  })

  it('names an attribute that holds no day and shows today’s organisation', () => {
    const content = view({ attributes: { 'as-of': '2023-02-30' } })
    expect(content.day).toBe('2024-06-01')
    expect(content.problems).toEqual([
      'as-of: "2023-02-30" är inget giltigt datum; förväntat ÅÅÅÅ-MM-DD. Dagens organisation visas.',
    ])
    expect(view({ attributes: { 'compare-from': 'igår', 'compare-to': '2023-01-01' } }).problems).toEqual([
      'compare-from: "igår" är inget giltigt datum; förväntat ÅÅÅÅ-MM-DD. Dagens organisation visas.',
    ])
  })

  it('lays out a chain as deep as validation allows, all open', () => {
    const content = view({ expanded: 'all' }, validated(unitChain(MAX_ORG_DEPTH)))
    expect(content.rows).toHaveLength(MAX_ORG_DEPTH)
    expect(content.rows.at(-1)!.level).toBe(MAX_ORG_DEPTH)
  })
})
