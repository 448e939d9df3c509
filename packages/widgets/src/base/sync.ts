import { isValidDay } from '@kth-vs/core'
import { dispatchOnDocument, listenOn } from './host-page.js'

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
  dispatchOnDocument(new CustomEvent<SyncDetail>(SYNC_EVENT, { detail: { group, source, message } }))
}

/** A property of a value from the page, or undefined when the value has none or reading it throws. */
function read(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined
  try {
    return (value as Record<string, unknown>)[key]
  } catch {
    return undefined
  }
}

function readMessage(value: unknown): SyncMessage | undefined {
  const kind = read(value, 'kind')
  if (kind === 'clear') return { kind }
  const id = read(value, 'id')
  if (typeof id !== 'string') return undefined
  if (kind === 'unit') return { kind, id }
  const day = read(value, 'day')
  if (kind === 'date' && typeof day === 'string' && isValidDay(day)) return { kind, day, id }
  return undefined
}

/**
 * The detail of a `vs-sync` event as a {@link SyncDetail}, or undefined when it is not one. Any script
 * on the page can dispatch the event, with any detail or none, so every listener reads it through this,
 * which copies out the known fields once and never throws.
 * @param detail - the event's `detail`
 */
export function readSyncDetail(detail: unknown): SyncDetail | undefined {
  const group = read(detail, 'group')
  const source = read(detail, 'source')
  if (typeof group !== 'string' || group === '' || !(source instanceof Element)) return undefined
  const message = readMessage(read(detail, 'message'))
  return message === undefined ? undefined : { group, source, message }
}

/**
 * Calls `receive` for every well-formed message of `group()` sent by another element; malformed ones
 * are ignored. The group is read at
 * delivery, so changing the `sync` attribute takes effect at once.
 * @returns a function that stops listening
 */
export function listen(
  self: Element,
  group: () => string | undefined,
  receive: (message: SyncMessage) => void,
): () => void {
  const handler = (event: Event) => {
    const detail = readSyncDetail((event as Partial<CustomEvent>).detail)
    if (detail === undefined) return
    const mine = group()
    if (mine && detail.group === mine && detail.source !== self) receive(detail.message)
  }
  return listenOn(document, SYNC_EVENT, handler)
}
