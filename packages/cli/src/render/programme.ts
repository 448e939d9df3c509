import {
  type FactView,
  type HeadingLevel,
  type LinkView,
  type ProgrammeContent,
  type ProgrammeDocument,
  programmeView,
} from '@kth-vs/core'
import { type SafeHtml, heading, link, markup, notes, phrase, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

function below(level: HeadingLevel, steps: number): HeadingLevel {
  return Math.min(level + steps, 6) as HeadingLevel
}

/** Facts, links and sources as one description list, as the widget shows them. */
function facts(
  values: readonly FactView[],
  content: ProgrammeContent,
  links: readonly LinkView[] = [],
  sources: readonly LinkView[] = [],
): SafeHtml {
  const { lang, common } = content
  const lists = (
    [
      [common.links, links],
      [common.sources, sources],
    ] as const
  ).filter(([, list]) => list.length > 0)
  if (values.length === 0 && lists.length === 0) return markup``
  return markup`<dl>
    ${values.map((value) => markup`<div><dt>${value.label}</dt><dd>${phrase(value.value, lang)}</dd></div>`)}
    ${lists.map(
      ([label, list]) => markup`<div><dt>${label}</dt><dd><ul>
        ${list.map((item) => markup`<li>${link(item, lang)}</li>`)}
      </ul></dd></div>`,
    )}
  </dl>`
}

function body(content: ProgrammeContent, level: HeadingLevel): SafeHtml {
  const { lang, words } = content
  const { directive, decisions, bodies, subProjects, pages } = content
  const section = below(level, 1)
  const item = below(level, 2)
  return markup`${
    directive.items.length > 0
      ? markup`${heading(section, directive.heading)}
        <ol>
          ${directive.items.map((point) => markup`<li value="${point.order}">${text(point.text, lang)}</li>`)}
        </ol>
        ${facts([], content, [], directive.sources)}
        ${notes(directive.notes, lang)}`
      : ''
  }
  ${
    decisions.items.length > 0
      ? markup`${heading(section, decisions.heading)}
        <ul>
          ${decisions.items.map(
            (decision) => markup`<li>
              ${heading(item, text(decision.title, lang))}
              <p><time datetime="${decision.date.datetime}">${decision.date.text}</time>${decision.published ? ` (${decision.published})` : ''}</p>
              ${decision.summary ? markup`<p>${text(decision.summary, lang)}</p>` : ''}
              ${facts(decision.facts, content, decision.links, decision.sources)}
              ${notes(decision.notes, lang)}
            </li>`,
          )}
        </ul>
        ${notes(decisions.notes, lang)}`
      : ''
  }
  ${
    bodies.items.length > 0
      ? markup`${heading(section, bodies.heading)}
        <ul>
          ${bodies.items.map((value) => markup`<li>${phrase(value.line, lang)}</li>`)}
        </ul>`
      : ''
  }
  ${
    subProjects.items.length > 0
      ? markup`${heading(section, subProjects.heading)}
        <ul>
          ${subProjects.items.map(
            (project) => markup`<li>
              ${heading(item, text(project.name, lang))}
              ${project.summary ? markup`<p>${text(project.summary, lang)}</p>` : ''}
              ${facts(project.facts, content)}
              ${
                project.phases.length > 0
                  ? markup`<p>${words.phases}</p>
                    <ol>
                      ${project.phases.map(
                        (phase) => markup`<li value="${phase.order}">
                          <p>${text(phase.name, lang)} <time datetime="${phase.date.datetime}">${phase.date.text}</time> ${phase.statusLabel}</p>
                          ${phase.activities ? markup`<p>${phrase(phase.activities, lang)}</p>` : ''}
                        </li>`,
                      )}
                    </ol>`
                  : ''
              }
              ${
                project.details.length > 0
                  ? markup`<p>${words.facts}</p>
                    <ul>
                      ${project.details.map((detail) => markup`<li>${text(detail, lang)}</li>`)}
                    </ul>`
                  : ''
              }
              ${facts([], content, [], project.sources)}
              ${notes(project.notes, lang)}
            </li>`,
          )}
        </ul>`
      : ''
  }
  ${
    pages.items.length > 0
      ? markup`${heading(section, pages.heading)}
        <ul>
          ${pages.items.map(
            (page) => markup`<li>
              <p>${link(page.title, lang)}</p>
              ${facts(page.facts, content)}
            </li>`,
          )}
        </ul>`
      : ''
  }`
}

/**
 * The programme at a glance as the widget shows it: a heading with its name, its status and period
 * in words, its purpose, facts, links and sources and the notes about it; then, each under its own
 * heading, the directive's points, the decisions, the bodies, the sub-projects with their phases and
 * the page it is published on, with the notes where the widget shows them.
 */
export function renderProgramme(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const content = programmeView(document, {
    lang: options.lang,
    today: options.today,
    attributes: { 'as-of': options.attributes['as-of'] },
  })
  const { lang } = content
  const level = options.headingLevel
  return markup`${content.problems.map((problem) => markup`<p>${problem}</p>`)}
    <section aria-label="${content.words.label}">
    ${heading(level, markup`${text(content.name, lang)}${content.shortName ? markup` (${text(content.shortName, lang)})` : ''}`)}
    <p>${content.period}</p>
    ${content.purpose ? markup`<p>${text(content.purpose, lang)}</p>` : ''}
    ${facts(content.facts, content, content.links, content.sources)}
    ${notes(content.notes, lang)}
    ${body(content, level)}
    </section>`
}
