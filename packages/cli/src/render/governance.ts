import { type BodyView, type GovernanceContent, type ProgrammeDocument, governanceView } from '@kth-vs/core'
import { type SafeHtml, link, markup, notes, phrase, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

function items(values: readonly SafeHtml[]): SafeHtml {
  return markup`<ul>
    ${values.map((value) => markup`<li>${value}</li>`)}
  </ul>`
}

function body(value: BodyView, content: GovernanceContent, options: ResolvedRenderOptions): SafeHtml {
  const { lang, words } = content
  const fact = (label: string, inner: SafeHtml | string) => markup`<dd>${label} ${inner}</dd>`
  const { unknown, list, missing } = value.members
  return markup`<div>
    <dt><span role="heading" aria-level="${options.headingLevel}">${text(value.name, lang)}</span></dt>
    ${fact(words.chair, phrase(value.chair.phrase, lang))}
    ${fact(
      words.members,
      markup`${unknown ?? ''}${missing ?? ''}${list.length > 0 ? items(list.map((member) => phrase(member, lang))) : ''}`,
    )}
    ${value.purpose ? fact(words.purpose, text(value.purpose, lang)) : ''}
    ${value.formed ? fact(words.formed, value.formed) : ''}
    ${value.tasks.length > 0 ? fact(words.tasks, items(value.tasks.map((task) => text(task, lang)))) : ''}
    ${
      value.relations.length > 0
        ? fact(
            words.relations,
            items(
              value.relations.map(
                (relation) =>
                  markup`${phrase(relation.sentence, lang)}${relation.description ? markup` ${text(relation.description, lang)}` : ''}`,
              ),
            ),
          )
        : ''
    }
    ${
      value.sources.length > 0
        ? markup`<dd><details>
            <summary>${value.sourcesLabel}</summary>
            ${items(value.sources.map((source) => link(source, lang)))}
          </details></dd>`
        : ''
    }
    ${value.notes.length > 0 ? markup`<dd>${notes(value.notes, lang)}</dd>` : ''}
  </div>`
}

/**
 * The governance bodies as the widget's description list gives them: each body's name as a heading,
 * then who chairs it, its members with their counts, its purpose, when it was formed, its tasks, its
 * relations in sentences, its sources and the notes about it.
 */
export function renderGovernance(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const content = governanceView(document, { lang: options.lang })
  if (content.empty !== undefined) return markup`<p>${content.empty}</p>`
  return markup`<dl>
    ${content.bodies.map((value) => body(value, content, options))}
  </dl>`
}
