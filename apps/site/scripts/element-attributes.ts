import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { Plugin } from 'vite'

/** One attribute of an element, as the widgets' custom-elements manifest describes it. */
export interface ElementAttribute {
  name: string
  /** The TypeScript type as written: `boolean`, `number`, `'a' | 'b'`, `IsoDay | undefined` … */
  type: string
  /** The value the element starts with, as written in its source (`'auto'`, `3`), if any. */
  default?: string
  /** Why the attribute should no longer be used, if it should not. */
  deprecated?: string
}

interface ManifestAttribute {
  name?: unknown
  type?: { text?: unknown }
  default?: unknown
  deprecated?: unknown
}

interface ManifestDeclaration {
  kind?: unknown
  name?: unknown
  tagName?: unknown
  attributes?: ManifestAttribute[]
  superclass?: { name?: unknown }
}

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/**
 * The attributes of each of the kit's elements, by tag, in the order the element declares them and
 * then those it inherits. Reads only names, types, defaults and deprecation, wherever the manifest
 * keeps them: on the class itself or on the classes it extends (followed by name), under any module
 * path.
 */
export function elementAttributes(manifest: unknown): Record<string, ElementAttribute[]> {
  const modules = (manifest as { modules?: { declarations?: ManifestDeclaration[] }[] }).modules ?? []
  const classes = modules.flatMap((module) => module.declarations ?? []).filter((d) => d.kind === 'class')
  const byName = new Map(classes.map((declaration) => [text(declaration.name), declaration]))
  const result: Record<string, ElementAttribute[]> = {}
  for (const declaration of classes) {
    const tag = text(declaration.tagName)
    if (tag === undefined || !tag.startsWith('vs-')) continue
    const attributes = new Map<string, ElementAttribute>()
    const seen = new Set<ManifestDeclaration>()
    // Up the chain of classes, each at most once.
    for (let current: ManifestDeclaration | undefined = declaration; current && !seen.has(current);) {
      seen.add(current)
      for (const attribute of current.attributes ?? []) {
        const name = text(attribute.name)
        if (name === undefined || attributes.has(name)) continue
        const found: ElementAttribute = { name, type: text(attribute.type?.text) ?? 'string' }
        const start = text(attribute.default)
        if (start !== undefined) found.default = start
        if (attribute.deprecated !== undefined && attribute.deprecated !== false)
          found.deprecated = text(attribute.deprecated) ?? 'deprecated'
        attributes.set(name, found)
      }
      current = byName.get(text(current.superclass?.name))
    }
    result[tag] = [...attributes.values()]
  }
  return result
}

const MODULE_ID = 'virtual:kth-vs/element-attributes'

/**
 * Serves `virtual:kth-vs/element-attributes`: the attributes of each element, read from the
 * `custom-elements.json` that the widgets' build writes, when the site is built (or tested), so the
 * embed builder offers exactly what the elements have.
 */
export function elementAttributesPlugin(): Plugin {
  return {
    name: 'kth-vs-element-attributes',
    resolveId(id) {
      return id === MODULE_ID ? `\0${MODULE_ID}` : undefined
    },
    load(id) {
      if (id !== `\0${MODULE_ID}`) return undefined
      const file = createRequire(import.meta.url).resolve('@kth-vs/widgets/custom-elements.json')
      this.addWatchFile(file)
      const attributes = elementAttributes(JSON.parse(readFileSync(file, 'utf8')))
      return `export const ELEMENT_ATTRIBUTES = ${JSON.stringify(attributes)}\n`
    },
  }
}
