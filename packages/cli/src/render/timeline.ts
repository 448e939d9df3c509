import {
  type Language,
  type PartialDate,
  type ProgrammeDocument,
  type ProgrammeTimelineEntry,
  TIMELINE_KIND_LABELS,
  TIMELINE_STATUS_LABELS,
  entryStatus,
  filterEntries,
  formatPartialDate,
  htmlDatetime,
  groupByYear,
  timelineEntries,
} from '@kth-vs/core'
import { type SafeHtml, heading, markup, link, text } from './html.js'
import type { ResolvedRenderOptions } from './options.js'

const messages = {
  sv: {
    label: 'Tidslinje',
    empty: 'Inga händelser finns i uppgifterna.',
    status: 'Status',
    context: 'bakgrund',
    published: 'publiceringsdatum',
  },
  en: {
    label: 'Timeline',
    empty: 'The data holds no events.',
    status: 'Status',
    context: 'background',
    published: 'date of publication',
  },
} satisfies Record<Language, Record<string, string>>

function time(date: PartialDate, lang: Language): SafeHtml {
  return markup`<time datetime="${htmlDatetime(date)}">${formatPartialDate(date, lang)}</time>`
}

function when(entry: ProgrammeTimelineEntry, lang: Language): SafeHtml {
  const start = time(entry.start, lang)
  const range = entry.end === undefined ? start : markup`${start} – ${time(entry.end, lang)}`
  return entry.item.dateMeans === 'published' ? markup`${range} (${messages[lang].published})` : range
}

function item(entry: ProgrammeTimelineEntry, options: ResolvedRenderOptions): SafeHtml {
  const { lang } = options
  const words = messages[lang]
  const kind = TIMELINE_KIND_LABELS[lang][entry.kind]
  const status = TIMELINE_STATUS_LABELS[lang][entryStatus(entry.interval, options.now)]
  const about = entry.context === true ? `${kind} (${words.context})` : kind
  const links = entry.item.links ?? []
  return markup`<li>
    <p>${when(entry, lang)}: <strong>${text(entry.item.title, lang)}</strong></p>
    <p>${about}. ${words.status}: ${status}.</p>
    ${entry.item.description === undefined ? '' : markup`<p>${text(entry.item.description, lang)}</p>`}
    ${
      links.length === 0
        ? ''
        : markup`<ul>
            ${links.map((value) => markup`<li>${link(text(value.label, lang), value.url)}</li>`)}
          </ul>`
    }
  </li>`
}

/**
 * The timeline as an ordered list of years, each with a heading and an ordered list of its events in date
 * order: the date in a `<time>` element at its precision, the title, and the kind and status (relative to
 * `now`) in words. Context events are left out unless `includeContext` is set.
 */
export function renderTimeline(document: ProgrammeDocument, options: ResolvedRenderOptions): SafeHtml {
  const { lang, headingLevel } = options
  const words = messages[lang]
  const entries = filterEntries(timelineEntries(document), { includeContext: options.includeContext })
  if (entries.length === 0) return markup`<p>${words.empty}</p>`
  return markup`<ol aria-label="${words.label}">
    ${groupByYear(entries).map(
      (group) =>
        markup`<li>
          ${heading(headingLevel, group.year)}
          <ol>
            ${group.entries.map((entry) => item(entry, options))}
          </ol>
        </li>`,
    )}
  </ol>`
}
