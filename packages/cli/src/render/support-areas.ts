import {
  type ProgrammeDocument,
  type StatedList,
  type StatedText,
  type SupportAreaView,
  type SupportAreasContent,
  supportAreasView,
} from '@kth-vs/core'
import { type SafeHtml, heading, link, markup, notes, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

function stated(value: StatedText, content: SupportAreasContent): SafeHtml {
  return text(value.text, content.lang)
}

function list(value: StatedList, content: SupportAreasContent): SafeHtml {
  if (value.missing) return text(value.missing, content.lang)
  return markup`<ul>
    ${value.items.map((item) => markup`<li>${text(item, content.lang)}</li>`)}
  </ul>`
}

function card(area: SupportAreaView, content: SupportAreasContent, options: ResolvedRenderOptions): SafeHtml {
  const { lang, words } = content
  const fact = (label: string, value: SafeHtml) => markup`<dt>${label}</dt>
    <dd>${value}</dd>`
  return markup`<li>
    ${heading(options.headingLevel, text(area.title, lang))}
    ${
      area.otherNames.length > 0
        ? markup`<p>${words.variants} ${area.otherNames.map((name, i) => markup`${i > 0 ? ', ' : ''}${text(name, lang)}`)}</p>`
        : ''
    }
    ${area.summary ? markup`<p>${text(area.summary, lang)}</p>` : ''}
    <dl>
      ${fact(words.current, stated(area.current, content))}
      ${fact(words.target, stated(area.target, content))}
      ${fact(words.priorities, list(area.priorities, content))}
      ${fact(words.units, list(area.units, content))}
    </dl>
    ${
      area.sources.length > 0
        ? markup`<details>
            <summary>${area.sourcesLabel}</summary>
            <ul>
              ${area.sources.map((source) => markup`<li>${link(source, lang)}</li>`)}
            </ul>
          </details>`
        : ''
    }
    ${notes(area.notes, lang)}
  </li>`
}

function table(content: SupportAreasContent): SafeHtml {
  const { lang, words } = content
  return markup`<table>
    <caption>${words.label}</caption>
    <thead>
      <tr>
        <th scope="col">${words.area}</th>
        ${content.columns.map((column) => markup`<th scope="col">${column}</th>`)}
      </tr>
    </thead>
    <tbody>
      ${content.areas.map(
        (area) => markup`<tr>
          <th scope="row">${text(area.title, lang)}</th>
          <td>${stated(area.current, content)}</td>
          <td>${stated(area.target, content)}</td>
          <td>${list(area.priorities, content)}</td>
          <td>${list(area.units, content)}</td>
        </tr>`,
      )}
    </tbody>
  </table>`
}

/**
 * The support areas as the widget shows them in its `view`: cards (a list of areas, each a heading
 * with its other names, summary and facts) or a table with a caption, a row per area and a column
 * per fact. What the sources do not state says so in words; the notes follow as in the widget.
 */
export function renderSupportAreas(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const content = supportAreasView(document, {
    lang: options.lang,
    layout: options.attributes.view === 'table' ? 'table' : 'cards',
  })
  if (content.empty !== undefined) return markup`<p>${content.empty}</p>`
  return markup`${
    content.layout === 'table'
      ? table(content)
      : markup`<ul aria-label="${content.words.label}">
          ${content.areas.map((area) => card(area, content, options))}
        </ul>`
  }
  ${notes(content.notes, content.lang)}`
}
