import { type Language, type Source, localize, safeHref } from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { renderText } from './text.js'

/** A source's title in the reader's language, or its address when it has no title. */
export function renderSourceLabel(source: Source, lang: Language): TemplateResult | string {
  return source.title ? renderText(localize(source.title, lang), lang) : source.url
}

/**
 * A source as a link to it; a source whose address is refused shows as plain text rather than as a
 * link to the page itself.
 */
export function renderSourceLink(source: Source, lang: Language): TemplateResult {
  const label = renderSourceLabel(source, lang)
  const href = safeHref(source.url)
  return href
    ? html`<a href=${href} hreflang=${source.lang && source.lang !== lang ? source.lang : nothing}
        >${label}</a
      >`
    : html`${label}`
}
