import {
  type DayInterval,
  type PartialDate,
  parsePartialDate,
  rangeInterval,
  textInterval,
} from '../dates/index.js'
import type { CalendarEvent } from '../ical/index.js'
import { buildOrgIndex, type OrgIndex, type OrgNodeInput } from '../org/index.js'
import type { OrgUnit, ProgrammeDocument, TimelineItem } from '../schema/programme.js'
import { localize, type Language } from '../text/localized-text.js'
import type { TimelineEntry } from '../timeline/index.js'

/** A timeline item of a document with its dates resolved: what the timeline logic and widgets work on. */
export interface ProgrammeTimelineEntry extends TimelineEntry {
  /** The item as written in the document. */
  item: TimelineItem
  /** The item's first date. */
  start: PartialDate
  /** The item's last date, for a range. */
  end?: PartialDate
}

/** Parses a partial date that validation has already accepted. */
function parsed(text: string): PartialDate {
  const date = parsePartialDate(text)
  if (!date) throw new RangeError(`Not a valid partial date: ${JSON.stringify(text)}`)
  return date
}

/** The days a partial date that validation has already accepted covers. */
function days(text: string): DayInterval {
  const interval = textInterval(text)
  if (!interval) throw new RangeError(`Not a valid partial date: ${JSON.stringify(text)}`)
  return interval
}

/** The days a programme runs, from its start's first day to its end's last day. */
export function programmeInterval(document: ProgrammeDocument): DayInterval {
  return rangeInterval(parsed(document.programme.start), parsed(document.programme.end))
}

/** The timeline items of a validated document with their dates resolved, in document order. */
export function timelineEntries(document: ProgrammeDocument): ProgrammeTimelineEntry[] {
  return document.timeline.map((item) => {
    const start = parsed(item.date ?? item.start ?? '')
    const end = item.date === undefined && item.end !== undefined ? parsed(item.end) : undefined
    return {
      id: item.id,
      kind: item.kind,
      interval: rangeInterval(start, end),
      areas: item.areas,
      bodies: item.bodies,
      units: item.units,
      decisions: item.decisions,
      context: item.context,
      item,
      start,
      ...(end ? { end } : {}),
    }
  })
}

/** Maps a unit to the organisation logic's input, resolving partial dates to days. */
export function orgNodeFromUnit(unit: OrgUnit): OrgNodeInput {
  return {
    id: unit.id,
    parentId: unit.parent,
    name: unit.name,
    from: unit.validFrom !== undefined ? days(unit.validFrom).start : undefined,
    to: unit.validTo !== undefined ? days(unit.validTo).end : undefined,
    renames: unit.renames?.map((rename) => ({
      from: days(rename.from).start,
      name: rename.name,
    })),
    moves: unit.moves?.map((move) => ({
      from: days(move.from).start,
      parentId: move.parent,
    })),
  }
}

/** Builds the organisation index of a validated document, ready for trees at any date. */
export function organisationIndex(document: ProgrammeDocument): OrgIndex {
  return buildOrgIndex(document.units.map(orgNodeFromUnit))
}

/**
 * Turns timeline entries into calendar events in one language, with stable UIDs built from the
 * programme id and the item id, so re-imported files update events rather than duplicate them.
 */
export function calendarEvents(
  document: ProgrammeDocument,
  entries: readonly ProgrammeTimelineEntry[],
  lang: Language,
): CalendarEvent[] {
  return entries.map((entry) => {
    const summary = localize(entry.item.title, lang)
    const description = entry.item.description ? localize(entry.item.description, lang) : undefined
    const url = entry.item.links?.[0]?.url
    return {
      uid: `${document.programme.id}.${entry.id}@kth-vs`,
      summary: summary.text,
      ...(description ? { description: description.text } : {}),
      ...(url ? { url } : {}),
      start: entry.interval.start,
      end: entry.interval.end,
      categories: [entry.kind],
      lang: summary.lang,
    }
  })
}
