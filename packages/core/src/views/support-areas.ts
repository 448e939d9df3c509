import { sortByOrder } from '../programme/order.js'
import type { ProgrammeDocument, SupportArea } from '../schema/programme.js'
import { type Language, type LocalizedText, localize } from '../text/localized-text.js'
import {
  COMMON_MESSAGES,
  type CommonMessages,
  NOT_STATED_LABEL,
  SUPPORT_AREAS_MESSAGES,
  type SupportAreasMessages,
} from './messages.js'
import {
  type LinkView,
  type NoteView,
  type ViewText,
  nameOf,
  noteView,
  notesConcerning,
  plainText,
  sourceLinks,
} from './parts.js'

/** How the support areas are laid out. */
export type SupportAreasLayout = 'cards' | 'table'

/** What the support areas view is computed from, besides the document. */
export interface SupportAreasViewOptions {
  lang: Language
  /** `cards` (the default) or `table`: cards carry the notes about their own area, a table lists every note below. */
  layout?: SupportAreasLayout | undefined
  /** The area the reader selected. */
  selected?: string | undefined
}

/** A fact of an area: its text, or the words that the sources do not state it. */
export interface StatedText {
  text: ViewText
  /** True when the sources do not state it and `text` says so. */
  missing: boolean
}

/** A fact of an area that is a list: its items, or the words that the sources do not state it. */
export interface StatedList {
  items: ViewText[]
  /** The words that the sources state nothing, when `items` is empty. */
  missing: ViewText | undefined
}

/** One support area. */
export interface SupportAreaView {
  id: string
  title: ViewText
  /** Its other names in the sources, without repeats or the title itself. */
  otherNames: ViewText[]
  summary: ViewText | undefined
  current: StatedText
  target: StatedText
  priorities: StatedList
  /** The units that deliver the area. */
  units: StatedList
  /** The notes the card shows (about this area alone); none in the table. */
  notes: NoteView[]
  /** The sources the card lists, and the label of their list with their number. */
  sources: LinkView[]
  sourcesLabel: string
  selected: boolean
}

/** A note shown below the areas, with what it is about. */
export interface AreaNote extends NoteView {
  /** The one area it concerns, or the view's label when it concerns several. */
  about: ViewText
}

/** Everything the support areas view shows, in one language. */
export interface SupportAreasContent {
  lang: Language
  layout: SupportAreasLayout
  words: SupportAreasMessages
  common: CommonMessages
  /** The table's column headings after the area's, in the order of an area's facts. */
  columns: [current: string, target: string, priorities: string, units: string]
  /** What to say when there are no areas; undefined when there are. */
  empty: string | undefined
  areas: SupportAreaView[]
  /** The notes shown below the areas: about several areas, and in the table every note. */
  notes: AreaNote[]
}

function stated(text: LocalizedText | undefined, lang: Language): StatedText {
  return text === undefined
    ? { text: plainText(NOT_STATED_LABEL[lang], lang), missing: true }
    : { text: localize(text, lang), missing: false }
}

function statedList(items: ViewText[], lang: Language): StatedList {
  return { items, missing: items.length === 0 ? plainText(NOT_STATED_LABEL[lang], lang) : undefined }
}

/** The area's other names in one language, without repeats or the title itself (ignoring case). */
function otherNames(area: SupportArea, lang: Language): ViewText[] {
  const seen = new Set([localize(area.title, lang).text.toLocaleLowerCase(lang)])
  return (area.variants ?? [])
    .map((variant) => localize(variant.name, lang))
    .filter((name) => {
      const key = name.text.toLocaleLowerCase(name.lang)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/**
 * The support areas in order, each with its other names, summary, current and target state,
 * priorities and the units that deliver it (in words where the sources state nothing), and the notes
 * about them: on an area's card when they concern it alone, below the areas otherwise.
 */
export function supportAreasView(
  document: ProgrammeDocument,
  options: SupportAreasViewOptions,
): SupportAreasContent {
  const { lang } = options
  const layout: SupportAreasLayout = options.layout === 'table' ? 'table' : 'cards'
  const words = SUPPORT_AREAS_MESSAGES[lang]
  const areas = sortByOrder(document.supportAreas)
  const notes = notesConcerning(document, new Set(areas.map((area) => area.id)))
  const own = (id: string) =>
    layout === 'table'
      ? []
      : notes
          .filter(({ concerns }) => concerns.length === 1 && concerns[0] === id)
          .map(({ note }) => noteView(note, lang))
  // Cards carry their own notes; the table has no room for them, so it lists every note below.
  const below = layout === 'table' ? notes : notes.filter(({ concerns }) => concerns.length > 1)
  return {
    lang,
    layout,
    words,
    common: COMMON_MESSAGES[lang],
    columns: [words.current, words.target, words.priorities, words.units],
    empty: areas.length === 0 ? words.empty : undefined,
    areas: areas.map((area) => {
      const sources = sourceLinks(document, area.sources, lang)
      return {
        id: area.id,
        title: localize(area.title, lang),
        otherNames: otherNames(area, lang),
        summary: area.summary ? localize(area.summary, lang) : undefined,
        current: stated(area.currentState, lang),
        target: stated(area.targetState, lang),
        priorities: statedList(
          (area.priorities ?? []).map((priority) => localize(priority, lang)),
          lang,
        ),
        units: statedList(
          (area.units ?? []).map((id) => nameOf(document, id, lang)),
          lang,
        ),
        notes: own(area.id),
        sources,
        sourcesLabel: COMMON_MESSAGES[lang].sourcesCount(sources.length),
        selected: area.id === options.selected,
      }
    }),
    notes: below.map(({ note, concerns }) => ({
      ...noteView(note, lang),
      about: concerns.length === 1 ? nameOf(document, concerns[0] ?? '', lang) : plainText(words.label, lang),
    })),
  }
}
