import {
  type ElementPart,
  type RenderOptions,
  type TemplateResult,
  html,
  noChange,
  nothing,
  render,
} from 'lit'
import { type NestedRow, nestRows } from '@kth-vs/core'
import { Directive, type PartInfo, PartType, directive } from 'lit/directive.js'

/** How {@link nestedList} draws a tree of rows given in reading order. */
export interface NestedListOptions<T> {
  /** The rows in reading order, each at its level (1 for the top). */
  rows: readonly T[]
  level(row: T): number
  /** One row's item: one element, which holds an empty group element for its children when it has shown ones. */
  item(row: T): TemplateResult
  /** The group element inside a row's drawn item that the row's children go into. */
  group(item: Element, row: T): Element | null
}

/**
 * Draws a tree into nested lists one level at a time. Each level is a separate Lit render into its
 * group element, walked with a stack of its own, so however deep the tree, neither this code nor
 * Lit recurses once per level (a template nested in a template nested in … overflows the stack a
 * few hundred levels down). Goes on the element that holds the top level:
 * `<ul role="tree" ${nestedList({ rows, level, item, group })}></ul>`.
 */
class NestedListDirective extends Directive {
  constructor(partInfo: PartInfo) {
    super(partInfo)
    if (partInfo.type !== PartType.ELEMENT) throw new Error('nestedList belongs in element position')
  }

  render(_options: NestedListOptions<unknown>) {
    return nothing
  }

  override update(part: ElementPart, [options]: [NestedListOptions<unknown>]) {
    const renderOptions: RenderOptions = { ...part.options }
    const stack: { container: Element; nodes: NestedRow<unknown>[] }[] = [
      { container: part.element, nodes: nestRows(options.rows, options.level) },
    ]
    while (stack.length > 0) {
      const { container, nodes } = stack.pop() as (typeof stack)[number]
      render(html`${nodes.map((node) => options.item(node.row))}`, container as HTMLElement, renderOptions)
      // The container holds one element per item, in order, whether or not it is in the document yet.
      const items = container.children
      nodes.forEach((node, i) => {
        const item = items[i]
        if (node.children.length === 0 || item === undefined) return
        const group = options.group(item, node.row)
        if (group) stack.push({ container: group, nodes: node.children })
      })
    }
    return noChange
  }
}

/** Draws rows given in reading order as nested lists, without recursion; see {@link NestedListDirective}. */
export const nestedList = directive(NestedListDirective)
