import {
  type ProgrammeDocument,
  type TimelineContent,
  type TimelineItemView,
  timelineView,
} from '@kth-vs/core'
import { type SafeHtml, heading, link, markup, notes, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

function links(label: string, values: TimelineItemView['links'], content: TimelineContent): SafeHtml {
  if (values.length === 0) return markup``
  return markup`<dt>${label}</dt>
    <dd>
      <ul>
        ${values.map((value) => markup`<li>${link(value, content.lang)}</li>`)}
      </ul>
    </dd>`
}

function item(value: TimelineItemView, content: TimelineContent): SafeHtml {
  const { lang, common } = content
  const facts =
    value.related.length > 0 || value.links.length > 0 || value.sources.length > 0
      ? markup`<dl>
          ${value.related.map(
            (related) => markup`<dt>${related.label}</dt>
              <dd>${related.names.map((name, i) => markup`${i > 0 ? ', ' : ''}${text(name, lang)}`)}</dd>`,
          )}
          ${links(common.links, value.links, content)}
          ${links(common.sources, value.sources, content)}
        </dl>`
      : ''
  return markup`<li>
    <p><time datetime="${value.date.datetime}">${value.date.text}</time>${value.published ? ` (${value.published})` : ''} ${value.kindLabel}${value.context ? ` (${value.context})` : ''} ${value.statusLabel}</p>
    <p><strong>${text(value.title, lang)}</strong></p>
    ${value.description === undefined ? '' : markup`<p>${text(value.description, lang)}</p>`}
    ${facts}
    ${notes(value.notes, lang)}
  </li>`
}

/**
 * The timeline as the widget's list shows it: the programme's progress on the day, then a heading per
 * year and an ordered list of its items in date order, each with its date in a `<time>` element at its
 * precision, its kind and status on the day in words, its title, description, related items, links and
 * sources, with today's marker among them. The attributes filter it as they filter the widget.
 */
export function renderTimeline(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const content = timelineView(document, options)
  const today = markup`<li>${content.today.label} <time datetime="${content.today.date.datetime}">${content.today.date.text}</time></li>`
  return markup`${content.problems.map((problem) => markup`<p>${problem}</p>`)}
    <p>${content.state.text}</p>
    ${
      content.empty !== undefined
        ? markup`<p>${content.empty}</p>`
        : content.years.map((group) => {
            const rows = group.items.map((value) => item(value, content))
            if (group.todayAt !== undefined) rows.splice(group.todayAt, 0, today)
            return markup`${heading(options.headingLevel, group.year)}
              <ol>
                ${rows}
              </ol>`
          })
    }`
}
