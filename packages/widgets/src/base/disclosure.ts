import type { Language, NoteView } from '@kth-vs/core'
import { type ReactiveControllerHost, type TemplateResult, html, nothing } from 'lit'
import { renderText } from './text.js'

/** What a button that shows or hides a panel needs. */
export interface DisclosureOptions {
  /** The panel's id, unique in the shadow root. */
  id: string
  open: boolean
  /** The button's visible text. */
  label: unknown
  /** What the disclosure is about, read out after the label: "Sources: Operational benefit". */
  about: unknown
  panel: unknown
  onToggle: () => void
  /** Extra class on the group, for styling kinds of disclosure apart. */
  className?: string
  /** The button's tabindex, for a widget that keeps it out of the tab order (omitted: in it). */
  tabindex?: number | undefined
}

/**
 * A button that shows or hides a panel (the WAI-ARIA disclosure pattern). The panel is always
 * rendered and only hidden, so printing can show it and `aria-controls` always points somewhere.
 */
export function renderDisclosure(options: DisclosureOptions): TemplateResult {
  return html`<div class="disclosure-group ${options.className ?? ''}">
    <button
      type="button"
      class="disclosure"
      part="disclosure"
      aria-expanded=${options.open ? 'true' : 'false'}
      aria-controls=${options.id}
      tabindex=${options.tabindex ?? nothing}
      @click=${options.onToggle}
    >
      ${options.label}<span class="visually-hidden">: ${options.about}</span>
    </button>
    <div class="panel" part="panel" id=${options.id} ?hidden=${!options.open}>${options.panel}</div>
  </div>`
}

/**
 * Which disclosures of a widget are open, and their buttons and panels. Keys name a disclosure
 * within the widget; panel ids are the key after the widget's prefix, so they are unique in its
 * shadow root. Opening or closing one re-renders the widget.
 */
export class DisclosureController {
  #open = new Set<string>()
  readonly #host: ReactiveControllerHost
  readonly #prefix: string

  constructor(host: ReactiveControllerHost, prefix: string) {
    this.#host = host
    this.#prefix = prefix
  }

  /** True when the disclosure `key` is open. */
  isOpen(key: string): boolean {
    return this.#open.has(key)
  }

  /** Opens the disclosure `key` when it is closed and closes it when it is open. */
  toggle(key: string): void {
    if (!this.#open.delete(key)) this.#open.add(key)
    this.#host.requestUpdate()
  }

  /** A button that shows or hides a panel, keyed so its state survives re-rendering. */
  render(key: string, options: Omit<DisclosureOptions, 'id' | 'open' | 'onToggle'>): TemplateResult {
    return renderDisclosure({
      ...options,
      id: `${this.#prefix}${key}`,
      open: this.isOpen(key),
      onToggle: () => this.toggle(key),
    })
  }

  /**
   * A note on where sources disagree or are silent, behind a disclosure named for its kind.
   * @param about - what the note is about, read after its label
   * @param scope - tells apart the same note shown in several places
   * @param tabindex - the button's tabindex, where the widget keeps it out of the tab order
   */
  note(note: NoteView, about: unknown, lang: Language, scope = '', tabindex?: number): TemplateResult {
    return this.render(`note-${note.id}${scope}`, {
      label: note.label,
      about,
      tabindex,
      panel: html`<p class="note-text">${renderText(note.text, lang)}</p>`,
      className: 'note',
    })
  }
}
