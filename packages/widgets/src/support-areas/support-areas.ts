import {
  NOT_STATED_LABEL,
  type Language,
  type LocalizedText,
  type Note,
  type OrgUnit,
  type ProgrammeDocument,
  type SupportArea,
  localize,
  sortByOrder,
} from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { cardStyles } from '../base/cards.styles.js'
import { clampHeadingLevel, renderHeading } from '../base/heading.js'
import { disclosureStyles, renderNote, toggled } from '../base/disclosure.js'
import { nextSelection, renderSelectAction, selectActionStyles } from '../base/select-action.js'
import { renderText } from '../base/text.js'
import { VsElement } from '../base/vs-element.js'
import { supportAreasStyles } from './support-areas.styles.js'

const messages = {
  sv: {
    label: 'Stödområden',
    empty: 'Inga stödområden finns i uppgifterna.',
    area: 'Område',
    current: 'Nuläge',
    target: 'Nyläge',
    priorities: 'Prioriteringar',
    units: 'Enheter',
    variants: 'Även kallat:',
    select: 'Välj',
    selected: 'Vald',
  },
  en: {
    label: 'Support areas',
    empty: 'The data holds no support areas.',
    area: 'Area',
    current: 'Current state',
    target: 'Target state',
    priorities: 'Priorities',
    units: 'Units',
    variants: 'Also called:',
    select: 'Select',
    selected: 'Selected',
  },
} as const satisfies Record<Language, unknown>

/** Detail of `vs-select` from `<vs-support-areas>`. */
export interface AreaSelectDetail {
  /** The support area's id. */
  id: string
  kind: 'area'
}

/** How the areas are laid out. */
export type SupportAreasView = 'cards' | 'table'

type Text = (typeof messages)[Language]

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
    expanded: { state: true },
  }

  /** `cards` (the default) or `table`. */
  declare view: SupportAreasView
  /** The level (2–6) of each card's heading, so the cards fit the page's outline. */
  declare headingLevel: number
  /** The id of the selected area, if any; set by the reader's choice or by the page. */
  declare selected: string | undefined
  /** Keys of the disclosures the reader has opened. */
  declare protected expanded: ReadonlySet<string>

  constructor() {
    super()
    this.view = 'cards'
    this.headingLevel = 3
    this.expanded = new Set()
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const text = messages[lang]
    const areas = sortByOrder(document.supportAreas)
    if (areas.length === 0) return html`<p class="empty">${text.empty}</p>`
    const units = new Map(document.units.map((unit) => [unit.id, unit]))
    const ids = new Set(areas.map((area) => area.id))
    const titles = new Map(areas.map((area) => [area.id, area.title]))
    const notes = document.notes
      .map((note) => ({ note, concerns: note.about.filter((id) => ids.has(id)) }))
      .filter(({ concerns }) => concerns.length > 0)
    const table = this.view === 'table'
    // Cards carry their own notes; the table has no room for them, so it lists every note below.
    const shared = table ? notes : notes.filter(({ concerns }) => concerns.length > 1)
    const own = (id: string) =>
      table ? [] : notes.filter(({ concerns }) => concerns.length === 1 && concerns[0] === id)
    return html`${
      table
        ? this.#table(areas, units, lang)
        : html`<ul class="cards" part="list" aria-label=${text.label}>
            ${areas.map((area) => this.#card(area, units, own(area.id), lang))}
          </ul>`
    }
    ${
      shared.length > 0
        ? html`<div class="notes" part="notes">
            ${shared.map(({ note, concerns }) =>
              this.#note(
                note,
                concerns.length === 1 ? renderName(titles.get(concerns[0] ?? ''), lang) : text.label,
                lang,
              ),
            )}
          </div>`
        : nothing
    }`
  }

  #card(
    area: SupportArea,
    units: ReadonlyMap<string, OrgUnit>,
    notes: readonly { note: Note }[],
    lang: Language,
  ): TemplateResult {
    const text = messages[lang]
    const title = renderText(localize(area.title, lang), lang)
    const selected = this.selected === area.id
    const variants = otherNames(area, lang)
    return html`<li class="card ${selected ? 'selected' : ''}" part="card">
      ${renderHeading(clampHeadingLevel(this.headingLevel), 'title', title)}
      ${
        variants.length > 0
          ? html`<p class="variants">
              ${text.variants}
              ${variants.map((name, index) => html`${index > 0 ? ', ' : ''}${renderText(name, lang)}`)}
            </p>`
          : nothing
      }
      ${area.summary ? html`<p class="summary">${renderText(localize(area.summary, lang), lang)}</p>` : nothing}
      <dl class="facts">
        <div class="fact">
          <dt>${text.current}</dt>
          <dd>${renderState(area.currentState, text, lang)}</dd>
        </div>
        <div class="fact">
          <dt>${text.target}</dt>
          <dd>${renderState(area.targetState, text, lang)}</dd>
        </div>
        <div class="fact">
          <dt>${text.priorities}</dt>
          <dd>${renderList(area.priorities, text, lang)}</dd>
        </div>
        <div class="fact">
          <dt>${text.units}</dt>
          <dd>${renderList(unitNames(area, units), text, lang)}</dd>
        </div>
      </dl>
      ${notes.map(({ note }) => this.#note(note, title, lang))}
      ${renderSelectAction({
        selected,
        label: text.select,
        about: title,
        selectedLabel: text.selected,
        onSelect: () => this.#choose(area.id),
      })}
    </li>`
  }

  /*
   * The table keeps explicit table roles: in a narrow container its rows and cells are displayed as
   * blocks, and some browsers drop a table's semantics when its display changes.
   */
  /* eslint-disable lit-a11y/no-redundant-role */
  #table(areas: readonly SupportArea[], units: ReadonlyMap<string, OrgUnit>, lang: Language): TemplateResult {
    const text = messages[lang]
    const columns = [text.current, text.target, text.priorities, text.units]
    return html`<table class="table" part="table" role="table">
      <caption>
        ${text.label}
      </caption>
      <thead role="rowgroup">
        <tr role="row">
          <th scope="col" role="columnheader">${text.area}</th>
          ${columns.map((column) => html`<th scope="col" role="columnheader">${column}</th>`)}
        </tr>
      </thead>
      <tbody role="rowgroup">
        ${areas.map((area) => {
          const selected = this.selected === area.id
          const cells = [
            renderState(area.currentState, text, lang),
            renderState(area.targetState, text, lang),
            renderList(area.priorities, text, lang),
            renderList(unitNames(area, units), text, lang),
          ]
          return html`<tr role="row" class=${selected ? 'selected' : ''}>
            <th scope="row" role="rowheader">
              <button
                type="button"
                class="row-select"
                part="select"
                aria-pressed=${selected ? 'true' : 'false'}
                @click=${() => this.#choose(area.id)}
              >
                ${renderText(localize(area.title, lang), lang)}
              </button>
              ${selected ? html`<span class="marker">${text.selected}</span>` : nothing}
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

  #note(note: Note, about: unknown, lang: Language): TemplateResult {
    const key = `note-${note.id}`
    return renderNote(note, lang, {
      id: `sa-${key}`,
      open: this.expanded.has(key),
      about,
      onToggle: () => (this.expanded = toggled(this.expanded, key)),
    })
  }

  #choose(id: string): void {
    this.selected = nextSelection(this.selected, id)
    if (this.selected) this.select<AreaSelectDetail>({ id, kind: 'area' })
  }
}

function renderName(name: LocalizedText | undefined, lang: Language): unknown {
  return name ? renderText(localize(name, lang), lang) : nothing
}

function renderState(state: LocalizedText | undefined, text: Text, lang: Language): unknown {
  return state
    ? renderText(localize(state, lang), lang)
    : html`<span class="missing">${NOT_STATED_LABEL[lang]}</span>`
}

function renderList(items: readonly LocalizedText[] | undefined, text: Text, lang: Language): unknown {
  if (!items || items.length === 0) return html`<span class="missing">${NOT_STATED_LABEL[lang]}</span>`
  return html`<ul class="items">
    ${items.map((item) => html`<li>${renderText(localize(item, lang), lang)}</li>`)}
  </ul>`
}

/** The names of the units that deliver an area; an id the document does not know is shown as it is. */
function unitNames(area: SupportArea, units: ReadonlyMap<string, OrgUnit>): LocalizedText[] {
  return (area.units ?? []).map((id) => units.get(id)?.name ?? { sv: id, en: id })
}

/** The area's other names in one language, without repeats or the title itself (ignoring case). */
function otherNames(area: SupportArea, lang: Language) {
  const seen = new Set([localize(area.title, lang).text.toLocaleLowerCase(lang)])
  return (area.variants ?? [])
    .map((variant) => localize(variant.name, lang))
    .filter((name) => {
      const key = name.text.toLocaleLowerCase(name.lang)
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
}
