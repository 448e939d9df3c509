import { type ElementPart, noChange, nothing } from 'lit'
import { Directive, type PartInfo, PartType, directive } from 'lit/directive.js'

/** CSS properties by name: custom properties (`--x`) or standard ones in camelCase or kebab-case. */
export type StyleProperties = Readonly<Record<string, string | number | undefined | null>>

/**
 * Sets inline style properties through the CSSOM only. Lit's `styleMap` writes its first value as a
 * `style` attribute string, which a strict Content-Security-Policy (`style-src 'self'`) blocks; setting
 * properties one by one on `element.style` is allowed. Used in element position:
 * `<div ${styleProperties({ '--x': 3 })}>`.
 */
class StylePropertiesDirective extends Directive {
  #previous = new Set<string>()

  constructor(partInfo: PartInfo) {
    super(partInfo)
    if (partInfo.type !== PartType.ELEMENT) throw new Error('styleProperties belongs in element position')
  }

  render(_properties: StyleProperties) {
    return nothing
  }

  override update(part: ElementPart, [properties]: [StyleProperties]) {
    const style = (part.element as HTMLElement).style
    const current = new Set<string>()
    for (const [name, value] of Object.entries(properties)) {
      if (value === undefined || value === null) continue
      const property =
        name.startsWith('--') || name.includes('-')
          ? name
          : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)
      style.setProperty(property, String(value))
      current.add(property)
    }
    for (const property of this.#previous) if (!current.has(property)) style.removeProperty(property)
    this.#previous = current
    return noChange
  }
}

/** Sets inline style properties without a `style` attribute string, so it works under a strict CSP. */
export const styleProperties = directive(StylePropertiesDirective)
