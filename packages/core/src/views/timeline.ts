import { addDays, daysBetween } from '../dates/day.js'
import { formatDateRange, formatDateText, formatPartialDate, htmlDatetime } from '../dates/format.js'
import { toDayInterval } from '../dates/interval.js'
import { programmeInterval, timelineEntries, type ProgrammeTimelineEntry } from '../programme/adapters.js'
import { sortByOrder } from '../programme/order.js'
import type { ProgrammeDocument } from '../schema/programme.js'
import { type Language, localize } from '../text/localized-text.js'
import {
  TIMELINE_KINDS,
  type ShownStatus,
  type TimelineKind,
  entryStatus,
  filterEntries,
  groupByYear,
  programmeProgress,
  shownStatus,
  sortEntries,
} from '../timeline/entries.js'
import { assignLanes } from '../timeline/lanes.js'
import { type DayAttributes, type TimelineFilterAttributes, timelineFilter, viewDay } from './attributes.js'
import {
  COMMON_MESSAGES,
  type CommonMessages,
  TIMELINE_KIND_LABELS,
  TIMELINE_MESSAGES,
  TIMELINE_STATUS_LABELS,
  type TimelineMessages,
} from './messages.js'
import {
  type DateView,
  type LinkView,
  type NoteView,
  type ViewText,
  linkViews,
  nameOf,
  notADay,
  noteView,
  notesConcerning,
  perDocument,
  plainText,
  sourceLinks,
} from './parts.js'

/** The scale of the timeline's axis. */
export type TimelineZoom = 'year' | 'quarter'

/** Width of one year on the axis, in rem, by zoom. */
export const YEAR_REM: Readonly<Record<TimelineZoom, number>> = { year: 12, quarter: 36 }
/** The narrowest item box on the axis (rem) and the gap kept to the next one in its lane; the styles agree. */
export const MIN_ITEM_REM = 9
/** See {@link MIN_ITEM_REM}. */
export const ITEM_GAP_REM = 0.5

/** What the timeline view is computed from, besides the document. */
export interface TimelineViewOptions {
  lang: Language
  /** Today in Stockholm (`stockholmDay(new Date())`): the day shown when `as-of` does not say. */
  today: string
  /** The element's attributes by name: the day shown and the filters. */
  attributes?: DayAttributes & TimelineFilterAttributes
  /** A unit to keep the items of, selected in another widget of the same sync group. */
  unit?: string | undefined
  /** The item the reader moved to, which keeps the tab stop while it is shown. */
  activeId?: string | undefined
  /** The item the reader selected. */
  selectedId?: string | undefined
  /** The axis's scale; the axis is laid out only when it is given. */
  zoom?: TimelineZoom | undefined
}

/** The ids an item relates to, under a label ("Support areas"), as names. */
export interface RelatedView {
  label: string
  names: ViewText[]
}

/** One item of the timeline as every rendering shows it. */
export interface TimelineItemView {
  id: string
  kind: TimelineKind
  kindLabel: string
  /** Its status on the day, `unconfirmed` once passed when no source confirms how it turned out. */
  status: ShownStatus
  statusLabel: string
  date: DateView
  /** Said after the date when the date is only the day the item was published. */
  published: string | undefined
  /** Said after the kind for a context event from before the programme. */
  context: string | undefined
  title: ViewText
  description: ViewText | undefined
  related: RelatedView[]
  links: LinkView[]
  sources: LinkView[]
  /** The notes about the item: where the sources disagree about it, say nothing or were corrected. */
  notes: NoteView[]
  /** True for the one item that takes the keyboard's tab stop. */
  tabStop: boolean
  selected: boolean
  /** The entry the item shows, for events and calendar files. */
  entry: ProgrammeTimelineEntry
}

/** The items of one year in the list, and where today goes among them. */
export interface TimelineYearView {
  year: number
  items: TimelineItemView[]
  /** The position among `items` before which today's marker goes, in the year of today only. */
  todayAt: number | undefined
}

/** Where an item's bar sits on the axis. */
export interface AxisBar {
  /** Start, in per cent of the axis. */
  x: string
  /** Width, in per cent of the axis. */
  width: string
  /** Lane, from 1. */
  row: number
}

/** The axis: its scale, its ticks and where each item and today sit, in per cent of its width. */
export interface TimelineAxisView {
  zoom: TimelineZoom
  /** Width of one year, in rem. */
  yearRem: number
  /** How many years the axis spans. */
  years: number
  lanes: number
  ticks: { x: string; label: string }[]
  /** One bar per item, in the order of the items. */
  bars: AxisBar[]
  /** Today's marker: where it is, and whether its label sits to the left of it (late on the axis). */
  today: { x: string; alignEnd: boolean }
  /** The position among the items before which today's marker goes. */
  todayAt: number
}

/** A checkbox of the timeline's filter form. */
export interface FilterChoice {
  value: string
  label: ViewText
  checked: boolean
}

/** Everything the timeline shows, worked out for one language and one day. */
export interface TimelineContent {
  lang: Language
  words: TimelineMessages
  /** The words all views share. */
  common: CommonMessages
  /** The day the timeline is seen from, `YYYY-MM-DD`. */
  day: string
  /** Sentences about attributes the timeline could not use. */
  problems: string[]
  /** The programme's progress on the day, in words and as a fraction. */
  state: { text: string; fraction: number }
  /** "Showing 3 of 7 items". */
  count: string
  /** What to say instead of the items when none are shown; undefined when some are. */
  empty: string | undefined
  /** The items shown, in date order. */
  items: TimelineItemView[]
  /** The items grouped by the year they start in, with today's year always among them. */
  years: TimelineYearView[]
  /** The marker of the day the timeline is seen from. */
  today: { label: string; date: DateView }
  /** The item that holds the tab stop: the one moved to while shown, else the one nearest today. */
  tabStop: string | undefined
  /** The unit the list is filtered on, from a sync group. */
  unitFilter: ViewText | undefined
  /** What to tell a screen reader about the selection: "Selected: …", or nothing. */
  announcement: string
  /** The filter form's choices. */
  controls: { kinds: FilterChoice[]; areas: FilterChoice[]; context: boolean }
  /** The axis, when a zoom was asked for and there are items to show. */
  axis: TimelineAxisView | undefined
}

const entriesOf = /* @__PURE__ */ perDocument(timelineEntries)

function year(day: string): number {
  return Number(day.slice(0, 4))
}

function entryDate(entry: ProgrammeTimelineEntry, lang: Language): DateView {
  return {
    text: entry.end ? formatDateRange(entry.start, entry.end, lang) : formatPartialDate(entry.start, lang),
    datetime: htmlDatetime(entry.start),
  }
}

function itemView(
  document: ProgrammeDocument,
  entry: ProgrammeTimelineEntry,
  day: string,
  lang: Language,
  words: TimelineMessages,
): Omit<TimelineItemView, 'tabStop' | 'selected'> {
  const item = entry.item
  const status = shownStatus(entry.interval, day, item.outcomeUnconfirmed)
  const related = (
    [
      [words.areas, item.areas],
      [words.bodies, item.bodies],
      [words.decisions, item.decisions],
      [words.units, item.units],
    ] as const
  )
    .filter(([, ids]) => ids !== undefined && ids.length > 0)
    .map(([label, ids]) => ({ label, names: (ids ?? []).map((id) => nameOf(document, id, lang)) }))
  return {
    id: entry.id,
    kind: entry.kind,
    kindLabel: TIMELINE_KIND_LABELS[lang][entry.kind],
    status,
    statusLabel: TIMELINE_STATUS_LABELS[lang][status],
    date: entryDate(entry, lang),
    published: item.dateMeans === 'published' ? words.published : undefined,
    context: item.context === true ? words.context : undefined,
    title: localize(item.title, lang),
    description: item.description ? localize(item.description, lang) : undefined,
    related,
    links: linkViews(item.links, lang),
    sources: sourceLinks(document, item.sources, lang),
    notes: notesConcerning(document, new Set([item.id])).map(({ note }) => noteView(note, lang)),
    entry,
  }
}

/** The programme's progress on `day` in words. */
function stateOf(document: ProgrammeDocument, day: string, words: TimelineMessages, lang: Language) {
  const progress = programmeProgress(programmeInterval(document), day)
  const text =
    progress.status === 'upcoming'
      ? words.before(formatDateText(document.programme.start, lang))
      : progress.status === 'done'
        ? words.after(formatDateText(document.programme.end, lang))
        : words.during(Math.round(progress.fraction * 100), formatDateText(document.programme.end, lang))
  return { text, fraction: progress.fraction }
}

/** The years of the list, with an empty year for today when no item starts in it. */
function yearsOf(items: TimelineItemView[], day: string): TimelineYearView[] {
  const groups = groupByYear(items.map((item) => ({ interval: item.entry.interval, item }))).map(
    (group): TimelineYearView => ({
      year: group.year,
      items: group.entries.map(({ item }) => item),
      todayAt: undefined,
    }),
  )
  const todayYear = year(day)
  let group = groups.find((candidate) => candidate.year === todayYear)
  if (group === undefined) {
    group = { year: todayYear, items: [], todayAt: undefined }
    const at = groups.findIndex((candidate) => candidate.year > todayYear)
    groups.splice(at < 0 ? groups.length : at, 0, group)
  }
  const after = group.items.findIndex((item) => item.entry.interval.start > day)
  group.todayAt = after < 0 ? group.items.length : after
  return groups
}

/** Lays the items out on an axis of whole years that holds them, the programme and today. */
function axisOf(
  document: ProgrammeDocument,
  items: TimelineItemView[],
  day: string,
  zoom: TimelineZoom,
  lang: Language,
): TimelineAxisView {
  const programme = programmeInterval(document)
  let first = Math.min(year(programme.start), year(day))
  let last = Math.max(year(programme.end), year(day))
  for (const { entry } of items) {
    first = Math.min(first, year(entry.interval.start))
    last = Math.max(last, year(entry.interval.end))
  }
  const origin = `${first}-01-01`
  const total = daysBetween(origin, `${last}-12-31`) + 1
  const at = (when: string) => (daysBetween(origin, when) / total) * 100
  // Lanes follow the room an item takes on screen: a one-day decision still needs space for its text.
  const minDays = Math.ceil(((MIN_ITEM_REM + ITEM_GAP_REM) / YEAR_REM[zoom]) * 365.25)
  const { lanes, laneOf } = assignLanes(
    items.map(({ entry }) => {
      const room = addDays(entry.interval.start, minDays - 1)
      return {
        id: entry.id,
        interval: { ...entry.interval, end: entry.interval.end > room ? entry.interval.end : room },
      }
    }),
  )
  const ticks: { x: string; label: string }[] = []
  for (let y = first; y <= last; y++) {
    if (zoom === 'year') ticks.push({ x: at(`${y}-01-01`).toFixed(3), label: String(y) })
    else
      for (const quarter of [1, 2, 3, 4] as const) {
        const date = { precision: 'quarter', year: y, quarter } as const
        ticks.push({ x: at(toDayInterval(date).start).toFixed(3), label: formatPartialDate(date, lang) })
      }
  }
  const bars = items.map(({ entry }) => {
    const x = at(entry.interval.start)
    return {
      x: x.toFixed(3),
      width: (at(addDays(entry.interval.end, 1)) - x).toFixed(3),
      row: (laneOf.get(entry.id) ?? 0) + 1,
    }
  })
  const todayX = at(day)
  const after = items.findIndex((item) => item.entry.interval.start > day)
  return {
    zoom,
    yearRem: YEAR_REM[zoom],
    years: last - first + 1,
    lanes,
    ticks,
    bars,
    today: { x: todayX.toFixed(3), alignEnd: todayX > 60 },
    todayAt: after < 0 ? items.length : after,
  }
}

/**
 * The timeline of a document as every rendering shows it: the programme's progress, the items the
 * attributes keep in date order with their dates, kinds, statuses against the day, related items,
 * links and sources, grouped by year with today's place among them, the tab stop, the filter form's
 * choices and, when a zoom is given, the axis with its lanes.
 */
export function timelineView(document: ProgrammeDocument, options: TimelineViewOptions): TimelineContent {
  const { lang, attributes = {} } = options
  const words = TIMELINE_MESSAGES[lang]
  const { day, problems: dayProblems } = viewDay(attributes, options.today)
  const { filter, problems: filterProblems } = timelineFilter(attributes, options.unit)
  const entries = entriesOf(document)
  const shown = sortEntries(filterEntries(entries, filter))
  // The tab stop: the item moved to while it is shown, else the one nearest the day (the latest to
  // have started of those under way, else the next to come), else the last.
  const tabStop = (
    shown.find((entry) => entry.id === options.activeId) ??
    shown.findLast((entry) => entryStatus(entry.interval, day) === 'ongoing') ??
    shown.find((entry) => entry.interval.start > day) ??
    shown.at(-1)
  )?.id
  const items = shown.map((entry) => ({
    ...itemView(document, entry, day, lang, words),
    tabStop: entry.id === tabStop,
    selected: entry.id === options.selectedId,
  }))
  const selected = items.find((item) => item.selected)
  const kinds = new Set<string>(filter.kinds)
  const areas = new Set(filter.areas)
  return {
    lang,
    words,
    common: COMMON_MESSAGES[lang],
    day,
    problems: [
      ...dayProblems.map((problem) => notADay(problem, lang, words.asOfToday)),
      ...filterProblems.map((problem) => notADay(problem, lang, words.withoutLimit)),
    ],
    state: stateOf(document, day, words, lang),
    count: words.count(items.length, entries.length),
    empty: items.length > 0 ? undefined : entries.length === 0 ? words.none : words.empty,
    items,
    years: yearsOf(items, day),
    today: { label: `${words.today}:`, date: { text: formatDateText(day, lang), datetime: day } },
    tabStop,
    unitFilter: options.unit === undefined ? undefined : nameOf(document, options.unit, lang),
    announcement: selected ? words.selectedNow(selected.title.text) : '',
    controls: {
      kinds: TIMELINE_KINDS.map((kind) => ({
        value: kind,
        label: plainText(TIMELINE_KIND_LABELS[lang][kind], lang),
        checked: kinds.has(kind),
      })),
      areas: sortByOrder(document.supportAreas).map((area) => ({
        value: area.id,
        label: localize(area.title, lang),
        checked: areas.has(area.id),
      })),
      context: filter.includeContext === true,
    },
    axis: options.zoom && items.length > 0 ? axisOf(document, items, day, options.zoom, lang) : undefined,
  }
}
