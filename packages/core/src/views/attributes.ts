import { isValidDay } from '../dates/day.js'
import type { TimelineFilter, TimelineKind } from '../timeline/entries.js'

// How a view reads the attributes an editor writes on an element (or passes to `kth-vs render`, or
// that the site's fallbacks copy from a page): one rule for the day a view shows and one for what the
// timeline keeps, so a widget and its static HTML never disagree.

/**
 * The attributes that say which day a view shows. `as-of` is the day; `now` is its older name on
 * the timeline, read when `as-of` is absent. With both `compare-from` and `compare-to`, the view shows
 * `compare-to` and what changed since `compare-from`.
 */
export interface DayAttributes {
  'as-of'?: string | undefined
  now?: string | undefined
  'compare-from'?: string | undefined
  'compare-to'?: string | undefined
}

/** An attribute whose value is not what the view can use, so the view goes on without it. */
export interface AttributeProblem {
  attribute: string
  value: string
}

/** The day a view shows, read from its attributes. */
export interface ViewDay {
  /** The day shown, `YYYY-MM-DD`. */
  day: string
  /** The earlier day of a comparison, when both days of one are valid. */
  compareFrom: string | undefined
  /** Attributes that hold something that is not a day, and were left out for it. */
  problems: AttributeProblem[]
}

/** An attribute's value, or undefined when it is absent or blank. */
function given(value: string | undefined): string | undefined {
  const trimmed = value?.trim()
  return trimmed === undefined || trimmed === '' ? undefined : trimmed
}

/**
 * The day a view shows: `compare-to` when both comparison days are given, else `as-of` (or its older
 * name `now`), else `today`. An attribute that holds no valid day is reported and the view falls back
 * to `today` (for the day) or shows no comparison (for `compare-from`).
 *
 * @param attributes - the element's attributes by name
 * @param today - the day to fall back to, usually today in Stockholm (`stockholmDay(new Date())`)
 */
export function viewDay(attributes: DayAttributes, today: string): ViewDay {
  const problems: AttributeProblem[] = []
  const from = given(attributes['compare-from'])
  const to = given(attributes['compare-to'])
  const comparing = from !== undefined && to !== undefined
  const [name, wanted] = comparing
    ? ['compare-to', to]
    : given(attributes['as-of']) !== undefined
      ? ['as-of', given(attributes['as-of'])]
      : ['now', given(attributes.now)]
  let day = today
  if (wanted !== undefined) {
    if (isValidDay(wanted)) day = wanted
    else problems.push({ attribute: name, value: wanted })
  }
  let compareFrom: string | undefined
  if (comparing) {
    if (!isValidDay(from)) problems.push({ attribute: 'compare-from', value: from })
    else if (isValidDay(to)) compareFrom = from
  }
  return { day, compareFrom, problems }
}

/** The attributes that filter the timeline. */
export interface TimelineFilterAttributes {
  /** Kinds to keep, separated by spaces; all when empty. */
  'filter-kind'?: string | undefined
  /** Ids of support areas, separated by spaces; items of any of them are kept, all when empty. */
  'filter-area'?: string | undefined
  /** Keep items that run on this day or later. */
  from?: string | undefined
  /** Keep items that run on this day or earlier. */
  to?: string | undefined
  /** Keep the context events from before the programme. */
  context?: boolean | undefined
}

/** What the timeline keeps, read from its attributes, and the attributes it could not use. */
export interface TimelineFilterReading {
  filter: TimelineFilter
  problems: AttributeProblem[]
}

/** The words of a space-separated attribute. */
export function attributeWords(value: string | undefined): string[] {
  return value?.split(/\s+/).filter(Boolean) ?? []
}

/**
 * What the timeline keeps: the kinds and support areas listed (all when none are), the items that run
 * between `from` and `to`, context events only with `context`, and only the items of `unit` when a
 * unit is given (another widget of the same sync group selected it). A day that is not a valid day is
 * reported and that end is left open. A kind the timeline does not know keeps nothing of it.
 */
export function timelineFilter(attributes: TimelineFilterAttributes, unit?: string): TimelineFilterReading {
  const problems: AttributeProblem[] = []
  const day = (name: 'from' | 'to'): string | undefined => {
    const value = given(attributes[name])
    if (value === undefined || isValidDay(value)) return value
    problems.push({ attribute: name, value })
    return undefined
  }
  return {
    filter: {
      kinds: attributeWords(attributes['filter-kind']) as TimelineKind[],
      areas: attributeWords(attributes['filter-area']),
      units: unit === undefined ? undefined : [unit],
      from: day('from'),
      to: day('to'),
      includeContext: attributes.context === true,
    },
    problems,
  }
}
