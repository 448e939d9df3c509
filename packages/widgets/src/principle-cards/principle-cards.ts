import { type Language, type ProgrammeDocument, localize, sortByOrder } from '@kth-vs/core'
import { html, nothing } from 'lit'
import { VsElement } from '../base/vs-element.js'
import { renderHeading, clampHeadingLevel } from '../base/heading.js'
import { renderText } from '../base/text.js'
import { principleCardsStyles } from './principle-cards.styles.js'

const messages = {
  sv: { label: 'Vägledande principer', empty: 'Inga principer finns i uppgifterna.' },
  en: { label: 'Guiding principles', empty: 'The data holds no principles.' },
} satisfies Record<Language, Record<string, string>>

/**
 * The programme's guiding principles as a numbered grid of cards.
 *
 * @summary The guiding principles as cards.
 * @csspart list - the list of cards
 * @csspart card - one card
 * @csspart title - a card's heading
 * @cssprop --vs-card-min-inline-size - the narrowest a card gets before the grid drops a column (default 16rem)
 */
export class VsPrincipleCards extends VsElement {
  static override styles = [...VsElement.styles, principleCardsStyles]

  static override properties = {
    ...VsElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
  }

  /** The level (2–6) of each card's heading, so the cards fit the page's outline. */
  declare headingLevel: number

  constructor() {
    super()
    this.headingLevel = 3
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const text = messages[lang]
    const principles = sortByOrder(document.principles)
    if (principles.length === 0) return html`<p class="empty">${text.empty}</p>`
    const level = clampHeadingLevel(this.headingLevel)
    return html`<ol class="cards" part="list" aria-label=${text.label}>
        ${principles.map(
          (principle) =>
            html`<li class="card" part="card">
              <span class="number" aria-hidden="true">${principle.order}</span>
              ${renderHeading(level, 'title', renderText(localize(principle.title, lang), lang))}
              <p class="summary">${renderText(localize(principle.summary, lang), lang)}</p>
            </li>`,
        )}
      </ol>
      ${nothing}`
  }
}
