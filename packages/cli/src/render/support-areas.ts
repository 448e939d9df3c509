import {
  type Language,
  NOT_STATED_LABEL,
  type ProgrammeDocument,
  type SupportArea,
  notesAbout,
  sortByOrder,
} from '@kth-vs/core'
import { type SafeHtml, markup, text } from './html.js'
import { renderNotes } from './notes.js'
import type { ResolvedRenderOptions } from './options.js'

const messages = {
  sv: {
    caption: 'Stödområden',
    area: 'Område',
    current: 'Nuläge',
    target: 'Nyläge',
    priorities: 'Prioriteringar',
    units: 'Enheter',
    empty: 'Inga stödområden finns i uppgifterna.',
  },
  en: {
    caption: 'Support areas',
    area: 'Area',
    current: 'Current state',
    target: 'Target state',
    priorities: 'Priorities',
    units: 'Units',
    empty: 'The data holds no support areas.',
  },
} satisfies Record<Language, Record<string, string>>

/**
 * The support areas as a table with a caption: one row per area, headed by its title, with its current
 * and target state, its priorities and the units that give the support. Missing cells say so in words.
 */
export function renderSupportAreas(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const { lang } = options
  const words = messages[lang]
  const areas = sortByOrder(document.supportAreas)
  if (areas.length === 0) return markup`<p>${words.empty}</p>`
  const unitNames = new Map(document.units.map((unit) => [unit.id, unit.name]))
  const missing = NOT_STATED_LABEL[lang]

  const list = (items: readonly SafeHtml[]): SafeHtml =>
    items.length === 0
      ? markup`${missing}`
      : markup`<ul>
          ${items.map((item) => markup`<li>${item}</li>`)}
        </ul>`

  const row = (area: SupportArea): SafeHtml => {
    const units = (area.units ?? []).map((id) => {
      const name = unitNames.get(id)
      // Validation resolves every unit id; an unvalidated document still shows the id rather than nothing.
      return name === undefined ? markup`${id}` : text(name, lang)
    })
    return markup`<tr>
      <th scope="row">${text(area.title, lang)}</th>
      <td>${area.currentState ? text(area.currentState, lang) : missing}</td>
      <td>${area.targetState ? text(area.targetState, lang) : missing}</td>
      <td>${list((area.priorities ?? []).map((priority) => text(priority, lang)))}</td>
      <td>${list(units)}</td>
    </tr>`
  }

  return markup`<table>
    <caption>${words.caption}</caption>
    <thead>
      <tr>
        <th scope="col">${words.area}</th>
        <th scope="col">${words.current}</th>
        <th scope="col">${words.target}</th>
        <th scope="col">${words.priorities}</th>
        <th scope="col">${words.units}</th>
      </tr>
    </thead>
    <tbody>
      ${areas.map(row)}
    </tbody>
  </table>
  ${renderNotes(
    notesAbout(
      document,
      areas.map((area) => area.id),
    ),
    lang,
  )}`
}
