import { type TemplateResult, html } from 'lit'

/** Heading levels a widget may use inside a page (h1 belongs to the page). */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6

/** Keeps a heading level from an attribute within 2–6; anything else becomes `fallback`. */
export function clampHeadingLevel(level: unknown, fallback: HeadingLevel = 3): HeadingLevel {
  const n = Number(level)
  return Number.isInteger(n) && n >= 2 && n <= 6 ? (n as HeadingLevel) : fallback
}

/** Renders a real heading element of the given level; tags are literal, so no markup comes from data. */
export function renderHeading(level: HeadingLevel, className: string, content: unknown): TemplateResult {
  switch (level) {
    case 2:
      return html`<h2 class=${className} part=${className}>${content}</h2>`
    case 3:
      return html`<h3 class=${className} part=${className}>${content}</h3>`
    case 4:
      return html`<h4 class=${className} part=${className}>${content}</h4>`
    case 5:
      return html`<h5 class=${className} part=${className}>${content}</h5>`
    case 6:
      return html`<h6 class=${className} part=${className}>${content}</h6>`
  }
}
