import type * as z from 'zod/mini'
import { parsePartialDate, partialDateExpectation, toDayInterval } from '../dates/index.js'
import { isHttpUrl } from '../links/safe-url.js'
import type { TimelineItemSchema } from '../schema/programme.js'
import type { LocalizedText } from '../text/localized-text.js'
import { TIMELINE_KINDS, type TimelineKind } from '../timeline/entries.js'
import { type IssueCode, type ValidationIssue, issue, quoteValue } from '../validation/issue.js'

/** A timeline item as written in a programme document, before defaults are filled in. */
export type TimelineItemInput = z.input<typeof TimelineItemSchema>

/** The columns a pasted spreadsheet row can have. */
export const ROW_COLUMNS = ['date', 'start', 'end', 'kind', 'titleSv', 'titleEn', 'source'] as const

/** One of {@link ROW_COLUMNS}. */
export type RowColumn = (typeof ROW_COLUMNS)[number]

/** A problem with one pasted row or cell: a validation issue that also says where it is in the paste. */
export interface RowIssue extends ValidationIssue {
  /** The line of the pasted text the row starts on, from 1. */
  row: number
  /** The column the problem is in, when it is in one cell. */
  column?: RowColumn
  /** The column's position in the row, from 1, when it is known. */
  columnNumber?: number
  /** Where the problem is, in words: `rad 3, kolumn 2 (typ)` / `row 3, column 2 (kind)`. */
  location: Required<LocalizedText>
}

/** A source found in the rows' URL column; items refer to it by id. */
export interface RowSource {
  id: string
  url: string
}

/** What {@link timelineFromRows} made of a paste. */
export interface RowsResult {
  /** One item for every row without problems, in the order of the rows. */
  items: TimelineItemInput[]
  /** The distinct source URLs of those rows, in order of first appearance. */
  sources: RowSource[]
  /** Every problem found; the rows they are in are left out of `items`. */
  issues: RowIssue[]
  /** True when the first row was read as a header. */
  header: boolean
}

/** Names of the columns in the kit's two languages, as reported in messages. */
export const ROW_COLUMN_NAMES: Record<RowColumn, Required<LocalizedText>> = {
  date: { sv: 'datum', en: 'date' },
  start: { sv: 'start', en: 'start' },
  end: { sv: 'slut', en: 'end' },
  kind: { sv: 'typ', en: 'kind' },
  titleSv: { sv: 'titel sv', en: 'title sv' },
  titleEn: { sv: 'titel en', en: 'title en' },
  source: { sv: 'källa', en: 'source' },
}

// Header cells are compared after normalising (see headerKey), so "Titel (sv)" and "titel sv" are one name.
const HEADER_NAMES: Record<RowColumn, readonly string[]> = {
  date: ['date', 'datum', 'dag', 'day'],
  start: ['start', 'startdatum', 'start date', 'från', 'from', 'början'],
  end: ['end', 'slut', 'slutdatum', 'end date', 'till', 'to'],
  kind: ['kind', 'type', 'typ', 'slag', 'sort'],
  titleSv: [
    'title sv',
    'titel sv',
    'rubrik sv',
    'titel svenska',
    'svensk titel',
    'swedish title',
    'title swedish',
  ],
  titleEn: [
    'title en',
    'titel en',
    'rubrik en',
    'titel engelska',
    'engelsk titel',
    'english title',
    'title english',
  ],
  source: ['source', 'källa', 'url', 'source url', 'källa url', 'källans url', 'länk', 'link', 'webbadress'],
}

/** Kind names editors may write, in either language, for each timeline kind. */
export const TIMELINE_KIND_NAMES: Record<TimelineKind, Required<LocalizedText>> = {
  decision: { sv: 'beslut', en: 'decision' },
  milestone: { sv: 'milstolpe', en: 'milestone' },
  phase: { sv: 'fas', en: 'phase' },
  period: { sv: 'period', en: 'period' },
}

// The columns of a paste without a header: one date, or a start and an end, then the rest.
const SINGLE_LAYOUT: readonly RowColumn[] = ['date', 'kind', 'titleSv', 'titleEn', 'source']
const RANGE_LAYOUT: readonly RowColumn[] = ['start', 'end', 'kind', 'titleSv', 'titleEn', 'source']

function headerKey(cell: string): string {
  return cell
    .normalize('NFC')
    .toLowerCase()
    .replace(/[()[\]:_,./-]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
}

function headerColumn(cell: string): RowColumn | undefined {
  const key = headerKey(cell)
  return ROW_COLUMNS.find((column) => HEADER_NAMES[column].includes(key))
}

/** Reads a kind written in Swedish or English, in any case. */
export function timelineKindFromText(text: string): TimelineKind | undefined {
  const key = text.trim().normalize('NFC').toLowerCase()
  return TIMELINE_KINDS.find((kind) => kind === key || TIMELINE_KIND_NAMES[kind].sv === key)
}

/** One row of a paste: its cells, and the line it starts on. */
export interface PastedRow {
  /** The line the row starts on, from 1. */
  line: number
  cells: string[]
}

/**
 * Splits tab-separated text into rows of cells the way spreadsheets write it when copying: a cell
 * holding a tab, a line break or a quote is wrapped in double quotes, with quotes inside doubled.
 */
export function splitPastedRows(text: string): PastedRow[] {
  const rows: PastedRow[] = []
  let cells: string[] = []
  let cell = ''
  let line = 1
  let rowLine = 1
  let i = 0
  let atCellStart = true
  const endRow = () => {
    cells.push(cell)
    rows.push({ line: rowLine, cells })
    cells = []
    cell = ''
    atCellStart = true
  }
  while (i < text.length) {
    const char = text[i] as string
    if (atCellStart && char === '"') {
      // A quoted cell: read to the closing quote, keeping tabs and line breaks inside it.
      const close = findClosingQuote(text, i + 1)
      if (close !== undefined) {
        const inner = text.slice(i + 1, close)
        cell = inner.replace(/""/g, '"')
        line += countLineBreaks(inner)
        i = close + 1
        atCellStart = false
        continue
      }
    }
    atCellStart = false
    if (char === '\t') {
      cells.push(cell)
      cell = ''
      atCellStart = true
      i++
    } else if (char === '\r' || char === '\n') {
      endRow()
      i += char === '\r' && text[i + 1] === '\n' ? 2 : 1
      line++
      rowLine = line
    } else {
      cell += char
      i++
    }
  }
  if (cell !== '' || cells.length > 0) endRow()
  return rows
}

// Only a quote followed by a tab, a line break or the end closes the cell; otherwise the quote was text.
function findClosingQuote(text: string, from: number): number | undefined {
  let i = from
  while (i < text.length) {
    if (text[i] === '"') {
      if (text[i + 1] === '"') {
        i += 2
        continue
      }
      const next = text[i + 1]
      return next === undefined || next === '\t' || next === '\n' || next === '\r' ? i : undefined
    }
    i++
  }
  return undefined
}

function countLineBreaks(text: string): number {
  return (text.match(/\r\n|\r|\n/g) ?? []).length
}

/** Makes an id part from a title: lower case ASCII letters and digits joined by hyphens. */
function slug(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60)
    .replace(/-+$/, '')
}

function location(row: number, column?: RowColumn, columnNumber?: number): Required<LocalizedText> {
  if (column === undefined) return { sv: `rad ${row}`, en: `row ${row}` }
  const names = ROW_COLUMN_NAMES[column]
  if (columnNumber === undefined) return { sv: `rad ${row} (${names.sv})`, en: `row ${row} (${names.en})` }
  return {
    sv: `rad ${row}, kolumn ${columnNumber} (${names.sv})`,
    en: `row ${row}, column ${columnNumber} (${names.en})`,
  }
}

function rowIssue(
  row: number,
  code: IssueCode,
  message: Required<LocalizedText>,
  column?: RowColumn,
  columnNumber?: number,
): RowIssue {
  const base = issue(column === undefined ? ['rows', row] : ['rows', row, column], code, message)
  return {
    ...base,
    row,
    ...(column === undefined ? {} : { column }),
    ...(columnNumber === undefined ? {} : { columnNumber }),
    location: location(row, column, columnNumber),
  }
}

const KIND_LIST = {
  sv: `${TIMELINE_KINDS.map((kind) => TIMELINE_KIND_NAMES[kind].sv).join(', ')} (eller ${TIMELINE_KINDS.join(', ')})`,
  en: `${TIMELINE_KINDS.join(', ')} (or in Swedish ${TIMELINE_KINDS.map((kind) => TIMELINE_KIND_NAMES[kind].sv).join(', ')})`,
}

/** Chooses the columns of a paste without a header from its first row: where does the kind stand? */
function guessLayout(first: readonly string[]): readonly RowColumn[] {
  if (timelineKindFromText(first[1] ?? '') !== undefined) return SINGLE_LAYOUT
  if (timelineKindFromText(first[2] ?? '') !== undefined) return RANGE_LAYOUT
  return first.length >= RANGE_LAYOUT.length ? RANGE_LAYOUT : SINGLE_LAYOUT
}

/**
 * Reads the header row, if the first row is one: at least two of its cells name known columns (in
 * Swedish or English, such as `datum`, `typ`, `titel sv`, `source`) and none is a date or a kind.
 * Unknown names are problems.
 */
function readHeader(row: PastedRow, issues: RowIssue[]): (RowColumn | undefined)[] | undefined {
  const columns = row.cells.map(headerColumn)
  if (columns.filter((column) => column !== undefined).length < 2) return undefined
  // A row holding a date or a kind is data, even when its titles happen to read "Start" and "End".
  if (
    row.cells.some((cell) => parsePartialDate(cell) !== undefined || timelineKindFromText(cell) !== undefined)
  )
    return undefined
  const known = (lang: 'sv' | 'en') => ROW_COLUMNS.map((column) => ROW_COLUMN_NAMES[column][lang]).join(', ')
  const seen = new Set<RowColumn>()
  row.cells.forEach((cell, index) => {
    const column = columns[index]
    if (column === undefined && cell.trim() !== '') {
      issues.push(
        rowIssue(row.line, 'unknown_field', {
          sv: `kolumn ${index + 1} heter ${quoteValue(cell.trim())}, som inte är något känt namn; förväntade ett av ${known('sv')}`,
          en: `column ${index + 1} is called ${quoteValue(cell.trim())}, which is not a known name; expected one of ${known('en')}`,
        }),
      )
    } else if (column !== undefined && seen.has(column)) {
      issues.push(
        rowIssue(
          row.line,
          'invalid_shape',
          {
            sv: `kolumnen ${ROW_COLUMN_NAMES[column].sv} finns två gånger; förväntade den en gång`,
            en: `the column ${ROW_COLUMN_NAMES[column].en} appears twice; expected it once`,
          },
          column,
          index + 1,
        ),
      )
      columns[index] = undefined
    } else if (column !== undefined) seen.add(column)
  })
  const missing: Required<LocalizedText>[] = []
  if (!seen.has('date') && !seen.has('start'))
    missing.push({ sv: 'datum (eller start)', en: 'date (or start)' })
  if (!seen.has('kind')) missing.push(ROW_COLUMN_NAMES.kind)
  if (!seen.has('titleSv') && !seen.has('titleEn'))
    missing.push({ sv: 'titel sv eller titel en', en: 'title sv or title en' })
  if (missing.length > 0) {
    issues.push(
      rowIssue(row.line, 'missing_field', {
        sv: `rubrikraden saknar kolumnen ${missing.map((m) => m.sv).join(' och ')}`,
        en: `the header row lacks the column ${missing.map((m) => m.en).join(' and ')}`,
      }),
    )
  }
  return columns
}

interface Cell {
  text: string
  number: number
}

/** Reads one data row into an item, or reports why it cannot; `undefined` when the row has problems. */
function readRow(
  row: PastedRow,
  columns: readonly (RowColumn | undefined)[],
  issues: RowIssue[],
): { item: Omit<TimelineItemInput, 'id' | 'sources'>; source?: string } | undefined {
  const cells = new Map<RowColumn, Cell>()
  const before = issues.length
  row.cells.forEach((raw, index) => {
    const text = raw.trim()
    const column = columns[index]
    if (column !== undefined) cells.set(column, { text, number: index + 1 })
    else if (text !== '' && index >= columns.length) {
      issues.push(
        rowIssue(row.line, 'unknown_field', {
          sv: `kolumn ${index + 1} (${quoteValue(text)}) är en kolumn för mycket; förväntade högst ${columns.length} kolumner`,
          en: `column ${index + 1} (${quoteValue(text)}) is one column too many; expected at most ${columns.length} columns`,
        }),
      )
    }
  })
  const text = (column: RowColumn) => cells.get(column)?.text ?? ''
  const fail = (column: RowColumn, code: IssueCode, message: Required<LocalizedText>) =>
    issues.push(rowIssue(row.line, code, message, column, cells.get(column)?.number))

  const readDate = (column: RowColumn) => {
    const value = text(column)
    if (value === '') return undefined
    const parsed = parsePartialDate(value)
    if (parsed === undefined) {
      fail(column, 'invalid_partial_date', {
        sv: `${quoteValue(value)} är inget giltigt datum; förväntat ${partialDateExpectation('sv')}`,
        en: `${quoteValue(value)} is not a valid date; expected ${partialDateExpectation('en')}`,
      })
    }
    return parsed && { text: value, parsed }
  }
  const date = readDate('date')
  const start = readDate('start')
  const end = readDate('end')
  const dated: Pick<TimelineItemInput, 'date' | 'start' | 'end'> = {}
  if (text('date') !== '' && (text('start') !== '' || text('end') !== '')) {
    issues.push(
      rowIssue(row.line, 'date_and_range', {
        sv: 'har både datum och start/slut; förväntade antingen ett datum eller en start och ett slut',
        en: 'has both a date and a start/end; expected either one date or a start and an end',
      }),
    )
  } else if (text('date') === '' && text('start') === '') {
    const column: RowColumn = columns.includes('date') ? 'date' : 'start'
    fail(column, text('end') === '' ? 'missing_date' : 'missing_field', {
      sv:
        text('end') === ''
          ? 'saknas; förväntade ett datum, eller en start och ett slut'
          : 'saknas men slutet är ifyllt; förväntade en start före slutet',
      en:
        text('end') === ''
          ? 'is missing; expected a date, or a start and an end'
          : 'is missing while the end is filled in; expected a start before the end',
    })
  } else if (date) dated.date = date.text
  else if (start && end) {
    if (toDayInterval(end.parsed).end < toDayInterval(start.parsed).start) {
      fail('end', 'range_reversed', {
        sv: `${quoteValue(end.text)} är före starten ${quoteValue(start.text)}; förväntade ett slut efter starten`,
        en: `${quoteValue(end.text)} is before the start ${quoteValue(start.text)}; expected an end after the start`,
      })
    } else {
      dated.start = start.text
      dated.end = end.text
    }
  } else if (start && text('end') === '') {
    // A start alone covers the same days as a date; written as one, as the schema prefers.
    dated.date = start.text
  }

  const kindText = text('kind')
  const kind = timelineKindFromText(kindText)
  if (kind === undefined) {
    fail(
      'kind',
      kindText === '' ? 'missing_field' : 'invalid_value',
      kindText === ''
        ? { sv: `saknas; förväntade ${KIND_LIST.sv}`, en: `is missing; expected ${KIND_LIST.en}` }
        : {
            sv: `${quoteValue(kindText)} är ingen känd typ; förväntade ${KIND_LIST.sv}`,
            en: `${quoteValue(kindText)} is not a known kind; expected ${KIND_LIST.en}`,
          },
    )
  }

  const title: LocalizedText = {}
  if (text('titleSv') !== '') title.sv = text('titleSv')
  if (text('titleEn') !== '') title.en = text('titleEn')
  if (title.sv === undefined && title.en === undefined) {
    const column: RowColumn = columns.includes('titleSv') ? 'titleSv' : 'titleEn'
    fail(column, 'missing_translation', {
      sv: 'saknar titel; förväntade en titel på svenska, engelska eller båda',
      en: 'has no title; expected a title in Swedish, English or both',
    })
  }

  const source = text('source')
  if (source !== '' && !isHttpUrl(source)) {
    fail('source', 'invalid_http_url', {
      sv: `${quoteValue(source)} är ingen webbadress; förväntade en adress som börjar med https://`,
      en: `${quoteValue(source)} is not a web address; expected a URL starting with https://`,
    })
  }

  if (issues.length > before || kind === undefined) return undefined
  return { item: { kind, title, ...dated }, ...(source === '' ? {} : { source }) }
}

/**
 * Turns rows copied from a spreadsheet (tab-separated, as every spreadsheet copies them) into timeline
 * items. The columns are a date (or a start and an end), the kind, the title in Swedish, the title in
 * English and, optionally, a source URL. A first row naming the columns, in Swedish or English, is read
 * as a header and may put them in any order; without one, the kind's position tells whether the rows
 * begin with one date or with a start and an end. Kinds may be written in either language. Never throws.
 *
 * Items get ids made from their date and title (so they stay put when rows are reordered), and refer to
 * the sources by ids `source-1`, `source-2` … in the order the URLs first appear.
 *
 * @param text - the pasted text
 * @returns the items of the rows without problems, their sources, and every problem found, each with
 *   its row, column and a message in Swedish and English
 */
export function timelineFromRows(text: string): RowsResult {
  const issues: RowIssue[] = []
  const rows = splitPastedRows(text).filter((row) => row.cells.some((cell) => cell.trim() !== ''))
  const first = rows[0]
  if (first === undefined) {
    issues.push(
      rowIssue(1, 'empty_document', {
        sv: 'inga rader; förväntade rader kopierade från ett kalkylblad, en händelse per rad',
        en: 'no rows; expected rows copied from a spreadsheet, one event per row',
      }),
    )
    return { items: [], sources: [], issues, header: false }
  }
  const header = readHeader(first, issues)
  const dataRows = header ? rows.slice(1) : rows
  if (header && issues.some((found) => found.code === 'missing_field')) {
    return { items: [], sources: [], issues, header: true }
  }
  const columns = header ?? guessLayout(dataRows[0]?.cells ?? [])

  const items: TimelineItemInput[] = []
  const sources: RowSource[] = []
  const sourceIds = new Map<string, string>()
  const ids = new Set<string>()
  for (const row of dataRows) {
    const read = readRow(row, columns, issues)
    if (!read) continue
    const title = read.item.title.sv ?? read.item.title.en ?? ''
    const dateText = read.item.date ?? read.item.start ?? ''
    const base = [slug(dateText), slug(title)].filter((part) => part !== '').join('-') || 'item'
    let id = base
    for (let n = 2; ids.has(id); n++) id = `${base}-${n}`
    ids.add(id)
    const refs: string[] = []
    if (read.source !== undefined) {
      let sourceId = sourceIds.get(read.source)
      if (sourceId === undefined) {
        sourceId = `source-${sourceIds.size + 1}`
        sourceIds.set(read.source, sourceId)
        sources.push({ id: sourceId, url: read.source })
      }
      refs.push(sourceId)
    }
    items.push({ id, ...read.item, sources: refs })
  }
  if (dataRows.length === 0) {
    issues.push(
      rowIssue(first.line, 'empty_document', {
        sv: 'har bara en rubrikrad; förväntade rader med händelser under den',
        en: 'has only a header row; expected rows of events below it',
      }),
    )
  }
  return { items, sources, issues, header: header !== undefined }
}
