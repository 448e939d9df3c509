import type { RelationKind } from '../schema/enums.js'
import type { Note } from '../schema/programme.js'
import type { TimelineKind, TimelineStatus } from '../timeline/entries.js'
import type { Language } from './localized-text.js'

// The words every view of the programme uses for the same things, so a widget, the static HTML of
// `kth-vs render` and any other app call a phase a phase in both languages.

/** Each kind of timeline item, as a label. */
export const TIMELINE_KIND_LABELS: Record<Language, Record<TimelineKind, string>> = {
  sv: { decision: 'Beslut', milestone: 'Milstolpe', phase: 'Fas', period: 'Period' },
  en: { decision: 'Decision', milestone: 'Milestone', phase: 'Phase', period: 'Period' },
}

/** Each status against today, as a label. */
export const TIMELINE_STATUS_LABELS: Record<Language, Record<TimelineStatus, string>> = {
  sv: { done: 'Genomförd', ongoing: 'Pågår', upcoming: 'Kommande' },
  en: { done: 'Done', ongoing: 'Ongoing', upcoming: 'Upcoming' },
}

/**
 * Each relation as a verb phrase, read from the item the relation is seen from: `outgoing` when that
 * item is the relation's `from` ("the steering group advises the University Director"), `incoming`
 * when it is the `to` ("the University Director is advised by the steering group").
 */
export const RELATION_LABELS: Record<
  Language,
  Record<'outgoing' | 'incoming', Record<RelationKind, string>>
> = {
  sv: {
    outgoing: {
      serves: 'betjänar',
      advises: 'ger råd till',
      'member-of': 'ingår i',
      'reports-to': 'rapporterar till',
      'prepares-for': 'bereder ärenden för',
      consults: 'samråder med',
    },
    incoming: {
      serves: 'betjänas av',
      advises: 'får råd av',
      'member-of': 'har som medlem',
      'reports-to': 'får rapporter från',
      'prepares-for': 'får ärenden beredda av',
      consults: 'rådfrågas av',
    },
  },
  en: {
    outgoing: {
      serves: 'serves',
      advises: 'advises',
      'member-of': 'is a member of',
      'reports-to': 'reports to',
      'prepares-for': 'prepares matters for',
      consults: 'consults',
    },
    incoming: {
      serves: 'is served by',
      advises: 'is advised by',
      'member-of': 'has as member',
      'reports-to': 'receives reports from',
      'prepares-for': 'has matters prepared by',
      consults: 'is consulted by',
    },
  },
}

/** Each kind of note, as the label of the note. */
export const NOTE_KIND_LABELS: Record<Language, Record<Note['kind'], string>> = {
  sv: {
    disagreement: 'Källorna skiljer sig',
    unknown: 'Okänt i källorna',
    correction: 'Rättelse',
    context: 'Bakgrund',
  },
  en: {
    disagreement: 'The sources differ',
    unknown: 'Unknown in the sources',
    correction: 'Correction',
    context: 'Background',
  },
}

/** What a view shows where the data has nothing, because the sources say nothing. */
export const NOT_STATED_LABEL: Record<Language, string> = {
  sv: 'Ej angivet i källorna',
  en: 'Not stated in the sources',
}
