import type { HeadingLevel } from '@kth-vs/core'
import { type TemplateResult, html } from 'lit'

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
