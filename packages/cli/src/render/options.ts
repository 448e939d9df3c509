import type { Language } from '@kth-vs/core'
import type { HeadingLevel } from './html.js'

/** Settings every fallback renderer receives, already checked and with defaults filled in. */
export interface ResolvedRenderOptions {
  /** The language of the texts. */
  lang: Language
  /** The level of the widget's headings. */
  headingLevel: HeadingLevel
  /** Today, `YYYY-MM-DD`: the timeline's statuses are relative to it. */
  now: string
  /** The day the organisation chart shows, `YYYY-MM-DD`. */
  asOf: string
  /** Whether the timeline shows context events from before or around the programme. */
  includeContext: boolean
}
