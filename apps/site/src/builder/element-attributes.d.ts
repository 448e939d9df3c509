// Served by the element-attributes plugin (scripts/element-attributes.ts) from the widgets' manifest.
declare module 'virtual:kth-vs/element-attributes' {
  import type { ElementAttribute } from '../../scripts/element-attributes.js'
  export type { ElementAttribute }
  /** Each element's attributes by tag, in the order the element declares them, then those it inherits. */
  export const ELEMENT_ATTRIBUTES: Readonly<Record<string, readonly ElementAttribute[] | undefined>>
}
