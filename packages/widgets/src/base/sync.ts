/** What one widget tells the others of its `sync` group when the reader selects something. */
export type SyncMessage =
  { kind: 'date'; day: string; id: string } | { kind: 'unit'; id: string } | { kind: 'clear' }

/** The event that carries sync messages across a page; it is dispatched on `document`. */
export const SYNC_EVENT = 'vs-sync'

/** Detail of the page-level `vs-sync` event. */
export interface SyncDetail {
  group: string
  source: Element
  message: SyncMessage
}

/**
 * Tells every widget with the same `sync` group what was selected. Widgets listen on `document`, so
 * they need not know each other or share a parent.
 */
export function broadcast(source: Element, group: string, message: SyncMessage): void {
  document.dispatchEvent(new CustomEvent<SyncDetail>(SYNC_EVENT, { detail: { group, source, message } }))
}

/**
 * Calls `receive` for every message of `group()` sent by another element. The group is read at
 * delivery, so changing the `sync` attribute takes effect at once.
 * @returns a function that stops listening
 */
export function listen(
  self: Element,
  group: () => string | undefined,
  receive: (message: SyncMessage) => void,
): () => void {
  const handler = (event: Event) => {
    const detail = (event as CustomEvent<SyncDetail>).detail
    const mine = group()
    if (mine && detail.group === mine && detail.source !== self) receive(detail.message)
  }
  document.addEventListener(SYNC_EVENT, handler)
  return () => document.removeEventListener(SYNC_EVENT, handler)
}
