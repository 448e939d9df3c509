// Lit keeps a little state in globals they read with `??=` or call when present
// (`litHtmlVersions`, `reactiveElementPolyfillSupport` …). An element on the host page with such an id or
// name is reachable as that global, and then Lit fails to load (`push is not a function`) or, for
// `ShadyCSS`, falls back to `<style>` elements that a strict CSP blocks. This module runs before them in
// the CDN file and hides such elements behind an own, undefined property of the window. A global that a
// script set (an own property) is left as it is, so real polyfills keep working.

/** The globals Lit reads, whose absence they expect unless a script set them. */
export const LIBRARY_GLOBALS = [
  'litHtmlVersions',
  'litHtmlPolyfillSupport',
  'litElementVersions',
  'litElementPolyfillSupport',
  'litElementHydrateSupport',
  'litPropertyMetadata',
  'litNonce',
  'reactiveElementVersions',
  'reactiveElementPolyfillSupport',
  'ShadyCSS',
] as const

for (const name of LIBRARY_GLOBALS) {
  // Present but not own: it comes from the page's named elements.
  if (name in globalThis && !Object.hasOwn(globalThis, name)) {
    Object.defineProperty(globalThis, name, { value: undefined, writable: true, configurable: true })
  }
}
