import {
  type DayInterval,
  type Language,
  type ProgrammeDocument,
  type TimelineContent,
  type TimelineItem,
  type TimelineKind,
  type TimelineZoom,
  stockholmDay,
  timelineView,
} from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { listenOn, rootElement } from '../base/host-page.js'
import { noticeStyles } from '../base/notice.styles.js'
import { RovingFocusController } from '../base/roving-focus.js'
import { styleProperties } from '../base/style-properties.js'
import type { SyncMessage } from '../base/sync.js'
import { renderText } from '../base/text.js'
import { type IsoDay, VsElement } from '../base/vs-element.js'
import { DisclosureController } from '../base/disclosure.js'
import { disclosureStyles } from '../base/disclosure.styles.js'
import { downloadCalendar } from './calendar-download.js'
import { renderAxis } from './timeline-axis.js'
import { renderControls } from './timeline-controls.js'
import { ITEM_ID_PREFIX, type ItemHandlers, renderList } from './timeline-items.js'
import { timelineAxisStyles } from './timeline-axis.styles.js'
import { timelineMediaStyles, timelineStyles } from './timeline.styles.js'

export { ITEM_ID_PREFIX } from './timeline-items.js'
export type { TimelineZoom } from '@kth-vs/core'

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
export type TimelineView = VsTimeline['view']

/** Container width (rem) from which `view="auto"` draws the axis. */
const WIDE_REM = 48

/**
 * The programme's dated items, as an ordered list grouped by year or on a scaled time axis with lanes,
 * with today marked, the programme's progress in words, filters, deep links and calendar downloads.
 *
 * @summary The programme's timeline: decisions, milestones, phases and periods.
 * @fires {CustomEvent<VsTimelineSelectDetail>} vs-select - the reader selected an item (click, Enter or Space); `detail: { id, kind, interval, item }`.
 *   In a `sync` group, the others move to the item's first day.
 * @csspart state - the programme's progress in words
 * @csspart notice - a sentence about an attribute the timeline could not use
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
  static override styles = [
    ...VsElement.styles,
    noticeStyles,
    disclosureStyles,
    timelineStyles,
    timelineAxisStyles,
    timelineMediaStyles,
  ]

  static override properties = {
    ...VsElement.properties,
    view: { type: String },
    zoom: { type: String, reflect: true },
    asOf: { type: String, attribute: 'as-of' },
    now: { type: String },
    filterKind: { type: String, attribute: 'filter-kind' },
    filterArea: { type: String, attribute: 'filter-area' },
    from: { type: String },
    to: { type: String },
    context: { type: Boolean, reflect: true },
    controls: { type: Boolean },
    headingLevel: { type: Number, attribute: 'heading-level' },
    unitFilter: { state: true },
    selectedId: { state: true },
    wide: { state: true },
    printing: { state: true },
  }

  /** `list`, `axis`, or `auto` (the axis when the widget is at least 48rem wide, else the list). */
  declare view: 'auto' | 'list' | 'axis'
  /** The scale of the axis: `year` or `quarter`. */
  declare zoom: 'year' | 'quarter'
  /** The day (`YYYY-MM-DD`) the timeline is seen from: what is done, ongoing or upcoming. Today in Stockholm when absent. */
  declare asOf: IsoDay | undefined
  /**
   * The older name of `as-of`, read when `as-of` is absent.
   * @deprecated Use `as-of`.
   */
  declare now: IsoDay | undefined
  /** Kinds to show, space-separated (`decision milestone phase period`); all when empty. */
  declare filterKind: string | undefined
  /** Ids of support areas, space-separated; items of any of them are shown, all when empty. */
  declare filterArea: string | undefined
  /** Shows items that run on this day (`YYYY-MM-DD`) or later. */
  declare from: IsoDay | undefined
  /** Shows items that run on this day (`YYYY-MM-DD`) or earlier. */
  declare to: IsoDay | undefined
  /** Shows the context events from before the programme. */
  declare context: boolean
  /** Shows form controls for kind, support area and context. */
  declare controls: boolean
  /** The level (2–6) of the year headings, so they fit the page's outline. */
  declare headingLevel: number
  /** The unit another widget of the `sync` group filtered on. */
  declare protected unitFilter: string | undefined
  /** The item last selected. */
  declare protected selectedId: string | undefined
  /** Whether the widget is wide enough for the axis. */
  declare protected wide: boolean
  /** True while the page prints: the list is printed whatever the view. */
  declare protected printing: boolean

  #document: ProgrammeDocument | undefined
  /** What is shown now: the items in the order the arrow keys follow. */
  #content: TimelineContent | undefined
  #focus = new RovingFocusController(this, {
    ids: () => this.#content?.items.map((item) => item.id) ?? [],
    elementFor: (id) => this.#selectButton(id),
  })
  #renderedView: string | undefined
  #scrolledFor: string | undefined
  #seenOutcome: unknown
  #hashPending = false
  #stopListening: (() => void)[] = []
  #measured = false
  #frame = 0
  #resize = new ResizeObserver((records) => {
    const width = records.at(-1)?.contentRect.width ?? 0
    // Deferred to the next frame: re-rendering inside the callback would change the observed size
    // within one observation loop.
    cancelAnimationFrame(this.#frame)
    this.#frame = requestAnimationFrame(() => {
      const root = rootElement()
      const rem = (root && parseFloat(getComputedStyle(root).fontSize)) || 16
      this.wide = width >= WIDE_REM * rem
      if (!this.#measured) {
        this.#measured = true
        this.requestUpdate()
      }
    })
  })

  readonly #disclosures = new DisclosureController(this, 'tl-')

  readonly #handlers: ItemHandlers & { zoom(value: TimelineZoom): void } = {
    click: (event) => this.#clickItem(event),
    keydown: (event) => this.#keyItem(event),
    // Focus anywhere in an item (a link clicked, say) makes it the tab stop, with its links in the tab order.
    focusin: (event) => this.#focus.focused((event.currentTarget as HTMLElement).dataset['id']),
    download: (event) => this.#downloadOne(event),
    note: (note, about, tabindex) => this.#disclosures.note(note, about, this.language, '', tabindex),
    zoom: (value) => (this.zoom = value),
  }

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
    this.#stopListening = [
      listenOn(window, 'hashchange', this.#followHash),
      listenOn(window, 'beforeprint', this.#beforePrint),
      listenOn(window, 'afterprint', this.#afterPrint),
    ]
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#resize.disconnect()
    cancelAnimationFrame(this.#frame)
    for (const stop of this.#stopListening.splice(0)) stop()
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

  #currentView(): 'list' | 'axis' {
    if (this.printing) return 'list'
    if (this.view === 'list' || this.view === 'axis') return this.view
    return this.wide ? 'axis' : 'list'
  }

  protected override renderDocument(doc: ProgrammeDocument, lang: Language): TemplateResult {
    const view = this.#currentView()
    const content = timelineView(doc, {
      lang,
      today: stockholmDay(new Date()),
      attributes: {
        'as-of': this.asOf,
        now: this.now,
        'filter-kind': this.filterKind,
        'filter-area': this.filterArea,
        from: this.from,
        to: this.to,
        context: this.context,
      },
      unit: this.unitFilter,
      activeId: this.#focus.activeId,
      selectedId: this.selectedId,
      zoom: view === 'axis' ? (this.zoom === 'quarter' ? 'quarter' : 'year') : undefined,
    })
    this.#document = doc
    this.#content = content
    this.#renderedView = content.items.length ? view : undefined
    const { words } = content
    return html`${content.problems.map((problem) => html`<p class="notice" part="notice">${problem}</p>`)}
      <div class="state" part="state">
        <p>${content.state.text}</p>
        <span class="progress" aria-hidden="true">
          <span ${styleProperties({ '--_p': content.state.fraction })}></span>
        </span>
      </div>
      ${this.controls ? renderControls(content, this.#changeFilters) : nothing}
      ${
        content.unitFilter
          ? html`<p class="chip" part="chip">
              ${words.filteredOn} <strong>${renderText(content.unitFilter, lang)}</strong>
              <button type="button" class="clear" @click=${this.#clearUnit}>${words.clearFilter}</button>
            </p>`
          : nothing
      }
      <div class="actions">
        <p class="count" role="status">${content.count}</p>
        <p class="visually-hidden" role="status">${content.announcement}</p>
        ${
          content.items.length
            ? html`<button type="button" class="download" part="download" @click=${this.#downloadAll}>
                ${words.downloadAll}
              </button>`
            : nothing
        }
      </div>
      ${
        content.empty !== undefined
          ? html`<p class="empty">${content.empty}</p>`
          : content.axis
            ? renderAxis(content, content.axis, this.#handlers)
            : renderList(content, this.headingLevel, this.#handlers)
      }`
  }

  #item(id: string | undefined) {
    return this.#content?.items.find((item) => item.id === id)
  }

  /** The button that selects an item and takes focus for it: its title in the list, its bar on the axis. */
  #selectButton(id: string): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>(`[data-select="${CSS.escape(id)}"]`)
  }

  #choose(id: string | undefined): void {
    const item = this.#item(id)
    if (!item) return
    this.selectedId = item.id
    this.#focus.focused(item.id)
    const { kind, interval, item: written } = item.entry
    this.select<VsTimelineSelectDetail>(
      { id: item.id, kind, interval, item: written },
      { kind: 'date', day: interval.start, id: item.id },
    )
  }

  #clickItem(event: MouseEvent): void {
    const item = event.currentTarget as HTMLElement
    // Links and buttons inside a list item do their own thing; its title button and its box select it.
    const control = (event.target as Element).closest('a, button')
    if (control && control !== item && !control.hasAttribute('data-select')) return
    this.#choose(item.dataset['id'])
  }

  // The arrow keys, Home and End move between items from anywhere in one, its links too; Enter and
  // Space are the select button's own (its click event).
  #keyItem(event: KeyboardEvent): void {
    const id = (event.currentTarget as HTMLElement).dataset['id']
    if (id !== undefined) this.#focus.keydown(event, id)
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
    const id = this.#focus.activeId
    void this.updateComplete.then(() => {
      const target =
        (id && this.#selectButton(id)) ||
        this.renderRoot.querySelector<HTMLElement>('[data-select][tabindex="0"]')
      target?.focus()
    })
  }

  #downloadAll = (): void => {
    const doc = this.#document
    const content = this.#content
    if (doc && content)
      downloadCalendar(
        doc,
        content.items.map((item) => item.entry),
        this.language,
        `${doc.programme.id}-${content.words.file}.ics`,
      )
  }

  #downloadOne(event: Event): void {
    const doc = this.#document
    const item = this.#item((event.currentTarget as HTMLElement).dataset['id'])
    if (doc && item) downloadCalendar(doc, [item.entry], this.language, `${doc.programme.id}-${item.id}.ics`)
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
    if (id && this.#item(id)) this.#focus.moveTo(id, { scroll: true })
  }

  /** Brings the tab stop's item into the axis's scrolled view. */
  #scrollAxisToActive(): void {
    const scroller = this.renderRoot.querySelector<HTMLElement>('.scroller')
    const item = this.renderRoot.querySelector<HTMLElement>('.bar [data-select][tabindex="0"]')?.parentElement
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
