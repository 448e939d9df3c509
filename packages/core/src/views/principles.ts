import { sortByOrder } from '../programme/order.js'
import type { ProgrammeDocument } from '../schema/programme.js'
import { type Language, localize } from '../text/localized-text.js'
import {
  COMMON_MESSAGES,
  type CommonMessages,
  PRINCIPLES_MESSAGES,
  type PrinciplesMessages,
} from './messages.js'
import {
  type LinkView,
  type NoteView,
  type ViewText,
  noteView,
  notesConcerning,
  sourceLinks,
} from './parts.js'

/** What the principles view is computed from, besides the document. */
export interface PrinciplesViewOptions {
  lang: Language
  /** The principle the reader selected. */
  selected?: string | undefined
}

/** One principle's card. */
export interface PrincipleCard {
  id: string
  /** The principle's number. */
  order: number
  title: ViewText
  summary: ViewText
  /** What "Read more" shows: the details and the other wordings; undefined when there are neither. */
  more: { details: ViewText | undefined; variants: ViewText[] } | undefined
  sources: LinkView[]
  /** The label of the list of sources, with their number. */
  sourcesLabel: string
  /** The notes about this principle alone. */
  notes: NoteView[]
  selected: boolean
}

/** Everything the principles view shows, in one language. */
export interface PrinciplesContent {
  lang: Language
  words: PrinciplesMessages
  common: CommonMessages
  /** What to say when there are no principles; undefined when there are. */
  empty: string | undefined
  /** The principles in order. */
  cards: PrincipleCard[]
  /** The notes about several principles at once, shown once after the cards. */
  notes: NoteView[]
}

/**
 * The guiding principles as cards in their order: each with its number, title, summary, details and
 * other wordings, its sources and the notes about it alone; the notes about several principles apart.
 */
export function principlesView(
  document: ProgrammeDocument,
  options: PrinciplesViewOptions,
): PrinciplesContent {
  const { lang } = options
  const common = COMMON_MESSAGES[lang]
  const principles = sortByOrder(document.principles)
  const notes = notesConcerning(document, new Set(principles.map((principle) => principle.id)))
  const cards = principles.map((principle): PrincipleCard => {
    const sources = sourceLinks(document, principle.sources, lang)
    const variants = (principle.variants ?? []).map((variant) => localize(variant, lang))
    const details = principle.details ? localize(principle.details, lang) : undefined
    return {
      id: principle.id,
      order: principle.order,
      title: localize(principle.title, lang),
      summary: localize(principle.summary, lang),
      more: details !== undefined || variants.length > 0 ? { details, variants } : undefined,
      sources,
      sourcesLabel: common.sourcesCount(sources.length),
      notes: notes
        .filter(({ concerns }) => concerns.length === 1 && concerns[0] === principle.id)
        .map(({ note }) => noteView(note, lang)),
      selected: principle.id === options.selected,
    }
  })
  return {
    lang,
    words: PRINCIPLES_MESSAGES[lang],
    common,
    empty: cards.length === 0 ? PRINCIPLES_MESSAGES[lang].empty : undefined,
    cards,
    notes: notes.filter(({ concerns }) => concerns.length > 1).map(({ note }) => noteView(note, lang)),
  }
}
