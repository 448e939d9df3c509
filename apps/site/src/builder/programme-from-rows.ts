import {
  type ProgrammeDocumentInput,
  type RowsResult,
  SCHEMA_VERSION,
  isHttpUrl,
  parsePartialDate,
  toDayInterval,
} from '@kth-vs/core'
import type { Bilingual } from './options.js'

/** What the editor says about the programme the rows belong to. */
export interface RowsProgrammeFields {
  /** The programme's name in Swedish; one of the two names is needed. */
  nameSv: string
  /** The programme's name in English. */
  nameEn: string
  /** A page or document the whole timeline comes from; needed when no row has a source URL. */
  sourceUrl: string
}

/** The builder's fields a problem can point at. */
export type RowsField = 'name' | 'source-url'

/** A problem with one of the builder's fields, in both languages. */
export interface FieldProblem {
  field: RowsField
  message: Bilingual
}

/** The id of the source given in the builder's field, when no row has the same URL. */
export const PROGRAMME_SOURCE_ID = 'source-programme'

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

/** The date texts of the earliest start and the latest end among the items. */
function span(items: RowsResult['items']): { start: string; end: string } | undefined {
  let first: { text: string; day: string } | undefined
  let last: { text: string; day: string } | undefined
  for (const item of items) {
    const startText = item.date ?? item.start
    const endText = item.date ?? item.end ?? item.start
    const start = startText === undefined ? undefined : parsePartialDate(startText)
    const end = endText === undefined ? undefined : parsePartialDate(endText)
    if (start && startText !== undefined) {
      const day = toDayInterval(start).start
      if (!first || day < first.day) first = { text: startText, day }
    }
    if (end && endText !== undefined) {
      const day = toDayInterval(end).end
      if (!last || day > last.day) last = { text: endText, day }
    }
  }
  return first && last ? { start: first.text, end: last.text } : undefined
}

/**
 * Wraps timeline items read from spreadsheet rows into the smallest programme document the kit accepts:
 * the programme's name from the editor, its start and end from the earliest and latest rows, and its
 * sources from the rows' URLs and the editor's source field.
 *
 * The format lets a document go without sources, but the builder asks for one (a row's URL or the
 * field), so that readers can see where the dates come from; without one, or without a name, it
 * reports a problem for that field and fills in a stand-in so the preview still works.
 */
export function programmeFromRows(
  rows: RowsResult,
  fields: RowsProgrammeFields,
): { document: ProgrammeDocumentInput; problems: FieldProblem[] } {
  const problems: FieldProblem[] = []
  const nameSv = fields.nameSv.trim()
  const nameEn = fields.nameEn.trim()
  if (nameSv === '' && nameEn === '') {
    problems.push({
      field: 'name',
      message: {
        sv: 'Ange programmets namn på svenska, engelska eller båda. Det visas i widgeten.',
        en: "Give the programme's name in Swedish, English or both. The widget shows it.",
      },
    })
  }
  const name =
    nameSv === '' && nameEn === ''
      ? { sv: 'Tidslinje', en: 'Timeline' }
      : {
          ...(nameSv === '' ? {} : { sv: nameSv }),
          ...(nameEn === '' ? {} : { en: nameEn }),
        }

  const sources = rows.sources.map((source) => ({ id: source.id, url: source.url }))
  const url = fields.sourceUrl.trim()
  let programmeSources = sources.map((source) => source.id)
  if (url !== '' && !isHttpUrl(url)) {
    problems.push({
      field: 'source-url',
      message: {
        sv: 'Källan ska vara en webbadress som börjar med https://.',
        en: 'The source must be a web address starting with https://.',
      },
    })
  } else if (url !== '') {
    const same = sources.find((source) => source.url === url)
    if (!same) sources.push({ id: PROGRAMME_SOURCE_ID, url })
    programmeSources = [same?.id ?? PROGRAMME_SOURCE_ID]
  } else if (sources.length === 0) {
    problems.push({
      field: 'source-url',
      message: {
        sv: 'Ange en källa: webbadressen till sidan eller dokumentet som datumen kommer från. Formatet tillåter uppgifter utan källa, men verktyget kräver en så att läsarna kan se var uppgifterna kommer ifrån.',
        en: 'Give a source: the address of the page or document the dates come from. The format allows data without a source, but the builder asks for one so that readers can see where the data comes from.',
      },
    })
  }

  const dates = span(rows.items) ?? {
    start: String(new Date().getFullYear()),
    end: String(new Date().getFullYear()),
  }
  const document: ProgrammeDocumentInput = {
    schemaVersion: SCHEMA_VERSION as 1,
    programme: {
      id: slug(name.sv ?? name.en ?? '') || 'programme',
      name,
      start: dates.start,
      end: dates.end,
      sources: programmeSources,
    },
    sources,
    timeline: rows.items,
  }
  return { document, problems }
}
