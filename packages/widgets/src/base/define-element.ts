/**
 * Registers a custom element unless the tag is taken, so loading a bundle twice (or the npm entry beside
 * the CDN file) does not throw.
 */
export function defineElement(tag: string, element: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, element)
}
