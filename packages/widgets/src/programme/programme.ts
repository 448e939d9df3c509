import {
  type FactView,
  type HeadingLevel,
  type Language,
  type LinkView,
  type NoteView,
  type ProgrammeContent,
  type ProgrammeDocument,
  clampHeadingLevel,
  programmeView,
  stockholmDay,
} from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { renderHeading } from '../base/heading.js'
import { DisclosureController } from '../base/disclosure.js'
import { disclosureStyles } from '../base/disclosure.styles.js'
import { renderLink } from '../base/sources.js'
import type { SyncMessage } from '../base/sync.js'
import { renderPhrase, renderText } from '../base/text.js'
import { type IsoDay, VsElement } from '../base/vs-element.js'
import { programmeStyles } from './programme.styles.js'

function below(level: HeadingLevel, steps: number): HeadingLevel {
  return Math.min(level + steps, 6) as HeadingLevel
}

/**
 * The programme at a glance: its name, whether it had started, was running or had ended on the day
 * and its period, its purpose, who decided and led it, its links and sources; then the points of its
 * directive, its decisions with dates, case numbers and summaries, its bodies one line each, its
 * sub-projects with their phases and facts, and the page it is published on. Each note about what it
 * shows (where the sources disagree or are silent) is there once, behind a disclosure, beside what it
 * concerns.
 *
 * @summary The programme at a glance.
 * @fires {CustomEvent<VsLoadDetail>} vs-load - the data is loaded and valid; `detail: { document, origin }`
 * @fires {CustomEvent<VsErrorDetail>} vs-error - the data could not be loaded or is invalid; `detail: { issues, origin }`
 * @csspart name - the programme's name, a heading
 * @csspart period - its status on the day and its period, in words
 * @csspart facts - a list of facts (who decided and led it, case numbers, sources …)
 * @csspart section - one part of the overview: the directive, decisions, bodies, sub-projects or the page
 * @csspart section-title - the heading of a part
 * @csspart item-title - the heading of a decision or sub-project
 * @csspart phase - a phase of a sub-project, with its status
 * @csspart disclosure - a button that shows or hides a note
 * @csspart panel - what a disclosure shows
 * @cssprop --vs-color-primary - accent colour of the status and the section rules
 */
export class VsProgramme extends VsElement {
  static override styles = [...VsElement.styles, disclosureStyles, programmeStyles]

  static override properties = {
    ...VsElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    asOf: { type: String, attribute: 'as-of' },
  }

  /** The level (2–6) of the programme's name; the parts take the levels below it. */
  declare headingLevel: number
  /** Show the programme as it stood on this day (`YYYY-MM-DD`); today in Stockholm when absent. */
  declare asOf: IsoDay | undefined

  #disclosures = new DisclosureController(this, 'pg-')

  constructor() {
    super()
    this.headingLevel = 3
  }

  /** Follows a date selected in another widget of the same sync group. */
  protected override receiveSync(message: SyncMessage): void {
    if (message.kind === 'date') this.asOf = message.day
  }

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    const content = programmeView(document, {
      lang,
      today: stockholmDay(new Date()),
      attributes: { 'as-of': this.asOf },
    })
    const level = clampHeadingLevel(this.headingLevel)
    const name = renderText(content.name, lang)
    return html`${content.problems.map((problem) => html`<p class="problem">${problem}</p>`)}
      <section class="programme ${content.status}" aria-label=${content.words.label}>
        ${renderHeading(
          level,
          'name',
          html`${name}${content.shortName ? html` (${renderText(content.shortName, lang)})` : nothing}`,
        )}
        <p class="period" part="period">${content.period}</p>
        ${content.purpose ? html`<p class="purpose">${renderText(content.purpose, lang)}</p>` : nothing}
        ${this.#facts(content.facts, content, content.links, content.sources)}
        ${this.#notes(content.notes, name, lang)} ${this.#sections(content, level)}
      </section>`
  }

  /** Facts, links and sources as one description list. */
  #facts(
    facts: readonly FactView[],
    content: ProgrammeContent,
    links: readonly LinkView[] = [],
    sources: readonly LinkView[] = [],
  ): TemplateResult | typeof nothing {
    const { lang, common } = content
    const lists = (
      [
        [common.links, links],
        [common.sources, sources],
      ] as const
    ).filter(([, list]) => list.length > 0)
    if (facts.length === 0 && lists.length === 0) return nothing
    return html`<dl class="facts" part="facts">
      ${facts.map(
        (fact) =>
          html`<div>
            <dt>${fact.label}</dt>
            <dd>${renderPhrase(fact.value, lang)}</dd>
          </div>`,
      )}
      ${lists.map(
        ([label, list]) =>
          html`<div class="list">
            <dt>${label}</dt>
            <dd>
              <ul class="links">
                ${list.map((item) => html`<li>${renderLink(item, lang)}</li>`)}
              </ul>
            </dd>
          </div>`,
      )}
    </dl>`
  }

  #notes(notes: readonly NoteView[], about: unknown, lang: Language) {
    return notes.length === 0
      ? nothing
      : html`<div class="notes">${notes.map((note) => this.#disclosures.note(note, about, lang))}</div>`
  }

  #section(level: HeadingLevel, heading: string, body: TemplateResult): TemplateResult {
    return html`<div class="section" part="section">
      ${renderHeading(level, 'section-title', heading)} ${body}
    </div>`
  }

  #sections(content: ProgrammeContent, level: HeadingLevel) {
    const { lang, words, directive, decisions, bodies, subProjects, pages } = content
    const section = below(level, 1)
    const item = below(level, 2)
    return html`${
      directive.items.length > 0
        ? this.#section(
            section,
            directive.heading,
            html`<ol class="points">
                ${directive.items.map(
                  (point) => html`<li value=${point.order}>${renderText(point.text, lang)}</li>`,
                )}
              </ol>
              ${this.#facts([], content, [], directive.sources)}
              ${this.#notes(directive.notes, directive.heading, lang)}`,
          )
        : nothing
    }
    ${
      decisions.items.length > 0
        ? this.#section(
            section,
            decisions.heading,
            html`<ul class="items">
                ${decisions.items.map((decision) => {
                  const title = renderText(decision.title, lang)
                  return html`<li class="item">
                    ${renderHeading(item, 'item-title', title)}
                    <p class="date">
                      <time datetime=${decision.date.datetime}>${decision.date.text}</time>${
                        decision.published ? ` (${decision.published})` : nothing
                      }
                    </p>
                    ${decision.summary ? html`<p>${renderText(decision.summary, lang)}</p>` : nothing}
                    ${this.#facts(decision.facts, content, decision.links, decision.sources)}
                    ${this.#notes(decision.notes, title, lang)}
                  </li>`
                })}
              </ul>
              ${this.#notes(decisions.notes, decisions.heading, lang)}`,
          )
        : nothing
    }
    ${
      bodies.items.length > 0
        ? this.#section(
            section,
            bodies.heading,
            html`<ul class="lines">
              ${bodies.items.map((body) => html`<li>${renderPhrase(body.line, lang)}</li>`)}
            </ul>`,
          )
        : nothing
    }
    ${
      subProjects.items.length > 0
        ? this.#section(
            section,
            subProjects.heading,
            html`<ul class="items">
              ${subProjects.items.map((project) => {
                const name = renderText(project.name, lang)
                return html`<li class="item">
                  ${renderHeading(item, 'item-title', name)}
                  ${project.summary ? html`<p>${renderText(project.summary, lang)}</p>` : nothing}
                  ${this.#facts(project.facts, content)}
                  ${
                    project.phases.length > 0
                      ? html`<p class="label">${words.phases}</p>
                          <ol class="phases">
                            ${project.phases.map(
                              (phase) =>
                                html`<li class="phase ${phase.status}" part="phase" value=${phase.order}>
                                  <p>
                                    <span class="phase-name">${renderText(phase.name, lang)}</span>
                                    <time datetime=${phase.date.datetime}>${phase.date.text}</time>
                                    <span class="status">${phase.statusLabel}</span>
                                  </p>
                                  ${
                                    phase.activities
                                      ? html`<p class="activities">
                                          ${renderPhrase(phase.activities, lang)}
                                        </p>`
                                      : nothing
                                  }
                                </li>`,
                            )}
                          </ol>`
                      : nothing
                  }
                  ${
                    project.details.length > 0
                      ? html`<p class="label">${words.facts}</p>
                          <ul class="details">
                            ${project.details.map((detail) => html`<li>${renderText(detail, lang)}</li>`)}
                          </ul>`
                      : nothing
                  }
                  ${this.#facts([], content, [], project.sources)} ${this.#notes(project.notes, name, lang)}
                </li>`
              })}
            </ul>`,
          )
        : nothing
    }
    ${
      pages.items.length > 0
        ? this.#section(
            section,
            pages.heading,
            html`<ul class="items">
              ${pages.items.map(
                (page) =>
                  html`<li class="item">
                    <p class="page-title">${renderLink(page.title, lang)}</p>
                    ${this.#facts(page.facts, content)}
                  </li>`,
              )}
            </ul>`,
          )
        : nothing
    }`
  }
}
