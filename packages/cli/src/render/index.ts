import {
  type Language,
  type ProgrammeDocument,
  clampHeadingLevel,
  isValidDay,
  stockholmDay,
} from '@kth-vs/core'
import { renderGovernance } from './governance.js'
import { type SafeHtml, fallbackWrapper } from './html.js'
import type { RenderAttributes, ResolvedRenderOptions } from './options.js'
import { renderOrgChart } from './org-chart.js'
import { renderPrincipleCards } from './principle-cards.js'
import { renderProgramme } from './programme.js'
import { renderSupportAreas } from './support-areas.js'
import { renderTimeline } from './timeline.js'

/** The widgets that have a static HTML fallback, by the name the `render` command takes. */
export const FALLBACK_WIDGETS = [
  'principle-cards',
  'support-areas',
  'governance',
  'timeline',
  'org-chart',
  'programme',
] as const

/** A widget with a static HTML fallback. */
export type FallbackWidget = (typeof FALLBACK_WIDGETS)[number]

/** Settings for {@link renderFallback}; every one is optional. */
export interface RenderOptions {
  /** The language of the texts; Swedish by default. */
  lang?: Language
  /** The level (2–6) of the widget's headings, as the widget's `heading-level`; 3 by default. */
  headingLevel?: number
  /** Today as `YYYY-MM-DD`, the day shown when `as-of` does not say; today in Stockholm by default. */
  today?: string
  /**
   * The element's attributes, by their names on the element, read as the widget reads them: the day
   * shown (`as-of`, `compare-from`, `compare-to`), the timeline's filters (`filter-kind`,
   * `filter-area`, `from`, `to`, `context`), the support areas' `view` and the organisation's `root`;
   * the programme overview reads `as-of`.
   */
  attributes?: RenderAttributes
}

const RENDERERS: Record<
  FallbackWidget,
  (document: ProgrammeDocument, options: ResolvedRenderOptions) => SafeHtml
> = {
  'principle-cards': renderPrincipleCards,
  'support-areas': renderSupportAreas,
  governance: renderGovernance,
  timeline: renderTimeline,
  'org-chart': renderOrgChart,
  programme: renderProgramme,
}

/** True when `name` is one of {@link FALLBACK_WIDGETS}. */
export function isFallbackWidget(name: string): name is FallbackWidget {
  return (FALLBACK_WIDGETS as readonly string[]).includes(name)
}

/**
 * Renders the content a widget shows as static, semantic HTML — headings, lists, tables, no scripts,
 * styles or event handlers — wrapped in `<div class="vs-fallback" lang>`. It works where scripts are
 * not allowed at all, and inside the custom element as light-DOM content shown until the element
 * upgrades. Every text from the document is escaped and only links that pass `safeHref` become links.
 *
 * @param widget - which widget's content to render
 * @param document - a validated programme document (see `validateProgramme`)
 * @param options - language, heading level, today and the element's attributes
 * @returns the markup, ending with a line break
 * @throws RangeError when `today` is not a valid day, or the widget is unknown
 */
export function renderFallback(
  widget: FallbackWidget,
  document: ProgrammeDocument,
  options: RenderOptions = {},
): string {
  const renderer = isFallbackWidget(widget) ? RENDERERS[widget] : undefined
  if (renderer === undefined) throw new RangeError(`unknown widget ${JSON.stringify(widget)}`)
  const lang = options.lang ?? 'sv'
  const today = options.today ?? stockholmDay(new Date())
  if (!isValidDay(today)) throw new RangeError(`today must be a day YYYY-MM-DD, got ${JSON.stringify(today)}`)
  const resolved: ResolvedRenderOptions = {
    lang,
    headingLevel: clampHeadingLevel(options.headingLevel),
    today,
    attributes: options.attributes ?? {},
  }
  return fallbackWrapper(lang, renderer(document, resolved))
}

export { escapeHtml } from './html.js'
export { renderGovernance } from './governance.js'
export { renderOrgChart } from './org-chart.js'
export { renderPrincipleCards } from './principle-cards.js'
export { renderProgramme } from './programme.js'
export { renderSupportAreas } from './support-areas.js'
export { renderTimeline } from './timeline.js'
export type { RenderAttributes, ResolvedRenderOptions } from './options.js'
