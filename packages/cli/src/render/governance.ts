import {
  type Body,
  type BodyMember,
  type Language,
  type LocalizedText,
  type ProgrammeDocument,
  RELATION_LABELS,
  type Relation,
  type Role,
  NOT_STATED_LABEL,
  formatDateText,
  notesAbout,
} from '@kth-vs/core'
import { formatRangeText } from './dates.js'
import { type SafeHtml, markup, text } from './html.js'
import { renderNotes } from './notes.js'
import type { ResolvedRenderOptions } from './options.js'

const messages = {
  sv: {
    chair: 'Ordförande',
    members: 'Ledamöter',
    relations: 'Kopplingar',
    formed: 'Bildad',
    membersUnknown: 'Källorna anger inte vilka ledamöterna är.',
    inferred: 'antal uppskattat',
    empty: 'Inga organ finns i uppgifterna.',
    from: 'från',
    until: 'till och med',
  },
  en: {
    chair: 'Chair',
    members: 'Members',
    relations: 'Relations',
    formed: 'Formed',
    membersUnknown: 'The sources do not name the members.',
    inferred: 'number estimated',
    empty: 'The data holds no bodies.',
    from: 'from',
    until: 'until',
  },
} satisfies Record<Language, Record<string, string>>

function role(value: Role, lang: Language): SafeHtml {
  return value.person === undefined
    ? text(value.role, lang)
    : markup`${text(value.role, lang)}, ${value.person}`
}

function member(value: BodyMember, lang: Language): SafeHtml {
  const who =
    value.person === undefined ? text(value.role, lang) : markup`${text(value.role, lang)}, ${value.person}`
  const notes: SafeHtml[] = []
  if (value.countText !== undefined) notes.push(text(value.countText, lang))
  if (value.count !== undefined && value.countInferred === true)
    notes.push(markup`${messages[lang].inferred}`)
  if (value.count === undefined) return notes.length === 0 ? who : markup`${who}: ${notes[0]}`
  return notes.length === 0
    ? markup`${who}: ${value.count}`
    : markup`${who}: ${value.count} (${joinInline(notes, ', ')})`
}

function joinInline(parts: readonly SafeHtml[], separator: string): SafeHtml {
  return parts.reduce((all, part, i) => (i === 0 ? part : markup`${all}${separator}${part}`), markup``)
}

function validity(value: Relation, lang: Language): string {
  const words = messages[lang]
  if (value.validFrom !== undefined && value.validTo !== undefined) {
    return ` (${formatRangeText(value.validFrom, value.validTo, lang)})`
  }
  if (value.validFrom !== undefined) return ` (${words.from} ${formatDateText(value.validFrom, lang)})`
  if (value.validTo !== undefined) return ` (${words.until} ${formatDateText(value.validTo, lang)})`
  return ''
}

/**
 * The governance bodies as a description list: each body's name, then its purpose and a nested list
 * with its chair, its members with their counts, and its relations to units and other bodies in words.
 */
export function renderGovernance(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const { lang } = options
  const words = messages[lang]
  if (document.bodies.length === 0) return markup`<p>${words.empty}</p>`
  const names = new Map<string, LocalizedText>()
  for (const unit of document.units) names.set(unit.id, unit.name)
  for (const body of document.bodies) names.set(body.id, body.name)
  // Validation resolves every id; an unvalidated document still shows the id rather than nothing.
  const nameOf = (id: string): SafeHtml => {
    const name = names.get(id)
    return name === undefined ? markup`${id}` : text(name, lang)
  }

  const relation = (value: Relation): SafeHtml => {
    const sentence = markup`${nameOf(value.from)} ${RELATION_LABELS[lang].outgoing[value.kind]} ${nameOf(value.to)}`
    const description = value.description === undefined ? '' : markup` ${text(value.description, lang)}`
    return markup`<li>${sentence}${validity(value, lang)}.${description}</li>`
  }

  const body = (value: Body): SafeHtml => {
    const relations = document.relations.filter((r) => r.from === value.id || r.to === value.id)
    const members = value.membersUnknown
      ? markup`${words.membersUnknown}`
      : value.members.length === 0
        ? markup`${NOT_STATED_LABEL[lang]}`
        : markup`<ul>
            ${value.members.map((m) => markup`<li>${member(m, lang)}</li>`)}
          </ul>`
    return markup`<dt>${text(value.name, lang)}</dt>
      <dd>
        ${value.purpose === undefined ? '' : markup`<p>${text(value.purpose, lang)}</p>`}
        <dl>
          <dt>${words.chair}</dt>
          <dd>${value.chair === undefined ? NOT_STATED_LABEL[lang] : role(value.chair, lang)}</dd>
          ${
            value.formed === undefined
              ? ''
              : markup`<dt>${words.formed}</dt>
                  <dd>${formatDateText(value.formed, lang)}</dd>`
          }
          <dt>${words.members}</dt>
          <dd>${members}</dd>
          ${
            relations.length === 0
              ? ''
              : markup`<dt>${words.relations}</dt>
                  <dd>
                    <ul>
                      ${relations.map(relation)}
                    </ul>
                  </dd>`
          }
        </dl>
      </dd>`
  }

  return markup`<dl>
    ${document.bodies.map(body)}
  </dl>
  ${renderNotes(
    notesAbout(
      document,
      document.bodies.map((b) => b.id),
    ),
    lang,
  )}`
}
