import {
  type Language,
  type ProgrammeDocument,
  type StatedList,
  type StatedText,
  type SupportAreaView,
  type SupportAreasContent,
  clampHeadingLevel,
  supportAreasView,
} from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { cardStyles } from '../base/cards.styles.js'
import { renderHeading } from '../base/heading.js'
import { DisclosureController } from '../base/disclosure.js'
import { disclosureStyles } from '../base/disclosure.styles.js'
import { nextSelection, renderSelectAction, selectActionStyles } from '../base/select-action.js'
import { renderLink } from '../base/sources.js'
import { renderText } from '../base/text.js'
import { VsElement } from '../base/vs-element.js'
import { supportAreasStyles } from './support-areas.styles.js'

/** Detail of `vs-select` from `<vs-support-areas>`. */
export interface AreaSelectDetail {
  /** The support area's id. */
  id: string
  kind: 'area'
}

/** How the areas are laid out. */
export type SupportAreasView = VsSupportAreas['view']

/**
 * The programme's support areas, in order, each with its current state (nuläge), target state (nyläge),
 * priorities, other names and the units that deliver it. Shown as cards or as a table; the table turns
 * each row into a block in a narrow container, keeping its table semantics. A state the sources do not
 * give reads "Not stated in the sources" rather than an empty cell.
 *
 * @summary The support areas as cards or a table.
 * @fires {CustomEvent<AreaSelectDetail>} vs-select - the reader selected a support area; `detail: { id, kind: 'area' }`
 * @fires {CustomEvent<VsLoadDetail>} vs-load - the data is loaded and valid; `detail: { document, origin }`
 * @fires {CustomEvent<VsErrorDetail>} vs-error - the data could not be loaded or is invalid; `detail: { issues, origin }`
 * @csspart list - the list of cards
 * @csspart card - one card
 * @csspart title - a card's heading
 * @csspart table - the table
 * @csspart select - a button that selects an area (a card's button, or the area's name in the table)
 * @csspart disclosure - a button that shows or hides a note
 * @csspart panel - what a disclosure shows
 * @csspart notes - the notes about several areas (in the table view, about any area)
 * @cssprop --vs-card-min-inline-size - the narrowest a card gets before the grid drops a column (default 18rem)
 * @cssprop --vs-color-primary - accent colour of the top borders and buttons
 */
export class VsSupportAreas extends VsElement<AreaSelectDetail> {
  static override styles = [
    ...VsElement.styles,
    cardStyles,
    disclosureStyles,
    selectActionStyles,
    supportAreasStyles,
  ]

  static override properties = {
    ...VsElement.properties,
    view: { type: String, reflect: true },
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { type: String, reflect: true },
  }

  /** `cards` (the default) or `table`. */
  declare view: 'cards' | 'table'
  /** The level (2–6) of each card's heading, so the cards fit the page's outline. */
  declare headingLevel: number
  /** The id of the selected area, if any; set by the reader's choice or by the page. */
  declare selected: string | undefined

  #disclosures = new DisclosureController(this, 'sa-')

  constructor() {
    super()
    this.view = 'cards'
    this.headingLevel = 3
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const content = supportAreasView(document, { lang, layout: this.view, selected: this.selected })
    if (content.empty !== undefined) return html`<p class="empty">${content.empty}</p>`
    return html`${
      content.layout === 'table'
        ? this.#table(content)
        : html`<ul class="cards" part="list" aria-label=${content.words.label}>
            ${content.areas.map((area) => this.#card(content, area))}
          </ul>`
    }
    ${
      content.notes.length > 0
        ? html`<div class="notes" part="notes">
            ${content.notes.map((note) => this.#disclosures.note(note, renderText(note.about, lang), lang))}
          </div>`
        : nothing
    }`
  }

  #card(content: SupportAreasContent, area: SupportAreaView): TemplateResult {
    const { lang, words, common } = content
    const title = renderText(area.title, lang)
    const fact = (label: string, value: unknown) =>
      html`<div class="fact">
        <dt>${label}</dt>
        <dd>${value}</dd>
      </div>`
    return html`<li class="card ${area.selected ? 'selected' : ''}" part="card">
      ${renderHeading(clampHeadingLevel(this.headingLevel), 'title', title)}
      ${
        area.otherNames.length > 0
          ? html`<p class="variants">
              ${words.variants}
              ${area.otherNames.map((name, index) => html`${index > 0 ? ', ' : ''}${renderText(name, lang)}`)}
            </p>`
          : nothing
      }
      ${area.summary ? html`<p class="summary">${renderText(area.summary, lang)}</p>` : nothing}
      <dl class="facts">
        ${fact(words.current, renderStated(area.current, lang))}
        ${fact(words.target, renderStated(area.target, lang))}
        ${fact(words.priorities, renderList(area.priorities, lang))}
        ${fact(words.units, renderList(area.units, lang))}
      </dl>
      ${
        area.sources.length > 0
          ? this.#disclosures.render(`sources-${area.id}`, {
              label: area.sourcesLabel,
              about: title,
              panel: html`<ul class="sources">
                ${area.sources.map((source) => html`<li>${renderLink(source, lang)}</li>`)}
              </ul>`,
            })
          : nothing
      }
      ${area.notes.map((note) => this.#disclosures.note(note, title, lang))}
      ${renderSelectAction({
        selected: area.selected,
        label: common.select,
        about: title,
        selectedLabel: common.selected,
        onSelect: () => this.#choose(area.id),
      })}
    </li>`
  }

  /*
   * The table keeps explicit table roles: in a narrow container its rows and cells are displayed as
   * blocks, and some browsers drop a table's semantics when its display changes.
   */
  /* eslint-disable lit-a11y/no-redundant-role */
  #table(content: SupportAreasContent): TemplateResult {
    const { lang, words, common, columns } = content
    return html`<table class="table" part="table" role="table">
      <caption>
        ${words.label}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${words.area}</th>
          ${columns.map((column) => html`<th scope="col" role="columnheader">${column}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${content.areas.map((area) => {
          const cells = [
            renderStated(area.current, lang),
            renderStated(area.target, lang),
            renderList(area.priorities, lang),
            renderList(area.units, lang),
          ]
          return html`<tr role="row" class=${area.selected ? 'selected' : ''}>
            <th scope="row" role="rowheader">
              <button
                type="button"
                class="row-select"
                part="select"
                aria-pressed=${area.selected ? 'true' : 'false'}
                @click=${() => this.#choose(area.id)}
              >
                ${renderText(area.title, lang)}
              </button>
              ${area.selected ? html`<span class="marker">${common.selected}</span>` : nothing}
            </th>
            ${cells.map(
              (cell, index) =>
                html`<td role="cell">
                  <span class="cell-label" aria-hidden="true">${columns[index]}</span>${cell}
                </td>`,
            )}
          </tr>`
        })}
      </tbody>
    </table>`
  }
  /* eslint-enable lit-a11y/no-redundant-role */

  #choose(id: string): void {
    this.selected = nextSelection(this.selected, id)
    if (this.selected) this.select<AreaSelectDetail>({ id, kind: 'area' })
  }
}

function renderStated(value: StatedText, lang: Language): unknown {
  return value.missing ? html`<span class="missing">${value.text.text}</span>` : renderText(value.text, lang)
}

function renderList(value: StatedList, lang: Language): unknown {
  if (value.missing) return html`<span class="missing">${value.missing.text}</span>`
  return html`<ul class="items">
    ${value.items.map((item) => html`<li>${renderText(item, lang)}</li>`)}
  </ul>`
}
