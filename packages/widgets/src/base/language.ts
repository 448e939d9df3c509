import { type Language, toLanguage } from '@kth-vs/core'

/**
 * The language an element speaks: its own `lang`, else the nearest ancestor's (crossing shadow roots),
 * else Swedish. A tag the kit does not speak (`de`) counts as absent, so the search goes on upwards.
 */
export function resolveLanguage(element: Element): Language {
  let node: Element | null = element
  while (node) {
    const found = toLanguage(node.getAttribute('lang'))
    if (found) return found
    node = node.parentElement ?? hostOf(node)
  }
  return 'sv'
}

function hostOf(node: Element): Element | null {
  const root = node.getRootNode()
  return root instanceof ShadowRoot ? root.host : null
}

type Listener = () => void

const listeners = new Set<Listener>()
let observer: MutationObserver | undefined

/**
 * Calls `listener` whenever any `lang` attribute in the document changes, so elements follow a page
 * that switches language. One observer serves every element; it stops when the last one leaves.
 * @returns a function that stops listening
 */
export function onLanguageChange(listener: Listener): () => void {
  listeners.add(listener)
  if (!observer) {
    observer = new MutationObserver(() => listeners.forEach((notify) => notify()))
    // The document itself, not `document.documentElement`, which a named element on the page can shadow.
    observer.observe(document, { attributes: true, attributeFilter: ['lang'], subtree: true })
  }
  return () => {
    listeners.delete(listener)
    if (listeners.size === 0) {
      observer?.disconnect()
      observer = undefined
    }
  }
}
