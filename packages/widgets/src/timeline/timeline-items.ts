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

/** Id of the sentence that says which keys move between the items. */
export const KEYS_HINT_ID = 'keys-hint'

/** What the item templates call back into the element. */
export interface ItemHandlers {
  click(event: MouseEvent): void
  keydown(event: KeyboardEvent): void
  focusin(event: FocusEvent): void
  download(event: Event): void
  /** A note about an item, behind a disclosure; `about` names the item, `tabindex` as {@link renderDetails} says. */
  note(note: NoteView, about: unknown, tabindex: number | undefined): TemplateResult
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

/**
 * An item's date, with what the date means when it is only the day of publication. Inside a button,
 * whose content is only its name, the date is plain text rather than a `<time>`.
 */
export function renderDate(item: TimelineItemView, inButton = false): TemplateResult {
  const date = inButton
    ? html`<span class="date">${item.date.text}</span>`
    : html`<time datetime=${item.date.datetime}>${item.date.text}</time>`
  return html`${date}${item.published ? html` <span class="published">(${item.published})</span>` : nothing}`
}

/** The sentence that says which keys move between the items, which the items are described by. */
export function renderKeysHint(content: TimelineContent): TemplateResult {
  return html`<p class="keys-hint" id=${KEYS_HINT_ID}>${content.words.keysHint}</p>`
}

/** An item's kind, marked as background for context events. */
export function renderKind(item: TimelineItemView): TemplateResult {
  return html`<span class="kind">${item.kindLabel}${item.context ? ` (${item.context})` : nothing}</span>`
}

function renderLinks(
  label: string,
  links: readonly LinkView[],
  lang: Language,
  tabindex: number | undefined,
) {
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
                  ? html`<a
                      href=${link.href}
                      hreflang=${link.hreflang ?? nothing}
                      tabindex=${tabindex ?? nothing}
                    >
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

/**
 * An item's date, kind, status, title, description, related items, links, sources, notes and download
 * button.
 * In the list (`inList`), the title is the button that selects the item, described by the date, kind
 * and status; it holds the list's tab stop when the item does, and the item's links and buttons are in
 * the tab order only then, so Tab goes from the list's tab stop to its links and on out of the list.
 */
export function renderDetails(
  content: TimelineContent,
  item: TimelineItemView,
  handlers: ItemHandlers,
  inList = false,
): TemplateResult {
  const { lang, words } = content
  const title = renderText(item.title, lang)
  const tabindex = inList && !item.tabStop ? -1 : undefined
  const metaId = `meta-${item.id}`
  const heading = inList
    ? html`<button
        type="button"
        class="select"
        data-select=${item.id}
        tabindex=${item.tabStop ? 0 : -1}
        aria-current=${item.selected ? 'true' : nothing}
        aria-describedby="${metaId} ${KEYS_HINT_ID}"
      >
        ${title}
      </button>`
    : title
  return html`<p class="meta" id=${inList ? metaId : nothing}>
      ${renderDate(item)} ${renderKind(item)}
      <span class="item-status">${statusIcon(item.status)} ${item.statusLabel}</span>
    </p>
    <p class="title">${heading}</p>
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
            ${renderLinks(content.common.links, item.links, lang, tabindex)}
            ${renderLinks(content.common.sources, item.sources, lang, tabindex)}
          </dl>`
        : nothing
    }
    ${item.notes.map((note) => handlers.note(note, title, tabindex))}
    <button
      type="button"
      class="ics"
      data-id=${item.id}
      tabindex=${tabindex ?? nothing}
      @click=${handlers.download}
    >
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

/**
 * The list view: a heading per year and an ordered list of its items, today's marker among them. Each
 * item stays a plain list item for a screen reader to walk; the arrow keys work from anywhere in it.
 */
export function renderList(content: TimelineContent, headingLevel: number, handlers: ItemHandlers) {
  const level = clampHeadingLevel(headingLevel)
  return html`<div class="list-view">
    ${renderKeysHint(content)}
    ${content.years.map((group) => {
      const rows: unknown[] = group.items.map(
        (item) =>
          html`<li
            id=${ITEM_ID_PREFIX + item.id}
            class="item ${item.status} ${item.kind} ${item.selected ? 'is-selected' : ''}"
            part="item"
            data-id=${item.id}
            @click=${handlers.click}
            @keydown=${handlers.keydown}
            @focusin=${handlers.focusin}
          >
            <span class="marker" aria-hidden="true">${statusIcon(item.status)}</span>
            ${renderDetails(content, item, handlers, true)}
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
