import { formatDateRange } from '../dates/format.js'
import { parsePartialDate } from '../dates/partial-date.js'
import { safeHref } from '../links/safe-url.js'
import type { Link, Note, ProgrammeDocument, Role } from '../schema/programme.js'
import { type Language, type LocalizedString, type LocalizedText, localize } from '../text/localized-text.js'
import type { AttributeProblem } from './attributes.js'
import { NOTE_KIND_LABELS, NOT_A_DAY_MESSAGE } from './messages.js'

/**
 * A text ready to show: in the view's language, or in the other one when a translation is missing,
 * and then `lang` says which, so a renderer can mark it with its own `lang`.
 */
export type ViewText = LocalizedString

/**
 * Words of the kit and texts from the data in reading order, such as
 * `[name, ' ger råd till ', name, '.']`: a renderer writes the strings as they are and each text with
 * its language.
 */
export type Phrase = readonly (string | ViewText)[]

/** A link as every view shows it. */
export interface LinkView {
  label: ViewText
  /** The target when it is safe for an `href` (http(s), mailto or relative); else the label is plain text. */
  href: string | undefined
  /** The language of the page linked to, when it differs from the view's. */
  hreflang: Language | undefined
}

/** A note on where the sources disagree, are silent or were corrected. */
export interface NoteView {
  id: string
  /** What kind of note it is, as a label ("The sources differ"). */
  label: string
  text: ViewText
}

/** A date shown as text, with its machine-readable form for `<time datetime>`. */
export interface DateView {
  text: string
  datetime: string
}

/** Heading levels a view may use inside a page (h1 belongs to the page). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

/** Keeps a heading level from an attribute or option within 2–6; anything else becomes `fallback`. */
export function clampHeadingLevel(level: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const n = Number(level)
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback
}

/** A text in the view's language as it is, for words that are no translation of data. */
export function plainText(text: string, lang: Language): ViewText {
  return { text, lang, isFallback: false }
}

/** What a view says about an attribute that holds no valid day, and what it does instead (`then`). */
export function notADay(problem: AttributeProblem, lang: Language, then: string): string {
  return `${NOT_A_DAY_MESSAGE[lang](problem.attribute, problem.value)} ${then}`
}

/** A range of two partial dates as running text, or the texts as written when they cannot be read. */
export function rangeText(start: string, end: string, lang: Language): string {
  const from = parsePartialDate(start)
  const to = parsePartialDate(end)
  return from === undefined || to === undefined ? `${start}\u2013${end}` : formatDateRange(from, to, lang)
}

/** Something computed once per document and kept while the document lives. */
export function perDocument<T>(
  compute: (document: ProgrammeDocument) => T,
): (document: ProgrammeDocument) => T {
  const cache = new WeakMap<ProgrammeDocument, T>()
  return (document) => {
    let value = cache.get(document)
    if (value === undefined) {
      value = compute(document)
      cache.set(document, value)
    }
    return value
  }
}

/**
 * The name or title of every item a view may mention, by id: units, bodies, support areas,
 * principles, decisions and timeline items. Ids are unique across a valid document.
 */
export const namesById = /* @__PURE__ */ perDocument((document) => {
  const names = new Map<string, LocalizedText>()
  for (const unit of document.units) names.set(unit.id, unit.name)
  for (const body of document.bodies) names.set(body.id, body.name)
  for (const area of document.supportAreas) names.set(area.id, area.title)
  for (const principle of document.principles) names.set(principle.id, principle.title)
  for (const decision of document.decisions) names.set(decision.id, decision.title)
  for (const item of document.timeline) names.set(item.id, item.title)
  return names
})

/** The name of an item in `lang`; an id the document does not know shows as it is. */
export function nameOf(document: ProgrammeDocument, id: string, lang: Language): ViewText {
  const name = namesById(document).get(id)
  return name === undefined ? plainText(id, lang) : localize(name, lang)
}

/** A role with the person who held it, when known: "University Director, Kerstin Jacobsson". */
export function rolePhrase(value: Role, lang: Language): Phrase {
  return value.person === undefined
    ? [localize(value.role, lang)]
    : [localize(value.role, lang), `, ${value.person}`]
}

/** The links of an item, each with its label in `lang` and its target only when it is safe. */
export function linkViews(links: readonly Link[] | undefined, lang: Language): LinkView[] {
  return (links ?? []).map((link) => ({
    label: localize(link.label, lang),
    href: safeHref(link.url),
    hreflang: undefined,
  }))
}

const sourcesById = /* @__PURE__ */ perDocument(
  (document) => new Map(document.sources.map((source) => [source.id, source])),
)

/**
 * The sources an item cites, as links: titled in `lang`, or by their address when they have no
 * title; an id the document does not know is left out.
 */
export function sourceLinks(document: ProgrammeDocument, ids: readonly string[], lang: Language): LinkView[] {
  const sources = sourcesById(document)
  return ids.flatMap((id) => {
    const source = sources.get(id)
    if (source === undefined) return []
    return [
      {
        label: source.title ? localize(source.title, lang) : plainText(source.url, lang),
        href: safeHref(source.url),
        hreflang: source.lang !== undefined && source.lang !== lang ? source.lang : undefined,
      },
    ]
  })
}

/** A note as a view shows it. */
export function noteView(note: Note, lang: Language): NoteView {
  return { id: note.id, label: NOTE_KIND_LABELS[lang][note.kind], text: localize(note.text, lang) }
}

/** A note and the ids among those asked about that it concerns. */
export interface ConcerningNote {
  note: Note
  concerns: string[]
}

/** The notes that concern any of `ids`, in document order, each with the ids it concerns. */
export function notesConcerning(document: ProgrammeDocument, ids: ReadonlySet<string>): ConcerningNote[] {
  return document.notes
    .map((note) => ({ note, concerns: note.about.filter((id) => ids.has(id)) }))
    .filter(({ concerns }) => concerns.length > 0)
}

/** A row with the rows shown under it. */
export interface NestedRow<T> {
  row: T
  children: NestedRow<T>[]
}

/**
 * Nests rows given in reading order (such as the rows of a tree view) under the row above them of
 * one level less, with a stack rather than recursion, so any depth works.
 * @param level - a row's level, 1 for the top
 */
export function nestRows<T>(rows: readonly T[], level: (row: T) => number): NestedRow<T>[] {
  const top: NestedRow<T>[] = []
  const open: { level: number; node: NestedRow<T> }[] = []
  for (const row of rows) {
    const node: NestedRow<T> = { row, children: [] }
    const depth = level(row)
    while (open.length > 0 && (open[open.length - 1]?.level ?? 0) >= depth) open.pop()
    const parent = open[open.length - 1]
    if (parent) parent.node.children.push(node)
    else top.push(node)
    open.push({ level: depth, node })
  }
  return top
}
