import {
  type Language,
  type OrgTreeNode,
  type ProgrammeDocument,
  formatPartialDate,
  orgTreeAt,
  organisationIndex,
  parsePartialDate,
} from '@kth-vs/core'
import { type SafeHtml, markup, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

const messages = {
  sv: { label: 'Organisation', on: 'Organisationen den', empty: 'Inga enheter fanns den dagen.' },
  en: { label: 'Organisation', on: 'The organisation on', empty: 'No units existed on that day.' },
} satisfies Record<Language, Record<string, string>>

function node(value: OrgTreeNode, lang: Language): SafeHtml {
  const name = text(value.name, lang)
  if (value.children.length === 0) return markup`<li>${name}</li>`
  return markup`<li>
    ${name}
    <ul>
      ${value.children.map((child) => node(child, lang))}
    </ul>
  </li>`
}

/**
 * The organisation as it stood on `asOf`: a paragraph naming the day, then nested lists of units under
 * their parents, with the names in effect that day.
 */
export function renderOrgChart(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const { lang, asOf } = options
  const words = messages[lang]
  const tree = orgTreeAt(organisationIndex(document), asOf)
  const day = parsePartialDate(asOf)
  const dayText = day === undefined ? asOf : formatPartialDate(day, lang)
  const intro = markup`<p>${words.on} <time datetime="${asOf}">${dayText}</time>.</p>`
  if (tree.roots.length === 0)
    return markup`${intro}
      <p>${words.empty}</p>`
  return markup`${intro}
    <ul aria-label="${words.label}">
      ${tree.roots.map((root) => node(root, lang))}
    </ul>`
}
