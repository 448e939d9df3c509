import { compareDayIntervals, daysBetween } from '../dates/index.js'
import type { DayInterval } from '../dates/index.js'

/** The kinds of things a timeline shows: single-day decisions and milestones, and longer phases and periods. */
export const TIMELINE_KINDS = ['decision', 'milestone', 'phase', 'period'] as const

/** One of {@link TIMELINE_KINDS}. */
export type TimelineKind = (typeof TIMELINE_KINDS)[number]

/** Where an entry stands relative to today. */
export const TIMELINE_STATUSES = ['done', 'ongoing', 'upcoming'] as const

/** One of {@link TIMELINE_STATUSES}. */
export type TimelineStatus = (typeof TIMELINE_STATUSES)[number]

/**
 * The generic shape the timeline logic works on. Kept free of the content schema so any source
 * (decisions, milestones, phases) can be mapped onto it.
 */
export interface TimelineEntry {
  /** Unique id; lane assignment is keyed by it. */
  id: string
  /** What sort of entry this is. */
  kind: TimelineKind
  /** The days the entry covers, inclusive; a partial date is given as its whole interval. */
  interval: DayInterval
  /** Ids of the areas the entry concerns. */
  areas?: string[]
  /** Ids of the bodies (groups, boards) involved. */
  bodies?: string[]
  /** Ids of the organisational units involved. */
  units?: string[]
  /** Ids of the decisions the entry relates to. */
  decisions?: string[]
  /** True for background events from before the programme; hidden unless asked for. */
  context?: boolean
}

/**
 * Whether an interval is over, under way or still ahead on `today` (a Stockholm day, see `stockholmDay`).
 * Precision is carried by the interval: an entry dated '2023-Q1' is ongoing on every day of that quarter.
 */
export function entryStatus(interval: DayInterval, today: string): TimelineStatus {
  if (today < interval.start) return 'upcoming'
  if (today > interval.end) return 'done'
  return 'ongoing'
}

/** What an entry is shown as: its status against today, or that its outcome is not confirmed. */
export const SHOWN_STATUSES = [...TIMELINE_STATUSES, 'unconfirmed'] as const

/** One of {@link SHOWN_STATUSES}. */
export type ShownStatus = (typeof SHOWN_STATUSES)[number]

/**
 * The status an entry is shown with on `today`: as {@link entryStatus}, except that a planned entry
 * whose outcome no source confirms is `unconfirmed` once its days have passed, because its dates
 * alone do not say that it happened.
 */
export function shownStatus(interval: DayInterval, today: string, outcomeUnconfirmed?: boolean): ShownStatus {
  const status = entryStatus(interval, today)
  return status === 'done' && outcomeUnconfirmed === true ? 'unconfirmed' : status
}

/** How far a programme has come on a given day. */
export interface ProgrammeProgress {
  /** The programme's status on that day. */
  status: TimelineStatus
  /** `daysElapsed / daysTotal`, always within 0..1. */
  fraction: number
  /** Whole days of the programme before today (today itself is not yet elapsed). */
  daysElapsed: number
  /** Number of days in the programme, both ends included. */
  daysTotal: number
  /** Days of the programme from today on, today included; `daysElapsed + daysLeft === daysTotal`. */
  daysLeft: number
}

/**
 * Progress of a programme on `today`. Today counts as a day left rather than elapsed, so the first day
 * shows 0 and the day after the end shows exactly 1.
 */
export function programmeProgress(programme: DayInterval, today: string): ProgrammeProgress {
  const daysTotal = Math.max(0, daysBetween(programme.start, programme.end) + 1)
  const daysElapsed = Math.min(daysTotal, Math.max(0, daysBetween(programme.start, today)))
  // A zero-length programme (end before start) would divide by zero; call it finished.
  const fraction = daysTotal === 0 ? 1 : daysElapsed / daysTotal
  return {
    status: entryStatus(programme, today),
    fraction,
    daysElapsed,
    daysTotal,
    daysLeft: daysTotal - daysElapsed,
  }
}

/** Entries in date order: by start, then end; entries with equal intervals keep their input order. */
export function sortEntries<T extends Pick<TimelineEntry, 'interval'>>(entries: readonly T[]): T[] {
  // Array.prototype.sort is stable since ES2019, which gives the tie rule for free.
  return [...entries].sort((a, b) => compareDayIntervals(a.interval, b.interval))
}

/** Entries that start in one calendar year. */
export interface YearGroup<T> {
  /** The year the entries start in. */
  year: number
  /** The entries, in date order. */
  entries: T[]
}

/** Groups entries by the year they start in, years ascending and entries in date order within each year. */
export function groupByYear<T extends Pick<TimelineEntry, 'interval'>>(
  entries: readonly T[],
): YearGroup<T>[] {
  const groups: YearGroup<T>[] = []
  // Sorting first makes the groups come out in year order with no second pass.
  for (const entry of sortEntries(entries)) {
    const year = Number(entry.interval.start.slice(0, 4))
    const last = groups.at(-1)
    if (last?.year === year) last.entries.push(entry)
    else groups.push({ year, entries: [entry] })
  }
  return groups
}

/** What {@link filterEntries} keeps. Every criterion left out (or given as an empty list) lets all through. */
export interface TimelineFilter {
  /** Keep entries of these kinds. */
  kinds?: readonly TimelineKind[]
  /** Keep entries that list at least one of these areas. */
  areas?: readonly string[]
  /** Keep entries that list at least one of these bodies. */
  bodies?: readonly string[]
  /** Keep entries that list at least one of these units. */
  units?: readonly string[]
  /** Keep entries that overlap the days from this one on. */
  from?: string
  /** Keep entries that overlap the days up to and including this one. */
  to?: string
  /** Keep context entries (events before the programme). Default false. */
  includeContext?: boolean
}

function listsAny(listed: readonly string[] | undefined, wanted: readonly string[] | undefined): boolean {
  // An empty selection means "no filter", as a row of unticked checkboxes does in the widgets.
  if (wanted === undefined || wanted.length === 0) return true
  return listed !== undefined && listed.some((id) => wanted.includes(id))
}

/**
 * Keeps the entries that meet every given criterion; input order is preserved. An entry passes
 * `from`/`to` when its interval overlaps [from, to] (sharing one day is enough); either end may be left open.
 */
export function filterEntries<T extends TimelineEntry>(
  entries: readonly T[],
  filter: TimelineFilter = {},
): T[] {
  const { kinds, areas, bodies, units, from, to, includeContext = false } = filter
  // [from, to] with from after to holds no day, so nothing can overlap it.
  if (from !== undefined && to !== undefined && from > to) return []
  return entries.filter(
    (entry) =>
      (includeContext || entry.context !== true) &&
      (kinds === undefined || kinds.length === 0 || kinds.includes(entry.kind)) &&
      listsAny(entry.areas, areas) &&
      listsAny(entry.bodies, bodies) &&
      listsAny(entry.units, units) &&
      (from === undefined || entry.interval.end >= from) &&
      (to === undefined || entry.interval.start <= to),
  )
}
