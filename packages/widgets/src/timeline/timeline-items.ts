import {
  type Language,
  type LinkView,
  type NoteView,
  type TimelineContent,
  type TimelineItemView,
  type ShownStatus,
  clampHeadingLevel,
} from '@kth-vs/core'
import { type SVGTemplateResult, type TemplateResult, html, nothing, svg } from 'lit'
import { renderHeading } from '../base/heading.js'
import { styleProperties } from '../base/style-properties.js'
import { renderText } from '../base/text.js'

/** Prefix of each item's id in the shadow root, so `#vs-tl-E07` (or `#E07`) links to item E07. */
export const ITEM_ID_PREFIX = 'vs-tl-'

/** What the item templates call back into the element. */
export interface ItemHandlers {
  click(event: MouseEvent): void
  keydown(event: KeyboardEvent): void
  focus(event: FocusEvent): void
  download(event: Event): void
  /** A note about an item, behind a disclosure; `about` names the item. */
  note(note: NoteView, about: unknown): TemplateResult
}

const STATUS_ICONS: Record<ShownStatus, SVGTemplateResult> = {
  done: svg`<circle cx="8" cy="8" r="6.5"/><path d="m4.8 8.2 2.2 2.2 4.2-4.6"/>`,
  ongoing: svg`<circle cx="8" cy="8" r="6.5"/><path class="fill" d="M8 1.5a6.5 6.5 0 0 1 0 13z"/>`,
  upcoming: svg`<circle cx="8" cy="8" r="6.5" stroke-dasharray="2.6 2.5"/>`,
  unconfirmed: svg`<circle cx="8" cy="8" r="6.5"/><path d="M6 6.3a2 2 0 1 1 2.8 1.8c-.5.3-.8.7-.8 1.3v.4"/><path class="fill" d="M8 11.2a.9.9 0 1 0 0 1.8.9.9 0 0 0 0-1.8z"/>`,
}

/** The icon of a status, beside its word (never instead of it). */
export function statusIcon(status: ShownStatus): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${STATUS_ICONS[status]}
  </svg>`
}

/** An item's date, with what the date means when it is only the day of publication. */
export function renderDate(item: TimelineItemView): TemplateResult {
  return html`<time datetime=${item.date.datetime}>${item.date.text}</time>${
      item.published ? html` <span class="published">(${item.published})</span>` : nothing
    }`
}

/** An item's kind, marked as background for context events. */
export function renderKind(item: TimelineItemView): TemplateResult {
  return html`<span class="kind">${item.kindLabel}${item.context ? ` (${item.context})` : nothing}</span>`
}

function renderLinks(label: string, links: readonly LinkView[], lang: Language) {
  if (links.length === 0) return nothing
  return html`<div>
    <dt>${label}</dt>
    <dd>
      <ul class="links">
        ${links.map(
          (link) =>
            html`<li>
              ${
                link.href
                  ? html`<a href=${link.href} hreflang=${link.hreflang ?? nothing}>
                      ${renderText(link.label, lang)}
                    </a>`
                  : renderText(link.label, lang)
              }
            </li>`,
        )}
      </ul>
    </dd>
  </div>`
}

/** An item's date, kind, status, title, description, related items, links, sources, notes and download button. */
export function renderDetails(
  content: TimelineContent,
  item: TimelineItemView,
  handlers: ItemHandlers,
): TemplateResult {
  const { lang, words } = content
  const title = renderText(item.title, lang)
  return html`<p class="meta">
      ${renderDate(item)} ${renderKind(item)}
      <span class="item-status">${statusIcon(item.status)} ${item.statusLabel}</span>
    </p>
    <p class="title">${title}</p>
    ${item.description ? html`<p class="description">${renderText(item.description, lang)}</p>` : nothing}
    ${
      item.related.length || item.links.length || item.sources.length
        ? html`<dl class="relations">
            ${item.related.map(
              (related) =>
                html`<div>
                  <dt>${related.label}</dt>
                  <dd>${related.names.map((name, i) => html`${i ? ', ' : ''}${renderText(name, lang)}`)}</dd>
                </div>`,
            )}
            ${renderLinks(content.common.links, item.links, lang)}
            ${renderLinks(content.common.sources, item.sources, lang)}
          </dl>`
        : nothing
    }
    ${item.notes.map((note) => handlers.note(note, title))}
    <button type="button" class="ics" data-id=${item.id} @click=${handlers.download}>
      ${words.downloadOne}<span class="vh">: ${title}</span>
    </button>`
}

/** The marker of the day the timeline is seen from. */
export function renderToday(content: TimelineContent, position?: Record<string, string | number>) {
  return html`<li class="today" part="today" ${styleProperties(position ?? {})}>
    <span class="today-label"
      >${content.today.label}
      <time datetime=${content.today.date.datetime}>${content.today.date.text}</time></span
    >
  </li>`
}

/** The list view: a heading per year and an ordered list of its items, today's marker among them. */
export function renderList(content: TimelineContent, headingLevel: number, handlers: ItemHandlers) {
  const level = clampHeadingLevel(headingLevel)
  return html`<div class="list-view">
    ${content.years.map((group) => {
      const rows: unknown[] = group.items.map(
        (item) =>
          html`<li
            id=${ITEM_ID_PREFIX + item.id}
            class="item ${item.status} ${item.kind}"
            part="item"
            data-id=${item.id}
            tabindex=${item.tabStop ? 0 : -1}
            aria-current=${item.selected ? 'true' : nothing}
            @click=${handlers.click}
            @keydown=${handlers.keydown}
            @focus=${handlers.focus}
          >
            <span class="marker" aria-hidden="true">${statusIcon(item.status)}</span>
            ${renderDetails(content, item, handlers)}
          </li>`,
      )
      if (group.todayAt !== undefined) rows.splice(group.todayAt, 0, renderToday(content))
      return html`${renderHeading(level, 'year', String(group.year))}
        <ol class="items" part="list">
          ${rows}
        </ol>`
    })}
  </div>`
}
