import type { Language, LinkView } from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { renderText } from './text.js'

/**
 * A link of a view: an `<a>` when the view found its target safe, else its label as plain text rather
 * than a link to the page itself. `hreflang` says when the page linked to is in another language.
 */
export function renderLink(link: LinkView, lang: Language): TemplateResult | string {
  const label = renderText(link.label, lang)
  return link.href ? html`<a href=${link.href} hreflang=${link.hreflang ?? nothing}>${label}</a>` : label
}
