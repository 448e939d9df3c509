import {
  type Language,
  type Note,
  type Principle,
  type ProgrammeDocument,
  type Source,
  localize,
  sortByOrder,
} from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { cardStyles } from '../base/cards.styles.js'
import { clampHeadingLevel, renderHeading } from '../base/heading.js'
import { disclosureStyles, renderDisclosure, renderNote, toggled } from '../base/disclosure.js'
import { renderSourceLink } from '../base/sources.js'
import { nextSelection, renderSelectAction, selectActionStyles } from '../base/select-action.js'
import { renderText } from '../base/text.js'
import { VsElement } from '../base/vs-element.js'
import { principleCardsStyles } from './principle-cards.styles.js'

const messages = {
  sv: {
    label: 'Vägledande principer',
    empty: 'Inga principer finns i uppgifterna.',
    more: 'Läs mer',
    variants: 'Andra formuleringar i källorna:',
    sources: 'Källor',
    select: 'Välj',
    selected: 'Vald',
  },
  en: {
    label: 'Guiding principles',
    empty: 'The data holds no principles.',
    more: 'Read more',
    variants: 'Other wordings in the sources:',
    sources: 'Sources',
    select: 'Select',
    selected: 'Selected',
  },
} as const satisfies Record<Language, unknown>

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
    expanded: { state: true },
  }

  /** The level (2–6) of each card's heading, so the cards fit the page's outline. */
  declare headingLevel: number
  /** The id of the selected principle, if any; set by the reader's choice or by the page. */
  declare selected: string | undefined
  /** Keys of the disclosures the reader has opened. */
  declare protected expanded: ReadonlySet<string>

  constructor() {
    super()
    this.headingLevel = 3
    this.expanded = new Set()
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const text = messages[lang]
    const principles = sortByOrder(document.principles)
    if (principles.length === 0) return html`<p class="empty">${text.empty}</p>`
    const ids = new Set(principles.map((principle) => principle.id))
    const notes = document.notes
      .map((note) => ({ note, concerns: note.about.filter((id) => ids.has(id)) }))
      .filter(({ concerns }) => concerns.length > 0)
    const shared = notes.filter(({ concerns }) => concerns.length > 1).map(({ note }) => note)
    const sources = new Map(document.sources.map((source) => [source.id, source]))
    return html`<ol class="cards" part="list" aria-label=${text.label}>
        ${principles.map((principle) =>
          this.#card(
            principle,
            notes.filter(({ concerns }) => concerns.length === 1 && concerns[0] === principle.id),
            sources,
            lang,
          ),
        )}
      </ol>
      ${
        shared.length > 0
          ? html`<div class="notes" part="notes">
              ${shared.map((note) => this.#note(note, text.label, lang))}
            </div>`
          : nothing
      }`
  }

  #card(
    principle: Principle,
    notes: readonly { note: Note }[],
    sources: ReadonlyMap<string, Source>,
    lang: Language,
  ): TemplateResult {
    const text = messages[lang]
    const title = renderText(localize(principle.title, lang), lang)
    const selected = this.selected === principle.id
    const variants = principle.variants ?? []
    const hasMore = principle.details !== undefined || variants.length > 0
    return html`<li class="card ${selected ? 'selected' : ''}" part="card" value=${principle.order}>
      ${renderHeading(
        clampHeadingLevel(this.headingLevel),
        'title',
        html`<span class="number">${principle.order}</span><span class="visually-hidden">. </span
          ><span class="title-text">${title}</span>`,
      )}
      <p class="summary">${renderText(localize(principle.summary, lang), lang)}</p>
      ${
        hasMore
          ? this.#disclosure(
              `more-${principle.id}`,
              text.more,
              title,
              html`${
                principle.details
                  ? html`<p class="details">${renderText(localize(principle.details, lang), lang)}</p>`
                  : nothing
              }
              ${
                variants.length > 0
                  ? html`<p class="variants">
                      ${text.variants}
                      ${variants.map(
                        (variant, index) =>
                          html`${index > 0 ? ', ' : ''}<q>${renderText(localize(variant, lang), lang)}</q>`,
                      )}
                    </p>`
                  : nothing
              }`,
            )
          : nothing
      }
      ${
        principle.sources.length > 0
          ? this.#disclosure(
              `sources-${principle.id}`,
              `${text.sources} (${principle.sources.length})`,
              title,
              html`<ul class="sources">
                ${principle.sources.map((id) => renderSource(sources.get(id), lang))}
              </ul>`,
            )
          : nothing
      }
      ${notes.map(({ note }) => this.#note(note, title, lang))}
      ${renderSelectAction({
        selected,
        label: text.select,
        about: title,
        selectedLabel: text.selected,
        onSelect: () => this.#choose(principle.id),
      })}
    </li>`
  }

  #note(note: Note, about: unknown, lang: Language): TemplateResult {
    const key = `note-${note.id}`
    return renderNote(note, lang, {
      id: `pc-${key}`,
      open: this.expanded.has(key),
      about,
      onToggle: () => (this.expanded = toggled(this.expanded, key)),
    })
  }

  /** A button that shows or hides a panel, keyed so its state survives re-rendering. */
  #disclosure(key: string, label: string, about: unknown, panel: unknown): TemplateResult {
    return renderDisclosure({
      id: `pc-${key}`,
      open: this.expanded.has(key),
      label,
      about,
      panel,
      onToggle: () => (this.expanded = toggled(this.expanded, key)),
    })
  }

  #choose(id: string): void {
    this.selected = nextSelection(this.selected, id)
    if (this.selected) this.select<PrincipleSelectDetail>({ id, kind: 'principle' })
  }
}

/** A source as an item of the card's list of sources. */
function renderSource(source: Source | undefined, lang: Language): TemplateResult | typeof nothing {
  return source ? html`<li>${renderSourceLink(source, lang)}</li>` : nothing
}
