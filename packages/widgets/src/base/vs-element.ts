import {
  ELEMENT_MESSAGES,
  type Language,
  type ProgrammeDocument,
  type ProgrammeDocumentInput,
  type ValidationIssue,
  issue,
} from '@kth-vs/core'
import { LitElement, type PropertyValues, type TemplateResult, html, nothing } from 'lit'
import { baseStyles } from './base.styles.js'
import { createPageElement } from './host-page.js'
import { resolveLanguage, onLanguageChange } from './language.js'
import { type DataOrigin, type LoadOutcome, loadProgramme } from './load-data.js'
import { type SyncMessage, broadcast, listen } from './sync.js'

/**
 * A day as an attribute gives it, `YYYY-MM-DD`. Attributes of this type are days (the embed builder
 * asks for them with a date field); what is not a valid day is named in a notice.
 */
export type IsoDay = string

/** Detail of the `vs-load` event. */
export interface VsLoadDetail {
  document: ProgrammeDocument
  origin: DataOrigin
}

/** Detail of the `vs-error` event. */
export interface VsErrorDetail {
  issues: readonly ValidationIssue[]
  origin: DataOrigin
}

/**
 * The events a widget fires, by name, for typed listeners: `vs-select` carries `SelectDetail`, which
 * each widget names (the org chart's is `OrgChartSelectDetail` …).
 */
export interface VsElementEventMap<SelectDetail = unknown> extends HTMLElementEventMap {
  'vs-load': CustomEvent<VsLoadDetail>
  'vs-error': CustomEvent<VsErrorDetail>
  'vs-select': CustomEvent<SelectDetail>
}

/** How long a `src` fetch may take before the widget reports a timeout. */
export const DEFAULT_TIMEOUT_MS = 10_000

// The longest delay timers accept; beyond it they fire at once.
const MAX_TIMEOUT_MS = 2_147_483_647

/** The `timeout` attribute as a usable delay: a positive number of milliseconds, else the default. */
function usableTimeout(timeout: number): number {
  return Number.isFinite(timeout) && timeout > 0 ? Math.min(timeout, MAX_TIMEOUT_MS) : DEFAULT_TIMEOUT_MS
}

function reasonOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}

function unexpectedFailure(error: unknown): ValidationIssue {
  const reason = reasonOf(error)
  return issue([], 'fetch_failed', {
    sv: `uppgifterna kunde inte laddas (${reason})`,
    en: `the data could not be loaded (${reason})`,
  })
}

function renderFailure(error: unknown): ValidationIssue {
  const reason = reasonOf(error)
  return issue([], 'render_failed', {
    sv: `widgeten kunde inte visa sitt innehåll (${reason})`,
    en: `the widget could not show its content (${reason})`,
  })
}

/**
 * The base every widget stands on: finds its data (the `data` property, a child
 * `<script type="application/json">`, the `src` attribute, else the built-in VS dataset), validates it
 * with the core, follows the page's language and shows loading and error states. Subclasses render a
 * validated document.
 *
 * @fires {CustomEvent<VsLoadDetail>} vs-load - the data is loaded and valid; `detail: { document, origin }`
 * @fires {CustomEvent<VsErrorDetail>} vs-error - the data could not be loaded or is invalid; `detail: { issues, origin }`
 * @fires vs-select - the reader selected an item; the detail depends on the widget
 * @csspart status - the loading message
 * @csspart error - the error panel
 * @csspart retry - the button that fetches `src` again
 * @cssprop --vs-color-primary - accent colour; falls back to KTH Style's `--color-primary`, then KTH blue #004791
 * @cssprop --vs-color-text - text colour; falls back to `--color-text`
 * @cssprop --vs-color-background - surface colour; falls back to `--color-background`
 * @cssprop --vs-color-border - border colour; falls back to `--color-border`
 * @cssprop --vs-color-error - error colour; falls back to `--color-error`
 * @cssprop --vs-min-block-size - space kept while loading, so the page does not jump when data arrives
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners, below
export abstract class VsElement<SelectDetail = unknown> extends LitElement {
  static override styles = [baseStyles]

  static override properties = {
    data: { attribute: false },
    src: { type: String, reflect: true },
    timeout: { type: Number },
    sync: { type: String, reflect: true },
    outcome: { state: true },
    language: { state: true },
  }

  /**
   * Programme data given directly; takes precedence over inline JSON, `src` and the default dataset.
   * It is validated like any other source, so data that does not fit shows a message instead.
   * Scripts that change a widget's data should set this property. Under a Content-Security-Policy with
   * `require-trusted-types-for 'script'` the browser refuses to set an inline
   * `<script type="application/json">`'s `textContent` from a string; replacing its text node, or setting
   * a TrustedScript from the page's own policy, also works there.
   */
  declare data: ProgrammeDocumentInput | undefined
  /** URL of a programme JSON file. */
  declare src: string | undefined
  /** Milliseconds to wait for `src` before giving up. */
  declare timeout: number
  /**
   * Name of a group of widgets that follow each other: selecting a dated item in one sets the date of
   * the others; selecting a unit filters the others to it.
   */
  declare sync: string | undefined
  /** The settled data, or undefined while loading. */
  declare protected outcome: LoadOutcome | undefined
  /** The language the widget speaks now. */
  declare protected language: Language

  #loading: AbortController | undefined
  // Set once the data has been asked for; later loads follow changes of `data` and `src` only.
  #started = false
  // Why the last update failed, until the data is loaded again; shown by #failureBox.
  #failure: ValidationIssue | undefined
  #failureBox: HTMLElement | undefined
  #stopLanguage: (() => void) | undefined
  #childObserver: MutationObserver | undefined
  #stopSync: (() => void) | undefined

  constructor() {
    super()
    this.timeout = DEFAULT_TIMEOUT_MS
    this.language = 'sv'
  }

  override connectedCallback(): void {
    super.connectedCallback()
    this.language = resolveLanguage(this)
    this.#stopLanguage = onLanguageChange(() => {
      this.language = resolveLanguage(this)
    })
    // Editors may fill in or replace the inline JSON after the element has upgraded.
    this.#childObserver = new MutationObserver(() => this.reload())
    this.#childObserver.observe(this, { childList: true, characterData: true, subtree: true })
    this.#stopSync = listen(
      this,
      () => this.sync,
      (message) => this.receiveSync(message),
    )
    if (this.#started) this.reload()
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback()
    this.#loading?.abort()
    this.#loading = undefined
    this.#stopLanguage?.()
    this.#childObserver?.disconnect()
    this.#stopSync?.()
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    // Not `hasUpdated`: it stays false while updates throw, and loading again on every failed update
    // would loop for ever.
    if (!this.#started || changed.has('data') || changed.has('src')) this.reload()
  }

  /**
   * Runs an update, and when anything in it throws (rendering the data, or Lit writing to a page whose
   * markup shadows DOM methods it needs) fails once: stops loading, shows the error without Lit's help,
   * fires `vs-error` and waits for new data instead of trying again.
   */
  protected override performUpdate(): void {
    try {
      super.performUpdate()
    } catch (error) {
      this.#fail(error)
      return
    }
    // Still failed (the language may have changed), or rendering again after new data.
    if (this.#failure) this.#showFailure(this.#failure)
    else this.#failureBox?.remove()
  }

  #fail(error: unknown): void {
    const first = this.#failure === undefined
    this.#failure ??= renderFailure(error)
    this.#showFailure(this.#failure)
    if (!first) return
    this.#loading?.abort()
    this.#loading = undefined
    this.emit<VsErrorDetail>('vs-error', { issues: [this.#failure], origin: this.#origin() })
  }

  // Plain DOM calls on nodes of our own, so it works where Lit's templates cannot. The box comes first in
  // the shadow root, and the base styles hide whatever Lit left after it. It is written again only when
  // the language changes, so a screen reader hears the alert once.
  #showFailure(found: ValidationIssue): void {
    const lang = this.language
    if (this.#failureBox?.isConnected && this.#failureBox.lang === lang) return
    // Markup on the host page can shadow `document.createElement` itself (`<img name="createElement">`),
    // and the message must still be written.
    const element = (tag: 'div' | 'li' | 'code' | 'ul' | 'p', className: string, text?: string) => {
      const node = createPageElement(tag, this.ownerDocument)
      node.className = className
      if (text !== undefined) node.textContent = text
      return node
    }
    const box = element('div', 'error render-failure')
    box.lang = lang
    box.setAttribute('part', 'error')
    box.setAttribute('role', 'alert')
    const item = element('li', '')
    item.append(element('code', 'error-path', found.pathText), `: ${found.message[lang]}`)
    const list = element('ul', 'error-list')
    list.append(item)
    box.append(element('p', 'error-title', ELEMENT_MESSAGES[lang].renderFailed), list)
    this.#failureBox?.remove()
    this.#failureBox = box
    this.renderRoot.prepend(box)
  }

  #origin(): DataOrigin {
    return this.outcome?.origin ?? (this.src ? 'src' : 'default')
  }

  /** Loads the data again from wherever it comes from now. */
  reload(): void {
    this.#started = true
    this.#failure = undefined
    this.#loading?.abort()
    const controller = new AbortController()
    this.#loading = controller
    this.outcome = undefined
    loadProgramme({
      property: this.data,
      inline: this.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined,
      src: this.src,
      fallback: () => import('@kth-vs/data').then((module) => module.vsProgramme),
      signal: controller.signal,
      timeoutMs: usableTimeout(this.timeout),
    }).then(
      (outcome) => {
        if (controller.signal.aborted) return
        this.outcome = outcome
        if (outcome.ok)
          this.emit<VsLoadDetail>('vs-load', { document: outcome.document, origin: outcome.origin })
        else this.emit<VsErrorDetail>('vs-error', { issues: outcome.issues, origin: outcome.origin })
      },
      (error: unknown) => {
        // Aborted: a newer load or the element's removal has taken over. Anything else is a failure
        // the reader must see rather than an endless "Loading…".
        if (controller.signal.aborted) return
        const issues = [unexpectedFailure(error)]
        this.outcome = { ok: false, issues, origin: this.#origin(), retryable: true }
        this.emit<VsErrorDetail>('vs-error', { issues, origin: this.outcome.origin })
      },
    )
  }

  /** Dispatches a bubbling, composed event, as every kit event is. */
  protected emit<T>(name: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(name, { detail, bubbles: true, composed: true }))
  }

  /**
   * Fires `vs-select` and, when the widget is in a `sync` group, tells the group.
   * @param detail - what was selected, passed on as the event's detail
   * @param message - what the group should follow, if anything
   */
  protected select<T extends SelectDetail>(detail: T, message?: SyncMessage): void {
    this.emit<T>('vs-select', detail)
    if (this.sync && message) {
      broadcast(this, this.sync, message)
      this.#keepFocusInView()
    }
  }

  // The other widgets of the group redraw now and may shrink or grow above this one; once they have,
  // the control the reader is on is brought back into view if it was pushed out of it.
  #keepFocusInView(): void {
    requestAnimationFrame(() => {
      const focused = this.shadowRoot?.activeElement
      if (!(focused instanceof HTMLElement)) return
      const box = focused.getBoundingClientRect()
      if (box.top < 0 || box.bottom > innerHeight) focused.scrollIntoView({ block: 'nearest' })
    })
  }

  /** Follows a selection made in another widget of the same `sync` group; widgets override what they follow. */
  protected receiveSync(_message: SyncMessage): void {}

  /** Renders the validated document in the widget's language. */
  protected abstract renderDocument(
    document: ProgrammeDocument,
    lang: Language,
  ): TemplateResult | typeof nothing

  protected override render(): TemplateResult | typeof nothing {
    // A failed render is not tried again until the data is loaded again.
    if (this.#failure) return nothing
    const lang = this.language
    const text = ELEMENT_MESSAGES[lang]
    const outcome = this.outcome
    if (!outcome) {
      return html`<div class="status" part="status" role="status" aria-live="polite">${text.loading}</div>`
    }
    if (!outcome.ok) {
      return html`<div class="error" part="error" role="alert">
        <p class="error-title">${outcome.retryable ? text.fetchFailed : text.invalid}</p>
        <ul class="error-list">
          ${outcome.issues.map(
            (found) =>
              html`<li><code class="error-path">${found.pathText}</code>: ${found.message[lang]}</li>`,
          )}
        </ul>
        ${
          outcome.retryable
            ? html`<button type="button" part="retry" class="retry" @click=${() => this.reload()}>
                ${text.retry}
              </button>`
            : nothing
        }
      </div>`
    }
    return this.renderDocument(outcome.document, lang)
  }
}

// Typed listeners: `addEventListener('vs-select', (event) => event.detail)` knows the detail's type.
// Types only, merged into the class; the methods are the DOM's own.
export interface VsElement<SelectDetail> {
  addEventListener<K extends keyof VsElementEventMap<SelectDetail>>(
    type: K,
    listener: (this: this, event: VsElementEventMap<SelectDetail>[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void
  addEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | AddEventListenerOptions,
  ): void
  removeEventListener<K extends keyof VsElementEventMap<SelectDetail>>(
    type: K,
    listener: (this: this, event: VsElementEventMap<SelectDetail>[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void
  removeEventListener(
    type: string,
    listener: EventListenerOrEventListenerObject,
    options?: boolean | EventListenerOptions,
  ): void
}
