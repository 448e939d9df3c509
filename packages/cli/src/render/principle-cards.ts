import { type Language, type ProgrammeDocument, notesAbout, sortByOrder } from '@kth-vs/core'
import { type SafeHtml, heading, markup, text } from './html.js'
import { renderNotes } from './notes.js'
import type { ResolvedRenderOptions } from './options.js'

const messages = {
  sv: { label: 'Vägledande principer', empty: 'Inga principer finns i uppgifterna.' },
  en: { label: 'Guiding principles', empty: 'The data holds no principles.' },
} satisfies Record<Language, Record<string, string>>

/**
 * The guiding principles as an ordered list: each item a heading with the principle's title and a
 * paragraph with its summary, numbered by the principle's order.
 */
export function renderPrincipleCards(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const { lang, headingLevel } = options
  const words = messages[lang]
  const principles = sortByOrder(document.principles)
  if (principles.length === 0) return markup`<p>${words.empty}</p>`
  return markup`<ol aria-label="${words.label}">
    ${principles.map(
      (principle) =>
        markup`<li value="${principle.order}">
          ${heading(headingLevel, text(principle.title, lang))}
          <p>${text(principle.summary, lang)}</p>
        </li>`,
    )}
  </ol>
  ${renderNotes(
    notesAbout(
      document,
      principles.map((p) => p.id),
    ),
    lang,
  )}`
}
