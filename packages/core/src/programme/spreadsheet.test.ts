import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { comparePartialDates, formatIso } from '../dates/index.js'
import { partialDate } from '../dates/test-arbitraries.js'
import { TIMELINE_KINDS, type TimelineKind } from '../timeline/entries.js'
import { validateProgramme } from '../validation/index.js'
import {
  type RowsResult,
  TIMELINE_KIND_NAMES,
  splitPastedRows,
  timelineFromRows,
  timelineKindFromText,
} from './spreadsheet.js'

const rows = (...lines: string[][]) => lines.map((cells) => cells.join('\t')).join('\n')

/** Wraps the result in the smallest document the schema accepts, to prove the items are valid items. */
function wrap(result: RowsResult) {
  return {
    schemaVersion: 1,
    programme: { id: 'p', name: { sv: 'P' }, start: '1000', end: '2999', sources: [] },
    sources: result.sources,
    timeline: result.items,
  }
}

describe('timelineFromRows', () => {
  it('reads a Swedish header row and rows with one date each', () => {
    const result = timelineFromRows(
      rows(
        ['Datum', 'Typ', 'Titel sv', 'Titel en', 'Källa'],
        ['2022-06-14', 'beslut', 'Beslut om VS', 'Decision on VS', 'https://intra.kth.se/a'],
        ['2023-Q1', 'Fas', 'Handlingsplan', 'Action plan', ''],
      ),
    )
    expect(result.issues).toEqual([])
    expect(result.header).toBe(true)
    expect(result.items).toEqual([
      {
        id: '2022-06-14-beslut-om-vs',
        kind: 'decision',
        date: '2022-06-14',
        title: { sv: 'Beslut om VS', en: 'Decision on VS' },
        sources: ['source-1'],
      },
      {
        id: '2023-q1-handlingsplan',
        kind: 'phase',
        date: '2023-Q1',
        title: { sv: 'Handlingsplan', en: 'Action plan' },
        sources: [],
      },
    ])
    expect(result.sources).toEqual([{ id: 'source-1', url: 'https://intra.kth.se/a' }])
    expect(validateProgramme(wrap(result)).ok).toBe(true)
  })

  it('reads an English header with the columns in another order', () => {
    const result = timelineFromRows(
      rows(
        ['Title (en)', 'Kind', 'Start', 'End', 'Title (sv)', 'Source URL'],
        ['Analysis', 'phase', '2022-spring', '2022-autumn', 'Analys', 'https://www.kth.se/x'],
      ),
    )
    expect(result.issues).toEqual([])
    expect(result.items[0]).toMatchObject({
      kind: 'phase',
      start: '2022-spring',
      end: '2022-autumn',
      title: { sv: 'Analys', en: 'Analysis' },
    })
  })

  it('reads rows without a header: a date, a kind and the titles', () => {
    const result = timelineFromRows(rows(['2022-06', 'milestone', 'Start', 'Kick-off']))
    expect(result.header).toBe(false)
    expect(result.issues).toEqual([])
    expect(result.items).toEqual([
      {
        id: '2022-06-start',
        kind: 'milestone',
        date: '2022-06',
        title: { sv: 'Start', en: 'Kick-off' },
        sources: [],
      },
    ])
  })

  it('tells a start and end from one date by where the kind stands', () => {
    const result = timelineFromRows(
      rows(
        ['2022-01', '2022-06', 'period', 'Förstudie', 'Pre-study', 'https://www.kth.se/p'],
        ['2022-09-01', '', 'milstolpe', 'Beslut', '', ''],
      ),
    )
    expect(result.issues).toEqual([])
    expect(result.items.map(({ date, start, end }) => ({ date, start, end }))).toEqual([
      { date: undefined, start: '2022-01', end: '2022-06' },
      // A start alone covers the same days as a date, so it is written as one.
      { date: '2022-09-01', start: undefined, end: undefined },
    ])
    expect(result.items[1]?.title).toEqual({ sv: 'Beslut' })
  })

  it('reads a first row of data as data, even when its titles look like column names', () => {
    const result = timelineFromRows(rows(['2022', 'fas', 'Start', 'End']))
    expect(result.header).toBe(false)
    expect(result.items).toMatchObject([{ date: '2022', title: { sv: 'Start', en: 'End' } }])
  })

  it('accepts a title in one language only', () => {
    const result = timelineFromRows(rows(['2024', 'decision', '', 'Only English']))
    expect(result.issues).toEqual([])
    expect(result.items[0]?.title).toEqual({ en: 'Only English' })
  })

  it('reports each bad cell with its row, column and a message in both languages, and skips that row', () => {
    const result = timelineFromRows(
      rows(
        ['datum', 'typ', 'titel sv', 'titel en', 'källa'],
        ['14/6/2022', 'beslut', 'A', 'A', ''],
        ['2022-06-14', 'möte', 'B', 'B', ''],
        ['2022-06-15', 'beslut', '', '', ''],
        ['2022-06-16', 'beslut', 'C', 'C', 'www.kth.se'],
        ['', 'beslut', 'D', 'D', ''],
        ['2022-06-17', 'beslut', 'E', 'E', 'https://www.kth.se/e'],
      ),
    )
    expect(result.items.map((item) => item.title.sv)).toEqual(['E'])
    expect(
      result.issues.map(({ row, column, columnNumber, code, pathText }) => ({
        row,
        column,
        columnNumber,
        code,
        pathText,
      })),
    ).toEqual([
      { row: 2, column: 'date', columnNumber: 1, code: 'invalid_partial_date', pathText: 'rows[2].date' },
      { row: 3, column: 'kind', columnNumber: 2, code: 'invalid_value', pathText: 'rows[3].kind' },
      {
        row: 4,
        column: 'titleSv',
        columnNumber: 3,
        code: 'missing_translation',
        pathText: 'rows[4].titleSv',
      },
      { row: 5, column: 'source', columnNumber: 5, code: 'invalid_http_url', pathText: 'rows[5].source' },
      { row: 6, column: 'date', columnNumber: 1, code: 'missing_date', pathText: 'rows[6].date' },
    ])
    expect(result.issues[1]?.location).toEqual({ sv: 'rad 3, kolumn 2 (typ)', en: 'row 3, column 2 (kind)' })
    expect(result.issues[1]?.message.sv).toContain('"möte" är ingen känd typ')
    expect(result.issues[1]?.message.en).toContain('"möte" is not a known kind')
    expect(result.issues[0]?.message.en).toContain('YYYY-MM-DD')
  })

  it('reports an end before the start, a date beside a range, and an end without a start', () => {
    const result = timelineFromRows(
      rows(
        ['date', 'start', 'end', 'kind', 'title sv'],
        ['', '2022-06', '2022-01', 'phase', 'A'],
        ['2022-03', '2022-01', '2022-06', 'phase', 'B'],
        ['', '', '2022-06', 'phase', 'C'],
      ),
    )
    expect(result.items).toEqual([])
    expect(result.issues.map((found) => [found.row, found.code, found.column])).toEqual([
      [2, 'range_reversed', 'end'],
      [3, 'date_and_range', undefined],
      [4, 'missing_field', 'date'],
    ])
    expect(result.issues[1]?.location).toEqual({ sv: 'rad 3', en: 'row 3' })
  })

  it('reports unknown and missing header columns', () => {
    const unknown = timelineFromRows(
      rows(['Datum', 'Typ', 'Titel sv', 'Anteckning'], ['2022', 'fas', 'A', 'x']),
    )
    expect(unknown.issues.map((found) => found.code)).toEqual(['unknown_field'])
    expect(unknown.issues[0]?.message.sv).toContain('"Anteckning"')
    const missing = timelineFromRows(rows(['Datum', 'Titel sv'], ['2022', 'A']))
    expect(missing.items).toEqual([])
    expect(missing.issues).toHaveLength(1)
    expect(missing.issues[0]).toMatchObject({ row: 1, code: 'missing_field' })
    expect(missing.issues[0]?.message.en).toContain('kind')
  })

  it('reports cells past the last known column', () => {
    const result = timelineFromRows(rows(['2022', 'fas', 'A', 'A', 'https://www.kth.se/', 'extra']))
    expect(result.issues).toMatchObject([{ row: 1, code: 'unknown_field' }])
    expect(result.items).toEqual([])
  })

  it('reports an empty paste and a header with nothing under it', () => {
    expect(timelineFromRows(' \n\t\n').issues).toMatchObject([{ code: 'empty_document', row: 1 }])
    expect(timelineFromRows('datum\ttyp\ttitel sv').issues).toMatchObject([{ code: 'empty_document' }])
  })

  it('skips blank lines, reads Windows line ends and counts rows by line', () => {
    const result = timelineFromRows('\r\n2022\tfas\tA\t\r\n\r\n2023\tfas\tB\t\r\n2024\tmöte\tC\t')
    expect(result.items.map((item) => item.title.sv)).toEqual(['A', 'B'])
    expect(result.issues).toMatchObject([{ row: 5, column: 'kind' }])
  })

  it('gives every item a unique id, even for equal titles on equal dates', () => {
    const result = timelineFromRows(
      rows(['2022', 'fas', 'Å ö!', ''], ['2022', 'fas', 'Å ö!', ''], ['2022', 'fas', '?', '']),
    )
    expect(result.items.map((item) => item.id)).toEqual(['2022-a-o', '2022-a-o-2', '2022'])
  })

  it('shares one source between rows with the same URL', () => {
    const url = 'https://www.kth.se/s'
    const result = timelineFromRows(rows(['2022', 'fas', 'A', '', url], ['2023', 'fas', 'B', '', url]))
    expect(result.sources).toEqual([{ id: 'source-1', url }])
    expect(result.items.map((item) => item.sources)).toEqual([['source-1'], ['source-1']])
  })
})

describe('splitPastedRows', () => {
  it('reads quoted cells with tabs, line breaks and doubled quotes, as spreadsheets copy them', () => {
    const text = '2022\tfas\t"Rad ett\nrad två"\t"Say ""hi""\tthere"\n2023\tfas\tB\t'
    expect(splitPastedRows(text)).toEqual([
      { line: 1, cells: ['2022', 'fas', 'Rad ett\nrad två', 'Say "hi"\tthere'] },
      { line: 3, cells: ['2023', 'fas', 'B', ''] },
    ])
  })

  it('keeps a quote that does not close a cell as text', () => {
    expect(splitPastedRows('"A" and B\tx')).toEqual([{ line: 1, cells: ['"A" and B', 'x'] }])
    expect(splitPastedRows('"open')).toEqual([{ line: 1, cells: ['"open'] }])
  })
})

describe('timelineKindFromText', () => {
  it('reads kinds in either language and any case', () => {
    expect(timelineKindFromText(' Milstolpe ')).toBe('milestone')
    expect(timelineKindFromText('DECISION')).toBe('decision')
    expect(timelineKindFromText('fas')).toBe('phase')
    expect(timelineKindFromText('meeting')).toBeUndefined()
  })
})

// Round trip: rows written from generated items read back as the same items.
interface GeneratedRow {
  date?: string
  start?: string
  end?: string
  kind: TimelineKind
  kindText: string
  titleSv?: string
  titleEn?: string
  source?: string
}

// Titles as spreadsheets hold them: any text, trimmed and not empty, tabs, quotes and line breaks included.
const title = fc
  .string({
    unit: fc.oneof(
      fc.constantFrom('\t', '\n', '"', 'å', ' '),
      fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
    ),
    minLength: 1,
    maxLength: 30,
  })
  .map((text) => text.trim())
  .filter((text) => text !== '')

const url = fc
  .tuple(fc.constantFrom('https://www.kth.se/', 'https://intra.kth.se/', 'http://example.org/'), fc.nat(5))
  .map(([base, n]) => `${base}page-${n}`)

const generatedRow: fc.Arbitrary<GeneratedRow> = fc
  .record(
    {
      dates: fc.oneof(
        partialDate({ min: 2000, max: 2030 }).map((date) => ({ date: formatIso(date) })),
        fc
          .tuple(partialDate({ min: 2000, max: 2030 }), partialDate({ min: 2000, max: 2030 }))
          .filter(([a, b]) => comparePartialDates(a, b) !== 0)
          // Written in order, so the end never comes before the start.
          .map(([a, b]) =>
            comparePartialDates(a, b) < 0
              ? { start: formatIso(a), end: formatIso(b) }
              : { start: formatIso(b), end: formatIso(a) },
          ),
      ),
      kind: fc.constantFrom(...TIMELINE_KINDS),
      sv: fc.boolean(),
      titles: fc.tuple(title, title),
      english: fc.boolean(),
      source: fc.option(url, { nil: undefined }),
    },
    { requiredKeys: ['dates', 'kind', 'sv', 'titles', 'english'] },
  )
  .map(({ dates, kind, sv, titles, english, source }) => ({
    ...dates,
    kind,
    kindText: english ? kind.toUpperCase() : TIMELINE_KIND_NAMES[kind].sv,
    // At least one title, as a row needs.
    ...(sv || english ? { titleSv: titles[0] } : {}),
    ...(english || !sv ? { titleEn: titles[1] } : {}),
    ...(source === undefined ? {} : { source }),
  }))

function cell(text: string | undefined): string {
  const value = text ?? ''
  return /[\t\n\r"]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value
}

function writeRows(generated: readonly GeneratedRow[], header: boolean): string {
  const columns = ['date', 'start', 'end', 'kind', 'titleSv', 'titleEn', 'source'] as const
  const lines = generated.map((row) =>
    columns.map((column) => cell(column === 'kind' ? row.kindText : row[column])).join('\t'),
  )
  return [...(header ? ['Datum\tStart\tSlut\tTyp\tTitel sv\tTitel en\tKälla'] : []), ...lines].join('\n')
}

describe('timelineFromRows, on generated rows', () => {
  it('reads back every written row as the item it was written from, and the items are valid', () => {
    fc.assert(
      fc.property(fc.array(generatedRow, { minLength: 1, maxLength: 12 }), (generated) => {
        const result = timelineFromRows(writeRows(generated, true))
        expect(result.issues).toEqual([])
        expect(result.items).toHaveLength(generated.length)
        result.items.forEach((item, i) => {
          const row = generated[i]!
          expect(item.kind).toBe(row.kind)
          expect(item.date).toBe(row.date)
          expect(item.start).toBe(row.start)
          expect(item.end).toBe(row.end)
          expect(item.title).toEqual({
            ...(row.titleSv === undefined ? {} : { sv: row.titleSv }),
            ...(row.titleEn === undefined ? {} : { en: row.titleEn }),
          })
          const sourceUrl = result.sources.find((source) => item.sources.includes(source.id))?.url
          expect(sourceUrl).toBe(row.source)
        })
        expect(new Set(result.items.map((item) => item.id)).size).toBe(result.items.length)
        expect(validateProgramme(wrap(result))).toMatchObject({ ok: true })
      }),
    )
  })

  it('reads the same items without a header, in the positional layout of one date', () => {
    fc.assert(
      fc.property(
        fc.array(
          generatedRow.map((row) => ({
            ...row,
            start: undefined,
            end: undefined,
            date: row.date ?? row.start,
          })),
          { minLength: 1, maxLength: 8 },
        ),
        (generated) => {
          const text = generated
            .map((row) => [row.date, row.kindText, row.titleSv, row.titleEn, row.source].map(cell).join('\t'))
            .join('\n')
          const result = timelineFromRows(text)
          expect(result.issues).toEqual([])
          expect(result.items.map((item) => [item.date, item.kind])).toEqual(
            generated.map((row) => [row.date, row.kind]),
          )
        },
      ),
    )
  })

  it('never throws, and reports every problem with a location in both languages', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.oneof(
            fc.constantFrom('\t', '\n', '"', '2022', 'fas'),
            fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 1 }),
          ),
        }),
        (text) => {
          const result = timelineFromRows(text)
          for (const found of result.issues) {
            expect(found.row).toBeGreaterThanOrEqual(1)
            expect(found.location.sv).toMatch(/^rad \d+/)
            expect(found.location.en).toMatch(/^row \d+/)
            expect(found.message.sv).not.toBe('')
            expect(found.message.en).not.toBe('')
          }
        },
      ),
    )
  })
})
