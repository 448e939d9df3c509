import {
  type PrincipleCard,
  type PrinciplesContent,
  type ProgrammeDocument,
  principlesView,
} from '@kth-vs/core'
import { type SafeHtml, heading, link, markup, notes, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

function card(value: PrincipleCard, content: PrinciplesContent, options: ResolvedRenderOptions): SafeHtml {
  const { lang, words } = content
  const more = value.more
  return markup`<li value="${value.order}">
    ${heading(options.headingLevel, text(value.title, lang))}
    <p>${text(value.summary, lang)}</p>
    ${
      more
        ? markup`<details>
            <summary>${words.more}</summary>
            ${more.details ? markup`<p>${text(more.details, lang)}</p>` : ''}
            ${
              more.variants.length > 0
                ? markup`<p>${words.variants} ${more.variants.map((variant, i) => markup`${i > 0 ? ', ' : ''}<q>${text(variant, lang)}</q>`)}</p>`
                : ''
            }
          </details>`
        : ''
    }
    ${
      value.sources.length > 0
        ? markup`<details>
            <summary>${value.sourcesLabel}</summary>
            <ul>
              ${value.sources.map((source) => markup`<li>${link(source, lang)}</li>`)}
            </ul>
          </details>`
        : ''
    }
    ${notes(value.notes, lang)}
  </li>`
}

/**
 * The guiding principles as the widget's cards show them, as an ordered list numbered by the
 * principles' order: each a heading with the title, the summary, what "Read more" shows, the sources
 * and the notes about it behind disclosures; then the notes about several principles.
 */
export function renderPrincipleCards(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const content = principlesView(document, { lang: options.lang })
  if (content.empty !== undefined) return markup`<p>${content.empty}</p>`
  return markup`<ol aria-label="${content.words.label}">
    ${content.cards.map((value) => card(value, content, options))}
  </ol>
  ${notes(content.notes, content.lang)}`
}
