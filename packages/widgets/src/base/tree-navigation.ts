import { typeaheadIndex } from '@kth-vs/core'
import type { FocusHost } from './roving-focus.js'

/** What {@link TreeNavigationController} needs to know of a shown row of the tree. */
export interface TreeNavigationRow {
  id: string
  parentId: string | undefined
  hasChildren: boolean
  /** True when the row's children are shown. */
  expanded: boolean
  /** The row's name, for type-ahead. */
  name: { text: string }
}

/** What the tree does when the reader asks for it. */
export interface TreeNavigationOptions {
  /** The rows shown, in reading order. */
  rows(): readonly TreeNavigationRow[]
  /** The element that takes focus for a row, once it is drawn. */
  elementFor(id: string): HTMLElement | null
  /** Opens or closes a row. */
  setExpanded(id: string, open: boolean): void
  /** Opens every sibling of a row that has children (the `*` key). */
  expandSiblings(id: string): void
  /** Selects a row (Enter or Space). */
  select(id: string): void
}

// Letters typed within this long of each other make one type-ahead prefix.
const TYPEAHEAD_RESET_MS = 600

/**
 * Keyboard navigation of a WAI-ARIA tree view: Down and Up move between shown rows, Home and End
 * go to the first and the last, Right opens a row or enters it, Left closes it or goes to its parent,
 * `*` opens every sibling, Enter and Space select, and typed letters move to the next row whose name
 * starts with them. One row holds the tab stop ({@link focusedId}); after a move, the host calls
 * {@link afterRender} once it has drawn the rows, and the row takes focus.
 */
export class TreeNavigationController {
  /** The row the reader moved to; it keeps the tab stop while it is shown. */
  focusedId: string | undefined
  readonly #host: FocusHost
  readonly #options: TreeNavigationOptions
  #focusPending = false
  #typed = ''
  #typedAt = 0

  constructor(host: FocusHost, options: TreeNavigationOptions) {
    this.#host = host
    this.#options = options
  }

  /** Focuses the row moved to, now that the host has drawn it. */
  afterRender(): void {
    // Cleared on every render, so a move that went nowhere cannot pull focus back into the tree later.
    const pending = this.#focusPending
    this.#focusPending = false
    if (pending && this.focusedId !== undefined) this.#options.elementFor(this.focusedId)?.focus()
  }

  /** Moves the tab stop to a row and focuses it once it is drawn. */
  focus(id: string): void {
    this.focusedId = id
    this.#focusPending = true
    this.#host.requestUpdate()
  }

  /** Follows focus that arrived some other way (a click, Tab), so the tab stop stays where it is. */
  focused(id: string | undefined): void {
    if (id === undefined || id === this.focusedId) return
    this.focusedId = id
    this.#host.requestUpdate()
  }

  /** Handles a key pressed in the tree. */
  keydown(event: KeyboardEvent): void {
    if (event.altKey || event.ctrlKey || event.metaKey) return
    const rows = this.#options.rows()
    const current = Math.max(
      0,
      rows.findIndex((row) => row.id === this.focusedId),
    )
    const row = rows[current]
    if (!row) return
    const go = (index: number) => {
      const target = rows[Math.min(rows.length - 1, Math.max(0, index))]
      if (target) this.focus(target.id)
    }
    switch (event.key) {
      case 'ArrowDown':
        go(current + 1)
        break
      case 'ArrowUp':
        go(current - 1)
        break
      case 'Home':
        go(0)
        break
      case 'End':
        go(rows.length - 1)
        break
      case 'ArrowRight':
        if (row.hasChildren && !row.expanded) this.#options.setExpanded(row.id, true)
        else if (row.expanded) go(current + 1)
        break
      case 'ArrowLeft':
        if (row.expanded) this.#options.setExpanded(row.id, false)
        else {
          const parent = rows.findIndex((candidate) => candidate.id === row.parentId)
          if (parent >= 0) go(parent)
        }
        break
      case 'Enter':
      case ' ':
        this.#options.select(row.id)
        break
      case '*':
        this.#options.expandSiblings(row.id)
        break
      default: {
        if (event.key.length !== 1 || event.key.trim() === '') return
        const now = Date.now()
        this.#typed = now - this.#typedAt > TYPEAHEAD_RESET_MS ? event.key : this.#typed + event.key
        this.#typedAt = now
        const found = typeaheadIndex(
          rows.map((candidate) => candidate.name.text),
          current,
          this.#typed,
        )
        if (found >= 0) go(found)
        break
      }
    }
    event.preventDefault()
  }
}
