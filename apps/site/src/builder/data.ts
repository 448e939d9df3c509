import {
  type ProgrammeDocument,
  type ProgrammeDocumentInput,
  type ValidationIssue,
  timelineFromRows,
  validateProgramme,
  validateProgrammeJson,
} from '@kth-vs/core'
import { type PathLine, type JsonScan, lineOfPath, lineOfSyntaxError, scanJson } from './json-lines.js'
import type { Bilingual } from './options.js'
import { type RowsField, type RowsProgrammeFields, programmeFromRows } from './programme-from-rows.js'

/** Where the builder sends an editor to fix a problem: a line of a text box, or a field. */
export type IssueTarget = 'json' | 'rows' | RowsField

/** One problem in the editor's data, ready to list. */
export interface DataIssue {
  /** Where it is, as the data names it: a path such as `timeline[3].date`, or a row and column. */
  where?: Bilingual
  /** True when `where` is a path into the document, shown as code. */
  whereIsPath?: boolean
  message: Bilingual
  /** The line of the text box it is on, when known. */
  line?: PathLine
  target: IssueTarget
}

/** The editor's data, read and checked. */
export interface DataState {
  /** The value to give the preview's `data` property: the document, valid or not; undefined when none could be read. */
  value: unknown
  /** The document, when it is valid. */
  document?: ProgrammeDocument
  issues: DataIssue[]
}

/** Reads the names of the unknown fields an `unknown_field` issue lists, to find the first one's line. */
function unknownKeys(found: ValidationIssue): string[] {
  if (found.code !== 'unknown_field') return []
  const list = found.message.en.split(':').slice(1).join(':')
  return [...list.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((match) => {
    try {
      return JSON.parse(`"${match[1] ?? ''}"`) as string
    } catch {
      return ''
    }
  })
}

function issueLine(text: string, scan: JsonScan, found: ValidationIssue): PathLine | undefined {
  if (found.code === 'invalid_json') {
    const line = lineOfSyntaxError(text, scan, found.message.en)
    return line === undefined ? undefined : { line, exact: true }
  }
  const key = unknownKeys(found)[0]
  if (key !== undefined) {
    const atKey = lineOfPath(scan, [...found.path, key])
    if (atKey?.exact) return atKey
  }
  return lineOfPath(scan, found.path)
}

const sameText = (text: string): Bilingual => ({ sv: text, en: text })

/**
 * Parses and validates JSON text as a programme document, and finds the line of every problem: where
 * its path's property is written, or, for a missing one, where the object that should hold it is.
 */
export function analyseJson(text: string): DataState {
  const result = validateProgrammeJson(text)
  let value: unknown
  try {
    value = JSON.parse(text)
  } catch {
    value = undefined
  }
  if (result.ok) return { value, document: result.document, issues: [] }
  const scan = scanJson(text)
  const issues = result.issues.map((found): DataIssue => {
    const line = issueLine(text, scan, found)
    return {
      // Messages are written about their path ("is missing; …"), so the whole document is named too.
      ...(found.pathText === '$'
        ? { where: { sv: 'Dokumentet', en: 'The document' } }
        : { where: sameText(found.pathText), whereIsPath: true }),
      message: found.message,
      ...(line ? { line } : {}),
      target: 'json',
    }
  })
  return { value, issues }
}

/** Reads spreadsheet rows into a timeline document, with the problems of the rows and of the builder's fields. */
export function analyseRows(
  text: string,
  fields: RowsProgrammeFields,
): DataState & { items: number; header: boolean } {
  const rows = timelineFromRows(text)
  const { document, problems } = programmeFromRows(rows, fields)
  const issues: DataIssue[] = rows.issues.map((found) => ({
    where: found.location,
    message: found.message,
    line: { line: found.row, exact: true },
    target: 'rows',
  }))
  for (const problem of problems) issues.push({ message: problem.message, target: problem.field })
  const result = validateProgramme(document)
  // The wrapping is meant to be valid; should it not be, say so rather than show a broken snippet.
  if (!result.ok) {
    for (const found of result.issues)
      issues.push({
        where: sameText(found.pathText),
        whereIsPath: true,
        message: found.message,
        target: 'rows',
      })
  }
  return {
    value: document satisfies ProgrammeDocumentInput,
    ...(result.ok && issues.length === 0 ? { document: result.document } : {}),
    issues,
    items: rows.items.length,
    header: rows.header,
  }
}

/** A small valid document to start one's own data from. */
export const EXAMPLE_DOCUMENT: ProgrammeDocumentInput = {
  schemaVersion: 1,
  programme: {
    id: 'exempel',
    name: { sv: 'Exempelprogrammet', en: 'The example programme' },
    start: '2025-01',
    end: '2026-06',
    sources: ['beslut'],
  },
  sources: [{ id: 'beslut', url: 'https://intra.kth.se/' }],
  units: [
    { id: 'kth', kind: 'university', name: { sv: 'KTH', en: 'KTH' }, sources: ['beslut'] },
    {
      id: 'enhet',
      kind: 'department',
      parent: 'kth',
      name: { sv: 'Exempelavdelningen', en: 'The Example Department' },
      sources: ['beslut'],
    },
  ],
  timeline: [
    {
      id: 'start',
      kind: 'decision',
      date: '2025-01-15',
      title: { sv: 'Beslut om programmet', en: 'Decision on the programme' },
      sources: ['beslut'],
    },
    {
      id: 'genomforande',
      kind: 'phase',
      start: '2025-spring',
      end: '2026-spring',
      title: { sv: 'Genomförande', en: 'Implementation' },
      sources: ['beslut'],
    },
  ],
}
