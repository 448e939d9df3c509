import type { Language, LocalizedString, Phrase } from '@kth-vs/core'
import { type TemplateResult, html } from 'lit'

/**
 * Renders a localised text as plain text (never HTML). A text shown in the other language, because a
 * translation is missing, carries its own `lang` so screen readers pronounce it right.
 */
export function renderText(text: LocalizedString, widgetLang: Language): TemplateResult | string {
  return text.lang === widgetLang ? text.text : html`<span lang=${text.lang}>${text.text}</span>`
}

/** Renders words and texts of a view in reading order, each text marked with its language when it differs. */
export function renderPhrase(parts: Phrase, widgetLang: Language): (TemplateResult | string)[] {
  return parts.map((part) => (typeof part === 'string' ? part : renderText(part, widgetLang)))
}
