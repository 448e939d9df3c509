import {
  type Language,
  type PrincipleCard,
  type PrinciplesContent,
  type ProgrammeDocument,
  clampHeadingLevel,
  principlesView,
} from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { cardStyles } from '../base/cards.styles.js'
import { renderHeading } from '../base/heading.js'
import { DisclosureController } from '../base/disclosure.js'
import { disclosureStyles } from '../base/disclosure.styles.js'
import { renderLink } from '../base/sources.js'
import { nextSelection, renderSelectAction, selectActionStyles } from '../base/select-action.js'
import { renderText } from '../base/text.js'
import { VsElement } from '../base/vs-element.js'
import { principleCardsStyles } from './principle-cards.styles.js'

/** Detail of `vs-select` from `<vs-principle-cards>`. */
export interface PrincipleSelectDetail {
  /** The principle's id. */
  id: string
  kind: 'principle'
}

/**
 * The programme's guiding principles as a numbered grid of cards. Each card has its title and summary,
 * a "Read more" disclosure for details and other wordings, a list of its sources on demand, the notes
 * that concern it (such as where the sources differ) and a button that selects it. Notes about several
 * principles at once are shown once, below the cards.
 *
 * @summary The guiding principles as cards.
 * @fires {CustomEvent<PrincipleSelectDetail>} vs-select - the reader selected a principle; `detail: { id, kind: 'principle' }`
 * @fires {CustomEvent<VsLoadDetail>} vs-load - the data is loaded and valid; `detail: { document, origin }`
 * @fires {CustomEvent<VsErrorDetail>} vs-error - the data could not be loaded or is invalid; `detail: { issues, origin }`
 * @csspart list - the list of cards
 * @csspart card - one card
 * @csspart title - a card's heading
 * @csspart disclosure - a button that shows or hides more (details, sources, a note)
 * @csspart panel - what a disclosure shows
 * @csspart select - a card's select button
 * @csspart notes - the notes about several principles, below the cards
 * @cssprop --vs-card-min-inline-size - the narrowest a card gets before the grid drops a column (default 16rem)
 * @cssprop --vs-color-primary - accent colour of the numbers, top borders and buttons
 */
export class VsPrincipleCards extends VsElement<PrincipleSelectDetail> {
  static override styles = [
    ...VsElement.styles,
    cardStyles,
    disclosureStyles,
    selectActionStyles,
    principleCardsStyles,
  ]

  static override properties = {
    ...VsElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { type: String, reflect: true },
  }

  /** The level (2–6) of each card's heading, so the cards fit the page's outline. */
  declare headingLevel: number
  /** The id of the selected principle, if any; set by the reader's choice or by the page. */
  declare selected: string | undefined

  #disclosures = new DisclosureController(this, 'pc-')

  constructor() {
    super()
    this.headingLevel = 3
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const content = principlesView(document, { lang, selected: this.selected })
    if (content.empty !== undefined) return html`<p class="empty">${content.empty}</p>`
    return html`<ol class="cards" part="list" aria-label=${content.words.label}>
        ${content.cards.map((card) => this.#card(content, card))}
      </ol>
      ${
        content.notes.length > 0
          ? html`<div class="notes" part="notes">
              ${content.notes.map((note) => this.#disclosures.note(note, content.words.label, lang))}
            </div>`
          : nothing
      }`
  }

  #card(content: PrinciplesContent, card: PrincipleCard): TemplateResult {
    const { lang, words, common } = content
    const title = renderText(card.title, lang)
    const more = card.more
    return html`<li class="card ${card.selected ? 'selected' : ''}" part="card" value=${card.order}>
      ${renderHeading(
        clampHeadingLevel(this.headingLevel),
        'title',
        html`<span class="number" aria-hidden="true">${card.order}</span
          ><span class="visually-hidden">${card.order}. </span><span class="title-text">${title}</span>`,
      )}
      <p class="summary">${renderText(card.summary, lang)}</p>
      ${
        more
          ? this.#disclosures.render(`more-${card.id}`, {
              label: words.more,
              about: title,
              panel: html`${more.details ? html`<p class="details">${renderText(more.details, lang)}</p>` : nothing}
              ${
                more.variants.length > 0
                  ? html`<p class="variants">
                      ${words.variants}
                      ${more.variants.map(
                        (variant, index) => html`${index > 0 ? ', ' : ''}<q>${renderText(variant, lang)}</q>`,
                      )}
                    </p>`
                  : nothing
              }`,
            })
          : nothing
      }
      ${
        card.sources.length > 0
          ? this.#disclosures.render(`sources-${card.id}`, {
              label: card.sourcesLabel,
              about: title,
              panel: html`<ul class="sources">
                ${card.sources.map((source) => html`<li>${renderLink(source, lang)}</li>`)}
              </ul>`,
            })
          : nothing
      }
      ${card.notes.map((note) => this.#disclosures.note(note, title, lang))}
      ${renderSelectAction({
        selected: card.selected,
        label: common.select,
        about: title,
        selectedLabel: common.selected,
        onSelect: () => this.#choose(card.id),
      })}
    </li>`
  }

  #choose(id: string): void {
    this.selected = nextSelection(this.selected, id)
    if (this.selected) this.select<PrincipleSelectDetail>({ id, kind: 'principle' })
  }
}
