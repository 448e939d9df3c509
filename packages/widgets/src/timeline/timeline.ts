import {
  KIT_PRODUCT_ID,
  formatDateText,
  TIMELINE_KIND_LABELS,
  TIMELINE_STATUS_LABELS,
  htmlDatetime,
  type DayInterval,
  type Language,
  type LocalizedText,
  type ProgrammeDocument,
  type ProgrammeTimelineEntry,
  type Source,
  type TimelineItem,
  type TimelineKind,
  type TimelineStatus,
  TIMELINE_KINDS,
  addDays,
  assignLanes,
  calendarEvents,
  daysBetween,
  entryStatus,
  filterEntries,
  formatDateRange,
  formatPartialDate,
  groupByYear,
  isValidDay,
  localize,
  programmeInterval,
  programmeProgress,
  safeHref,
  sortByOrder,
  sortEntries,
  stockholmDay,
  timelineEntries,
  toDayInterval,
  toICalendar,
} from '@kth-vs/core'
import { type SVGTemplateResult, type TemplateResult, html, nothing, svg } from 'lit'
import { styleProperties } from '../base/style-properties.js'
import { clampHeadingLevel, renderHeading } from '../base/heading.js'
import type { SyncMessage } from '../base/sync.js'
import { renderSourceLabel } from '../base/sources.js'
import { renderText } from '../base/text.js'
import { VsElement } from '../base/vs-element.js'
import { type TimelineMessages, timelineMessages } from './messages.js'
import { timelineStyles } from './timeline.styles.js'

/** Detail of the `vs-select` event of `<vs-timeline>`. */
export interface VsTimelineSelectDetail {
  /** The item's id. */
  id: string
  /** What sort of item it is. */
  kind: TimelineKind
  /** The days the item covers, inclusive. */
  interval: DayInterval
  /** The item as written in the document. */
  item: TimelineItem
}

/** How the timeline is drawn: `auto` picks the axis in a wide container and the list in a narrow one. */
export type TimelineView = 'auto' | 'list' | 'axis'

/** The scale of the axis view. */
export type TimelineZoom = 'year' | 'quarter'

/** Prefix of each item's id in the shadow root, so `#vs-tl-E07` (or `#E07`) links to item E07. */
export const ITEM_ID_PREFIX = 'vs-tl-'

/** Container width (rem) from which `view="auto"` draws the axis. */
const WIDE_REM = 48
/** Width of one year on the axis (rem), by zoom. */
const YEAR_REM: Record<TimelineZoom, number> = { year: 12, quarter: 36 }
/** Narrowest item box on the axis (rem), plus the gap kept to the next one in its lane; the styles agree. */
const MIN_ITEM_REM = 9
const GAP_REM = 0.5

const STATUS_ICONS: Record<TimelineStatus, SVGTemplateResult> = {
  done: svg`<circle cx="8" cy="8" r="6.5"/><path d="m4.8 8.2 2.2 2.2 4.2-4.6"/>`,
  ongoing: svg`<circle cx="8" cy="8" r="6.5"/><path class="fill" d="M8 1.5a6.5 6.5 0 0 1 0 13z"/>`,
  upcoming: svg`<circle cx="8" cy="8" r="6.5" stroke-dasharray="2.6 2.5"/>`,
}

function statusIcon(status: TimelineStatus): TemplateResult {
  return html`<svg class="icon" viewBox="0 0 16 16" aria-hidden="true" focusable="false">
    ${STATUS_ICONS[status]}
  </svg>`
}

/** Space-separated words of an attribute. */
function words(value: string | undefined): string[] {
  return value?.split(/\s+/).filter(Boolean) ?? []
}

/** An attribute's ISO day, or undefined when it holds none. */
function isoDay(value: string | undefined): string | undefined {
  const day = value?.trim()
  return day && isValidDay(day) ? day : undefined
}

function year(day: string): number {
  return Number(day.slice(0, 4))
}

/**
 * The programme's dated items, as an ordered list grouped by year or on a scaled time axis with lanes,
 * with today marked, the programme's progress in words, filters, deep links and calendar downloads.
 *
 * @summary The programme's timeline: decisions, milestones, phases and periods.
 * @fires {CustomEvent<VsTimelineSelectDetail>} vs-select - the reader selected an item (click, Enter or Space); `detail: { id, kind, interval, item }`.
 *   In a `sync` group, the others move to the item's first day.
 * @csspart state - the programme's progress in words
 * @csspart controls - the filter form (only with the `controls` attribute)
 * @csspart chip - the note that the list is filtered on a unit, with its remove button
 * @csspart download - the button that downloads every shown item as a calendar file
 * @csspart list - a list of items (one per year in the list view)
 * @csspart year - a year's heading in the list view
 * @csspart item - one item (a list item in the list view, a button on the axis)
 * @csspart today - the marker of today's date
 * @csspart axis - the axis view, with its zoom buttons
 * @csspart detail - the axis view's panel with the selected item's details
 * @cssprop --vs-timeline-lane-height - height of one lane on the axis (default 4.5rem)
 * @cssprop --vs-timeline-rail-color - colour of the line that joins the items of the list view (default the border colour)
 */
export class VsTimeline extends VsElement<VsTimelineSelectDetail> {
  static override styles = [...VsElement.styles, timelineStyles]

  static override properties = {
    ...VsElement.properties,
    headingLevel: { type: Number, attribute: 'heading-level' },
    view: { type: String },
    zoom: { type: String, reflect: true },
    now: { type: String },
    filterKind: { type: String, attribute: 'filter-kind' },
    filterArea: { type: String, attribute: 'filter-area' },
    from: { type: String },
    to: { type: String },
    context: { type: Boolean, reflect: true },
    controls: { type: Boolean },
    unitFilter: { state: true },
    activeId: { state: true },
    selectedId: { state: true },
    wide: { state: true },
    printing: { state: true },
  }

  /** The level (2–6) of the year headings, so they fit the page's outline. */
  declare headingLevel: number
  /** `list`, `axis`, or `auto` (the axis when the widget is at least 48rem wide, else the list). */
  declare view: TimelineView
  /** The scale of the axis: `year` or `quarter`. */
  declare zoom: TimelineZoom
  /** The day (ISO `YYYY-MM-DD`) to view the timeline as of; today in Stockholm when absent. */
  declare now: string | undefined
  /** Kinds to show, space-separated (`decision milestone phase period`); all when empty. */
  declare filterKind: string | undefined
  /** Ids of support areas, space-separated; items of any of them are shown, all when empty. */
  declare filterArea: string | undefined
  /** Shows items that overlap this day (ISO) or later. */
  declare from: string | undefined
  /** Shows items that overlap this day (ISO) or earlier. */
  declare to: string | undefined
  /** Shows the context events from before the programme. */
  declare context: boolean
  /** Shows form controls for kind, support area and context. */
  declare controls: boolean
  /** The unit another widget of the `sync` group filtered on. */
  declare protected unitFilter: string | undefined
  /** The item that holds the keyboard's tab stop (roving tabindex). */
  declare protected activeId: string | undefined
  /** The item last selected. */
  declare protected selectedId: string | undefined
  /** Whether the widget is wide enough for the axis. */
  declare protected wide: boolean
  /** True while the page prints: the list is printed whatever the view. */
  declare protected printing: boolean

  #document: ProgrammeDocument | undefined
  #entries: ProgrammeTimelineEntry[] = []
  #names = new Map<string, LocalizedText>()
  #sources = new Map<string, Source>()
  /** The items shown now, in date order: the order the arrow keys follow. */
  #shown: ProgrammeTimelineEntry[] = []
  #renderedView: string | undefined
  #scrolledFor: string | undefined
  #seenOutcome: unknown
  #hashPending = false
  #measured = false
  #frame = 0
  #resize = new ResizeObserver((records) => {
    const width = records.at(-1)?.contentRect.width ?? 0
    // Deferred to the next frame: re-rendering inside the callback would change the observed size
    // within one observation loop.
    cancelAnimationFrame(this.#frame)
    this.#frame = requestAnimationFrame(() => {
      const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
      this.wide = width >= WIDE_REM * rem
      if (!this.#measured) {
        this.#measured = true
        this.requestUpdate()
      }
    })
  })

  constructor() {
    super()
    this.headingLevel = 3
    this.view = 'auto'
    this.zoom = 'year'
    this.context = false
    this.controls = false
    this.wide = false
    this.printing = false
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.#resize.observe(this)
    window.addEventListener('hashchange', this.#followHash)
    window.addEventListener('beforeprint', this.#beforePrint)
    window.addEventListener('afterprint', this.#afterPrint)
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#resize.disconnect()
    cancelAnimationFrame(this.#frame)
    window.removeEventListener('hashchange', this.#followHash)
    window.removeEventListener('beforeprint', this.#beforePrint)
    window.removeEventListener('afterprint', this.#afterPrint)
  }

  protected override receiveSync(message: SyncMessage): void {
    if (message.kind === 'unit') this.unitFilter = message.id
    else if (message.kind === 'clear') this.unitFilter = undefined
  }

  protected override updated(): void {
    if (this.outcome !== this.#seenOutcome) {
      this.#seenOutcome = this.outcome
      this.#hashPending = this.outcome?.ok === true
    }
    // In auto view, wait for the first measurement so the item is not redrawn (and loses focus) at once.
    if (this.#hashPending && (this.view === 'list' || this.view === 'axis' || this.#measured)) {
      this.#hashPending = false
      this.#followHash()
    }
    const axisKey = this.#renderedView === 'axis' ? `${this.zoom}` : undefined
    if (axisKey !== this.#scrolledFor) {
      this.#scrolledFor = axisKey
      if (axisKey) this.#scrollAxisToActive()
    }
  }

  /** The day the timeline is viewed as of. */
  #today(): string {
    return isoDay(this.now) ?? stockholmDay(new Date())
  }

  #prepare(doc: ProgrammeDocument): void {
    if (doc === this.#document) return
    this.#document = doc
    this.#entries = timelineEntries(doc)
    this.#names = new Map<string, LocalizedText>([
      ...doc.supportAreas.map((area) => [area.id, area.title] as const),
      ...doc.bodies.map((body) => [body.id, body.name] as const),
      ...doc.decisions.map((decision) => [decision.id, decision.title] as const),
      ...doc.units.map((unit) => [unit.id, unit.name] as const),
    ])
    this.#sources = new Map(doc.sources.map((source) => [source.id, source]))
  }

  /** The entries the filters let through, in date order. */
  #visible(): ProgrammeTimelineEntry[] {
    return sortEntries(
      filterEntries(this.#entries, {
        kinds: words(this.filterKind) as TimelineKind[],
        areas: words(this.filterArea),
        units: this.unitFilter ? [this.unitFilter] : undefined,
        from: isoDay(this.from),
        to: isoDay(this.to),
        includeContext: this.context,
      }),
    )
  }

  #currentView(): 'list' | 'axis' {
    if (this.printing) return 'list'
    if (this.view === 'list' || this.view === 'axis') return this.view
    return this.wide ? 'axis' : 'list'
  }

  protected override renderDocument(doc: ProgrammeDocument, lang: Language): TemplateResult {
    this.#prepare(doc)
    const text = timelineMessages[lang]
    const today = this.#today()
    const shown = this.#visible()
    this.#shown = shown
    // The tab stop: the chosen item while it is shown, else the one nearest today (the latest to have
    // started of those under way, else the next to come), else the last.
    const active =
      shown.find((entry) => entry.id === this.activeId) ??
      shown.findLast((entry) => entryStatus(entry.interval, today) === 'ongoing') ??
      shown.find((entry) => entry.interval.start > today) ??
      shown.at(-1)
    const view = this.#currentView()
    this.#renderedView = shown.length ? view : undefined
    // Selecting moves the org chart and fires an event, which a screen reader would not otherwise hear.
    const selected = this.selectedId ? this.#entry(this.selectedId) : undefined
    const selectedTitle = selected ? localize(selected.item.title, lang).text : undefined
    return html`${this.#renderState(doc, today, lang, text)}
      ${this.controls ? this.#renderControls(doc, lang, text) : nothing}
      ${
        this.unitFilter
          ? html`<p class="chip" part="chip">
              ${text.filteredOn} <strong>${this.#name(this.unitFilter, lang)}</strong>
              <button type="button" class="clear" @click=${this.#clearUnit}>${text.clearFilter}</button>
            </p>`
          : nothing
      }
      <div class="actions">
        <p class="count" role="status">${text.count(shown.length, this.#entries.length)}</p>
        <p class="visually-hidden" role="status">${selectedTitle ? text.selectedNow(selectedTitle) : ''}</p>
        ${
          shown.length
            ? html`<button type="button" class="download" part="download" @click=${this.#downloadAll}>
                ${text.downloadAll}
              </button>`
            : nothing
        }
      </div>
      ${
        !shown.length
          ? html`<p class="empty">${text.empty}</p>`
          : view === 'axis'
            ? this.#renderAxis(doc, shown, today, active, lang, text)
            : this.#renderList(shown, today, active, lang, text)
      }`
  }

  #renderState(doc: ProgrammeDocument, today: string, lang: Language, text: TimelineMessages) {
    const programme = programmeInterval(doc)
    const progress = programmeProgress(programme, today)
    const state =
      progress.status === 'upcoming'
        ? text.before(formatDateText(doc.programme.start, lang))
        : progress.status === 'done'
          ? text.after(formatDateText(doc.programme.end, lang))
          : text.during(Math.round(progress.fraction * 100), formatDateText(doc.programme.end, lang))
    return html`<div class="state" part="state">
      <p>${state}</p>
      <span class="progress" aria-hidden="true">
        <span ${styleProperties({ '--_p': progress.fraction })}></span>
      </span>
    </div>`
  }

  #renderControls(doc: ProgrammeDocument, lang: Language, text: TimelineMessages) {
    const kinds = words(this.filterKind)
    const areas = words(this.filterArea)
    return html`<form class="controls" part="controls" aria-label=${text.filters} @submit=${prevent}>
      <fieldset aria-describedby="hint">
        <legend>${text.kindLegend}</legend>
        ${TIMELINE_KINDS.map(
          (kind) =>
            html`<label>
              <input
                type="checkbox"
                name="kind"
                .value=${kind}
                .checked=${kinds.includes(kind)}
                @change=${this.#changeFilters}
              />
              ${TIMELINE_KIND_LABELS[lang][kind]}
            </label>`,
        )}
      </fieldset>
      ${
        doc.supportAreas.length
          ? html`<fieldset aria-describedby="hint">
              <legend>${text.areaLegend}</legend>
              ${sortByOrder(doc.supportAreas).map(
                (area) =>
                  html`<label>
                    <input
                      type="checkbox"
                      name="area"
                      .value=${area.id}
                      .checked=${areas.includes(area.id)}
                      @change=${this.#changeFilters}
                    />
                    ${renderText(localize(area.title, lang), lang)}
                  </label>`,
              )}
            </fieldset>`
          : nothing
      }
      <p class="hint" id="hint">${text.filterHint}</p>
      <label class="context">
        <input type="checkbox" name="context" .checked=${this.context} @change=${this.#changeFilters} />
        ${text.showContext}
      </label>
    </form>`
  }

  #renderList(
    shown: ProgrammeTimelineEntry[],
    today: string,
    active: ProgrammeTimelineEntry | undefined,
    lang: Language,
    text: TimelineMessages,
  ) {
    const level = clampHeadingLevel(this.headingLevel)
    const groups = groupByYear(shown)
    const todayYear = year(today)
    if (!groups.some((group) => group.year === todayYear)) {
      const at = groups.findIndex((group) => group.year > todayYear)
      groups.splice(at < 0 ? groups.length : at, 0, { year: todayYear, entries: [] })
    }
    return html`<div class="list-view">
      ${groups.map((group) => {
        const rows = group.entries.map((entry) => this.#renderListItem(entry, today, active, lang, text))
        if (group.year === todayYear) {
          const at = group.entries.findIndex((entry) => entry.interval.start > today)
          rows.splice(at < 0 ? rows.length : at, 0, renderToday(today, lang, text))
        }
        return html`${renderHeading(level, 'year', String(group.year))}
          <ol class="items" part="list">
            ${rows}
          </ol>`
      })}
    </div>`
  }

  #renderListItem(
    entry: ProgrammeTimelineEntry,
    today: string,
    active: ProgrammeTimelineEntry | undefined,
    lang: Language,
    text: TimelineMessages,
  ) {
    const status = entryStatus(entry.interval, today)
    return html`<li
      id=${ITEM_ID_PREFIX + entry.id}
      class="item ${status} ${entry.kind}"
      part="item"
      data-id=${entry.id}
      tabindex=${entry === active ? 0 : -1}
      aria-current=${entry.id === this.selectedId ? 'true' : nothing}
      @click=${this.#clickItem}
      @keydown=${this.#keyItem}
    >
      <span class="marker" aria-hidden="true">${statusIcon(status)}</span>
      ${this.#renderDetails(entry, status, lang, text)}
    </li>`
  }

  /** An item's date, kind, status, title, description, relations, links and download button. */
  #renderDetails(
    entry: ProgrammeTimelineEntry,
    status: TimelineStatus,
    lang: Language,
    text: TimelineMessages,
  ) {
    const item = entry.item
    const title = renderText(localize(item.title, lang), lang)
    const related = (
      [
        [text.areas, item.areas],
        [text.bodies, item.bodies],
        [text.decisions, item.decisions],
        [text.units, item.units],
      ] as const
    ).filter(([, ids]) => ids?.length)
    const links = (item.links ?? []).map((link) => ({
      href: safeHref(link.url),
      label: renderText(localize(link.label, lang), lang),
      lang: undefined as Language | undefined,
    }))
    const sources = item.sources.flatMap((id) => {
      const source = this.#sources.get(id)
      return source
        ? [
            {
              href: safeHref(source.url),
              label: renderSourceLabel(source, lang),
              lang: source.lang,
            },
          ]
        : []
    })
    return html`<p class="meta">
        <time datetime=${htmlDatetime(entry.start)}>${entryDate(entry, lang)}</time>
        <span class="kind">${TIMELINE_KIND_LABELS[lang][entry.kind]}</span>
        <span class="item-status">${statusIcon(status)} ${TIMELINE_STATUS_LABELS[lang][status]}</span>
      </p>
      <p class="title">${title}</p>
      ${
        item.description
          ? html`<p class="description">${renderText(localize(item.description, lang), lang)}</p>`
          : nothing
      }
      ${
        related.length || links.length || sources.length
          ? html`<dl class="relations">
              ${related.map(
                ([label, ids]) =>
                  html`<div>
                    <dt>${label}</dt>
                    <dd>${ids?.map((id, i) => html`${i ? ', ' : ''}${this.#name(id, lang)}`)}</dd>
                  </div>`,
              )}
              ${renderLinks(text.links, links, lang)} ${renderLinks(text.sources, sources, lang)}
            </dl>`
          : nothing
      }
      <button type="button" class="ics" data-id=${entry.id} @click=${this.#downloadOne}>
        ${text.downloadOne}<span class="vh">: ${title}</span>
      </button>`
  }

  #renderAxis(
    doc: ProgrammeDocument,
    shown: ProgrammeTimelineEntry[],
    today: string,
    active: ProgrammeTimelineEntry | undefined,
    lang: Language,
    text: TimelineMessages,
  ) {
    const zoom: TimelineZoom = this.zoom === 'quarter' ? 'quarter' : 'year'
    const programme = programmeInterval(doc)
    const first = Math.min(year(shown[0]?.interval.start ?? today), year(programme.start), year(today))
    const last = Math.max(...shown.map((entry) => year(entry.interval.end)), year(programme.end), year(today))
    const origin = `${first}-01-01`
    const total = daysBetween(origin, `${last}-12-31`) + 1
    const at = (day: string) => (daysBetween(origin, day) / total) * 100
    // Lanes are laid out by the space an item takes on screen: a one-day decision still needs room for its text.
    const minDays = Math.ceil(((MIN_ITEM_REM + GAP_REM) / YEAR_REM[zoom]) * 365.25)
    const { lanes, laneOf } = assignLanes(
      shown.map((entry) => {
        const room = addDays(entry.interval.start, minDays - 1)
        return { id: entry.id, interval: { ...entry.interval, end: maxDay(entry.interval.end, room) } }
      }),
    )
    const ticks: { day: string; label: string }[] = []
    for (let y = first; y <= last; y++) {
      if (zoom === 'year') ticks.push({ day: `${y}-01-01`, label: String(y) })
      else
        for (const quarter of [1, 2, 3, 4] as const)
          ticks.push({
            day: toDayInterval({ precision: 'quarter', year: y, quarter }).start,
            label: formatPartialDate({ precision: 'quarter', year: y, quarter }, lang),
          })
    }
    const rows = shown.map((entry) => {
      const status = entryStatus(entry.interval, today)
      const x = at(entry.interval.start)
      return html`<li
        class="bar ${status} ${entry.kind}"
        ${styleProperties({
          '--_x': x.toFixed(3),
          '--_w': (at(addDays(entry.interval.end, 1)) - x).toFixed(3),
          '--_row': (laneOf.get(entry.id) ?? 0) + 1,
        })}
      >
        <button
          type="button"
          id=${ITEM_ID_PREFIX + entry.id}
          class="item"
          part="item"
          data-id=${entry.id}
          tabindex=${entry === active ? 0 : -1}
          aria-current=${entry.id === this.selectedId ? 'true' : nothing}
          @click=${this.#clickItem}
          @keydown=${this.#keyItem}
          @focus=${this.#focusItem}
        >
          <span class="bar-meta">
            ${statusIcon(status)}
            <time datetime=${htmlDatetime(entry.start)}>${entryDate(entry, lang)}</time>
            <span class="kind">${TIMELINE_KIND_LABELS[lang][entry.kind]}</span>
          </span>
          <span class="bar-title">${renderText(localize(entry.item.title, lang), lang)}</span>
          <span class="vh">${TIMELINE_STATUS_LABELS[lang][status]}</span>
        </button>
      </li>`
    })
    const todayAt = at(today)
    const todayRow = renderToday(today, lang, text, {
      '--_x': todayAt.toFixed(3),
      '--_end': todayAt > 60 ? 1 : 0,
    })
    const after = shown.findIndex((entry) => entry.interval.start > today)
    rows.splice(after < 0 ? rows.length : after, 0, todayRow)
    return html`<div class="axis-view" part="axis">
      <div class="toolbar" role="group" aria-label=${text.zoom}>
        ${(['year', 'quarter'] as const).map(
          (value) =>
            html`<button
              type="button"
              class="zoom"
              aria-pressed=${String(zoom === value)}
              @click=${() => (this.zoom = value)}
            >
              ${value === 'year' ? text.zoomYear : text.zoomQuarter}
            </button>`,
        )}
      </div>
      <div class="scroller">
        <div
          class="canvas"
          ${styleProperties({ '--_years': last - first + 1, '--_year': `${YEAR_REM[zoom]}rem`, '--_lanes': lanes })}
        >
          <div class="plot">
            <div class="ticks" aria-hidden="true">
              ${ticks.map(
                (tick) =>
                  html`<span class="tick" ${styleProperties({ '--_x': at(tick.day).toFixed(3) })}>
                    ${tick.label}
                  </span>`,
              )}
            </div>
            <ol class="lanes" part="list" aria-label=${text.label}>
              ${rows}
            </ol>
          </div>
        </div>
      </div>
      ${
        active
          ? html`<div class="detail" part="detail" role="group" aria-label=${text.focused}>
              ${this.#renderDetails(active, entryStatus(active.interval, today), lang, text)}
            </div>`
          : nothing
      }
    </div>`
  }

  #name(id: string, lang: Language): TemplateResult | string {
    const name = this.#names.get(id)
    return name ? renderText(localize(name, lang), lang) : id
  }

  #entry(id: string | undefined): ProgrammeTimelineEntry | undefined {
    return this.#shown.find((entry) => entry.id === id)
  }

  /** Moves the tab stop to an item and focuses it once it is drawn. */
  async #moveTo(id: string, scroll = false): Promise<void> {
    this.activeId = id
    await this.updateComplete
    const target = this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(ITEM_ID_PREFIX + id)}`)
    if (!target) return
    if (scroll) target.scrollIntoView({ block: 'center', inline: 'nearest' })
    target.focus({ preventScroll: scroll })
  }

  #choose(entry: ProgrammeTimelineEntry): void {
    this.selectedId = entry.id
    this.activeId = entry.id
    const { id, kind, interval, item } = entry
    this.select<VsTimelineSelectDetail>(
      { id, kind, interval, item },
      { kind: 'date', day: interval.start, id },
    )
  }

  #clickItem = (event: MouseEvent): void => {
    const item = event.currentTarget as HTMLElement
    // Links and buttons inside a list item do their own thing.
    const control = (event.target as Element).closest('a, button')
    if (control && control !== item) return
    const entry = this.#entry(item.dataset['id'])
    if (entry) this.#choose(entry)
  }

  #keyItem = (event: KeyboardEvent): void => {
    const item = event.currentTarget as HTMLElement
    if (event.target !== item || event.altKey || event.ctrlKey || event.metaKey) return
    const ids = this.#shown.map((entry) => entry.id)
    const index = ids.indexOf(item.dataset['id'] ?? '')
    let next: number
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(index + 1, ids.length - 1)
        break
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(index - 1, 0)
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = ids.length - 1
        break
      case 'Enter':
      case ' ': {
        // A button selects through its click event.
        if (item.localName === 'button') return
        event.preventDefault()
        const entry = this.#entry(ids[index])
        if (entry) this.#choose(entry)
        return
      }
      default:
        return
    }
    event.preventDefault()
    const id = ids[next]
    if (id !== undefined) void this.#moveTo(id)
  }

  #focusItem = (event: FocusEvent): void => {
    const id = (event.currentTarget as HTMLElement).dataset['id']
    if (id !== this.activeId) this.activeId = id
  }

  #changeFilters = (event: Event): void => {
    const form = (event.target as HTMLInputElement).form
    if (!form) return
    const checked = (name: string) =>
      [...form.querySelectorAll<HTMLInputElement>(`input[name="${name}"]:checked`)].map(
        (input) => input.value,
      )
    this.filterKind = checked('kind').join(' ')
    this.filterArea = checked('area').join(' ')
    this.context = checked('context').length > 0
  }

  #clearUnit = (): void => {
    this.unitFilter = undefined
    const id = this.activeId
    void this.updateComplete.then(() => {
      const target =
        (id && this.renderRoot.querySelector<HTMLElement>(`#${CSS.escape(ITEM_ID_PREFIX + id)}`)) ||
        this.renderRoot.querySelector<HTMLElement>('[part="item"][tabindex="0"]')
      target?.focus()
    })
  }

  #downloadAll = (): void => {
    const doc = this.#document
    if (doc)
      this.#download(doc, this.#shown, `${doc.programme.id}-${timelineMessages[this.language].file}.ics`)
  }

  #downloadOne = (event: Event): void => {
    const doc = this.#document
    const entry = this.#entry((event.currentTarget as HTMLElement).dataset['id'])
    if (doc && entry) this.#download(doc, [entry], `${doc.programme.id}-${entry.id}.ics`)
  }

  /** Makes an iCalendar file in the browser and offers it for download. */
  #download(doc: ProgrammeDocument, entries: ProgrammeTimelineEntry[], fileName: string): void {
    const lang = this.language
    const calendar = toICalendar(calendarEvents(doc, entries, lang), {
      prodId: KIT_PRODUCT_ID,
      name: localize(doc.programme.name, lang).text,
      stamp: new Date(),
    })
    const url = URL.createObjectURL(new Blob([calendar], { type: 'text/calendar;charset=utf-8' }))
    const link = document.createElement('a')
    link.href = url
    link.download = fileName
    link.click()
    setTimeout(() => URL.revokeObjectURL(url), 60_000)
  }

  /** Focuses the item named by the page's fragment: `#E07` or `#vs-tl-E07`. */
  #followHash = (): void => {
    let id: string
    try {
      id = decodeURIComponent(location.hash.slice(1))
    } catch {
      return
    }
    if (id.startsWith(ITEM_ID_PREFIX)) id = id.slice(ITEM_ID_PREFIX.length)
    if (id && this.#entry(id)) void this.#moveTo(id, true)
  }

  /** Brings the tab stop's item into the axis's scrolled view. */
  #scrollAxisToActive(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller')
    const item = this.renderRoot.querySelector<HTMLElement>('.bar [tabindex="0"]')?.parentElement
    if (scroller && item) scroller.scrollLeft = item.offsetLeft - scroller.clientWidth / 3
  }

  #beforePrint = (): void => {
    this.printing = true
    // Draw the list before the page is laid out for print.
    this.performUpdate()
  }

  #afterPrint = (): void => {
    this.printing = false
  }
}

function prevent(event: Event): void {
  event.preventDefault()
}

function maxDay(a: string, b: string): string {
  return a > b ? a : b
}

function entryDate(entry: ProgrammeTimelineEntry, lang: Language): string {
  return entry.end ? formatDateRange(entry.start, entry.end, lang) : formatPartialDate(entry.start, lang)
}

function renderToday(
  today: string,
  lang: Language,
  text: TimelineMessages,
  position?: Record<string, string | number>,
) {
  return html`<li class="today" part="today" ${styleProperties(position ?? {})}>
    <span class="today-label"
      >${text.today}: <time datetime=${today}>${formatDateText(today, lang)}</time></span
    >
  </li>`
}

function renderLinks(
  label: string,
  links: { href: string | undefined; label: TemplateResult | string; lang: Language | undefined }[],
  lang: Language,
) {
  if (!links.length) return nothing
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
                      hreflang=${link.lang && link.lang !== lang ? link.lang : nothing}
                    >
                      ${link.label}
                    </a>`
                  : link.label
              }
            </li>`,
        )}
      </ul>
    </dd>
  </div>`
}
