import type { ReactiveController, ReactiveControllerHost } from 'lit'

/** The element a controller works in: a Lit element with a render root. */
export type FocusHost = ReactiveControllerHost & HTMLElement & { renderRoot: HTMLElement | DocumentFragment }

/** What {@link RovingFocusController} needs to know of the items it moves between. */
export interface RovingFocusOptions {
  /** The ids of the items, in the order the arrow keys follow. */
  ids(): readonly string[]
  /** The element that takes focus for an item, once it is drawn. */
  elementFor(id: string): HTMLElement | null
}

/**
 * A roving tab stop over a list of items (the WAI-ARIA pattern): one item is in the tab order, the
 * arrow keys move between items, Home and End go to the first and the last. The host renders
 * `tabindex="0"` on the item whose id is {@link activeId} (or on its own choice while that is unset)
 * and hands its items' key presses to {@link keydown}.
 */
export class RovingFocusController implements ReactiveController {
  /** The item the reader moved to; it keeps the tab stop while it is shown. */
  activeId: string | undefined
  readonly #host: FocusHost
  readonly #options: RovingFocusOptions
  #pending: { id: string; scroll: boolean } | undefined

  constructor(host: FocusHost, options: RovingFocusOptions) {
    this.#host = host
    this.#options = options
    host.addController(this)
  }

  hostUpdated(): void {
    const pending = this.#pending
    if (pending === undefined) return
    this.#pending = undefined
    const target = this.#options.elementFor(pending.id)
    if (!target) return
    if (pending.scroll) target.scrollIntoView({ block: 'center', inline: 'nearest' })
    target.focus({ preventScroll: pending.scroll })
  }

  /** Moves the tab stop to an item and focuses it once it is drawn. */
  moveTo(id: string, options: { scroll?: boolean } = {}): void {
    this.activeId = id
    this.#pending = { id, scroll: options.scroll ?? false }
    this.#host.requestUpdate()
  }

  /** Follows focus that arrived some other way (a click, Tab), so the tab stop stays where it is. */
  focused(id: string | undefined): void {
    if (id === undefined || id === this.activeId) return
    this.activeId = id
    this.#host.requestUpdate()
  }

  /**
   * Handles a key pressed on the item `id`: the arrow keys (both axes), Home and End move the tab
   * stop. Returns true when the key was used (the default action is then prevented).
   */
  keydown(event: KeyboardEvent, id: string): boolean {
    if (event.altKey || event.ctrlKey || event.metaKey) return false
    const ids = this.#options.ids()
    const index = ids.indexOf(id)
    const last = ids.length - 1
    let next: number
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowRight':
        next = Math.min(index + 1, last)
        break
      case 'ArrowUp':
      case 'ArrowLeft':
        next = Math.max(index - 1, 0)
        break
      case 'Home':
        next = 0
        break
      case 'End':
        next = last
        break
      default:
        return false
    }
    event.preventDefault()
    const target = ids[next]
    if (target !== undefined) this.moveTo(target)
    return true
  }
}
