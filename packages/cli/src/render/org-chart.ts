import { type NestedRow, type OrgRow, type ProgrammeDocument, nestRows, orgChartView } from '@kth-vs/core'
import { type SafeHtml, heading, markup, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

function row(value: OrgRow, lang: ResolvedRenderOptions['lang']): SafeHtml {
  return markup`${text(value.name, lang)}${value.changes.map((change) => markup` <span>${change.label}</span>`)}${
    value.hasRelations ? markup` <span aria-hidden="true">⇄</span>` : ''
  }`
}

/**
 * The rows as nested lists, walked with a stack of its own so a chain of thousands of units does not
 * overflow the call stack: each unit an item holding the list of the units under it.
 */
function nestedLists(rows: readonly OrgRow[], label: string, lang: ResolvedRenderOptions['lang']): SafeHtml {
  const parts: SafeHtml[] = [markup`<ul aria-label="${label}">`]
  const stack: { nodes: NestedRow<OrgRow>[]; next: number }[] = [
    { nodes: nestRows(rows, (value) => value.level), next: 0 },
  ]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number]
    const node = top.nodes[top.next]
    if (node === undefined) {
      stack.pop()
      // Closes the list, and the item of the unit it belongs to (the outermost list has none).
      parts.push(stack.length > 0 ? markup`</ul>\n</li>` : markup`</ul>`)
      continue
    }
    top.next++
    if (node.children.length === 0) parts.push(markup`<li>${row(node.row, lang)}</li>`)
    else {
      parts.push(markup`<li>${row(node.row, lang)}\n<ul>`)
      stack.push({ nodes: node.children, next: 0 })
    }
  }
  return markup`${parts}`
}

/**
 * The organisation as the widget shows it on the day its attributes give, every unit open: the
 * caption, the key to the markers, nested lists of the units under their parents with the names in
 * effect that day and what changed since `compare-from`, and the units the comparison removed.
 */
export function renderOrgChart(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const { lang } = options
  const content = orgChartView(document, {
    lang,
    today: options.today,
    attributes: options.attributes,
    root: options.attributes.root,
    expanded: 'all',
  })
  const legend = content.legend
  return markup`${content.problems.map((problem) => markup`<p>${problem}</p>`)}
    <p>${content.caption}</p>
    ${
      legend
        ? markup`<div>
            <p>${legend.title}</p>
            <dl>
              ${legend.changes.map((entry) => markup`<dt>${entry.badge}</dt>\n<dd>${entry.text}</dd>`)}
              ${legend.relations ? markup`<dt>⇄</dt>\n<dd>${legend.relations}</dd>` : ''}
            </dl>
          </div>`
        : ''
    }
    ${content.empty !== undefined ? markup`<p>${content.empty}</p>` : nestedLists(content.rows, content.words.label, lang)}
    ${
      content.removed
        ? markup`${heading(options.headingLevel, content.removed.title)}
            <ul>
              ${content.removed.units.map(
                (unit) =>
                  markup`<li>${content.words.change.removed} ${text(unit.name, lang)}${unit.formerly ? ` (${unit.formerly})` : ''}</li>`,
              )}
            </ul>`
        : ''
    }`
}
