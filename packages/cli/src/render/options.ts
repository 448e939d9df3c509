import type { DayAttributes, HeadingLevel, Language, TimelineFilterAttributes } from '@kth-vs/core'

/**
 * The element attributes a fallback follows, by their names on the element: the day shown
 * (`as-of`, its older name `now`, `compare-from`, `compare-to`), the timeline's filters
 * (`filter-kind`, `filter-area`, `from`, `to`, `context`), the support areas' `view` and the
 * organisation chart's `root`.
 */
export type RenderAttributes = DayAttributes &
  TimelineFilterAttributes & {
    view?: string | undefined
    root?: string | undefined
  }

/** Settings every fallback renderer receives, already checked and with defaults filled in. */
export interface ResolvedRenderOptions {
  /** The language of the texts. */
  lang: Language
  /** The level of the widget's headings. */
  headingLevel: HeadingLevel
  /** Today, `YYYY-MM-DD`: the day shown when `as-of` does not say. */
  today: string
  /** The element's attributes. */
  attributes: RenderAttributes
}
