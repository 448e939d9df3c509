// The host page's document and window, reached through their prototypes. A KTH page holds markup its
// editors wrote, and a named element shadows a member of the same name: `<form name="addEventListener">`
// makes `document.addEventListener` that form, and `<img id="removeEventListener">` does the same to
// `window.removeEventListener`. The members the widgets use are taken from the prototypes once, here.

const { addEventListener, removeEventListener, dispatchEvent } = EventTarget.prototype
const documentElement = Object.getOwnPropertyDescriptor(Document.prototype, 'documentElement')?.get as (
  this: Document,
) => HTMLElement | null
const { createElement } = Document.prototype

/** Listens on `target` (the page's `document` or `window`). @returns a function that stops listening */
export function listenOn(target: Document | Window, type: string, listener: EventListener): () => void {
  addEventListener.call(target, type, listener)
  return () => removeEventListener.call(target, type, listener)
}

/** Dispatches `event` on the page's `document`. */
export function dispatchOnDocument(event: Event): void {
  dispatchEvent.call(document, event)
}

/** The page's root element (`<html>`), or null in a document without one. */
export function rootElement(): HTMLElement | null {
  return documentElement.call(document)
}

/** A new element of the page's document, or of `owner`. */
export function createPageElement<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  owner: Document = document,
): HTMLElementTagNameMap[K] {
  return createElement.call(owner, tag) as HTMLElementTagNameMap[K]
}
