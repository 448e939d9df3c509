import {
  type BodyView,
  type GovernanceContent,
  type Language,
  type Phrase,
  type ProgrammeDocument,
  clampHeadingLevel,
  governanceView,
} from '@kth-vs/core'
import { type PropertyValues, type TemplateResult, html, nothing } from 'lit'
import { DisclosureController } from '../base/disclosure.js'
import { disclosureStyles } from '../base/disclosure.styles.js'
import { nextSelection } from '../base/select-action.js'
import { renderLink } from '../base/sources.js'
import { renderPhrase, renderText } from '../base/text.js'
import { VsElement } from '../base/vs-element.js'
import { type Geometry, measureDiagram, renderDiagram } from './governance-diagram.js'
import { governanceStyles } from './governance.styles.js'

/** Detail of `vs-select` from `<vs-governance>`. */
export interface BodySelectDetail {
  /** The body's id. */
  id: string
  kind: 'body'
}

/**
 * The programme's organisation: each body, who chairs it, who sits in it (with counts, estimated counts
 * and unknown members said in words), its purpose and tasks, and how the bodies relate: who prepares
 * matters for, advises, reports to, consults or is a member of whom. In a wide container a diagram of
 * boxes and arrows comes first; it is hidden from assistive technology, as the description list below
 * it says the same in text. A narrow container shows only the list. Selecting a body (its button in the
 * list, or its box in the diagram) highlights the bodies and units that sit in it or relate to it.
 *
 * @summary The governance bodies and how they relate, as a diagram and a description list.
 * @fires {CustomEvent<BodySelectDetail>} vs-select - the reader selected a body; `detail: { id, kind: 'body' }`
 * @fires {CustomEvent<VsLoadDetail>} vs-load - the data is loaded and valid; `detail: { document, origin }`
 * @fires {CustomEvent<VsErrorDetail>} vs-error - the data could not be loaded or is invalid; `detail: { issues, origin }`
 * @csspart diagram - the diagram (boxes, arrows and legend), shown in wide containers
 * @csspart box - a box in the diagram
 * @csspart list - the description list of bodies
 * @csspart body - one body's entry in the list
 * @csspart body-name - a body's name, a heading
 * @csspart select - a body's select button
 * @csspart disclosure - a button that shows or hides a note
 * @csspart panel - what a disclosure shows
 * @cssprop --vs-color-primary - accent colour of selected boxes, highlighted arrows and buttons
 * @cssprop --vs-color-surface - background of highlighted boxes and entries
 */
export class VsGovernance extends VsElement<BodySelectDetail> {
  static override styles = [...VsElement.styles, disclosureStyles, governanceStyles]

  static override properties = {
    ...VsElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    selected: { type: String, reflect: true },
    geometry: { state: true },
  }

  /** The level (2–6) of each body's heading, so the list fits the page's outline. */
  declare headingLevel: number
  /** The id of the selected body, if any; set by the reader's choice or by the page. */
  declare selected: string | undefined
  /** Where the diagram's lines go, once its boxes are laid out. */
  declare protected geometry: Geometry | undefined

  #disclosures = new DisclosureController(this, 'gv-')
  #content: GovernanceContent | undefined
  #observer: ResizeObserver | undefined
  #observed: Element[] = []

  constructor() {
    super()
    this.headingLevel = 3
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#observer?.disconnect()
    this.#observer = undefined
    this.#observed = []
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const content = governanceView(document, { lang, selected: this.selected })
    this.#content = content
    if (content.empty !== undefined) return html`<p class="empty">${content.empty}</p>`
    return html`${renderDiagram(content, this.geometry, (id) => this.#choose(id))}${this.#list(content)}`
  }

  #list(content: GovernanceContent): TemplateResult {
    const { lang, words, common } = content
    const level = clampHeadingLevel(this.headingLevel)
    const fact = (label: string, value: unknown) =>
      html`<dd><span class="label">${label}</span> ${value}</dd>`
    return html`<dl class="bodies" part="list">
      ${content.bodies.map((body) => {
        const name = renderText(body.name, lang)
        return html`<div class="entry ${body.state}" part="body">
          <dt class="entry-head">
            <span class="body-name" part="body-name" role="heading" aria-level=${level}>${name}</span>
            <span class="entry-actions">
              <button
                type="button"
                class="select"
                part="select"
                aria-pressed=${body.state === 'selected' ? 'true' : 'false'}
                @click=${() => this.#choose(body.id)}
              >
                ${common.select}<span class="visually-hidden">: ${name}</span>
              </button>
              ${body.mark === undefined ? nothing : html`<span class="marker">${body.mark}</span>`}
            </span>
          </dt>
          ${fact(words.chair, missingOr(body.chair.phrase, body.chair.missing, lang))}
          ${fact(words.members, renderMembers(body, lang))}
          ${body.purpose ? fact(words.purpose, renderText(body.purpose, lang)) : nothing}
          ${body.formed ? fact(words.formed, body.formed) : nothing}
          ${
            body.tasks.length > 0
              ? fact(
                  words.tasks,
                  renderItems(
                    body.tasks.map((task) => [task]),
                    lang,
                  ),
                )
              : nothing
          }
          ${
            body.relations.length > 0
              ? fact(
                  words.relations,
                  html`<ul class="items relations">
                    ${body.relations.map(
                      (relation) =>
                        html`<li>
                          ${renderPhrase(relation.sentence, lang)}
                          ${
                            relation.description
                              ? html`<span class="relation-description"
                                  >${renderText(relation.description, lang)}</span
                                >`
                              : nothing
                          }
                        </li>`,
                    )}
                  </ul>`,
                )
              : nothing
          }
          ${
            body.sources.length > 0
              ? html`<dd class="sources">
                  ${this.#disclosures.render(`sources-${body.id}`, {
                    label: body.sourcesLabel,
                    about: name,
                    panel: html`<ul class="items">
                      ${body.sources.map((source) => html`<li>${renderLink(source, lang)}</li>`)}
                    </ul>`,
                  })}
                </dd>`
              : nothing
          }
          ${
            body.notes.length > 0
              ? html`<dd class="notes">
                  ${body.notes.map((note) => this.#disclosures.note(note, name, lang, `-${body.id}`))}
                </dd>`
              : nothing
          }
        </div>`
      })}
    </dl>`
  }

  protected override updated(changed: PropertyValues<this>): void {
    super.updated(changed)
    // Observe the grid and its boxes whenever they are new elements: the first report after observing
    // measures the new layout, later ones follow the container's width, the fonts and the language.
    // The same elements are not observed again, which would report them twice in one frame.
    const grid = this.renderRoot.querySelector('.grid')
    const targets = grid ? [grid, ...grid.children] : []
    if (
      targets.length === this.#observed.length &&
      targets.every((target, i) => target === this.#observed[i])
    )
      return
    this.#observer?.disconnect()
    this.#observed = targets
    if (targets.length === 0) return
    this.#observer ??= new ResizeObserver(() => this.#measure())
    for (const target of targets) this.#observer.observe(target)
  }

  #measure(): void {
    const grid = this.renderRoot.querySelector('.grid')
    const content = this.#content
    if (!grid || !content) return
    const geometry = measureDiagram(grid, content)
    if (JSON.stringify(geometry) !== JSON.stringify(this.geometry)) this.geometry = geometry
  }

  #choose(id: string): void {
    this.selected = nextSelection(this.selected, id)
    if (this.selected) this.select<BodySelectDetail>({ id, kind: 'body' })
  }
}

function missingOr(phrase: Phrase, missing: boolean, lang: Language): unknown {
  return missing
    ? html`<span class="missing">${renderPhrase(phrase, lang)}</span>`
    : renderPhrase(phrase, lang)
}

function renderItems(items: readonly Phrase[], lang: Language): TemplateResult {
  return html`<ul class="items">
    ${items.map((item) => html`<li>${renderPhrase(item, lang)}</li>`)}
  </ul>`
}

function renderMembers(body: BodyView, lang: Language): unknown {
  const { unknown, list, missing } = body.members
  return html`${unknown ? html`<span class="missing">${unknown}</span>` : nothing}${
    missing ? html`<span class="missing">${missing}</span>` : nothing
  }${list.length > 0 ? renderItems(list, lang) : nothing}`
}
