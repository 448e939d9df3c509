import { nestRows } from '@kth-vs/core'
import { type RenderOptions, type TemplateResult, html, render } from 'lit'

/** How {@link renderNestedList} draws a tree of rows given in reading order. */
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
 * Draws a tree into nested lists, one level at a time: each level is a Lit render of its own into
 * its group element, walked with a stack, so however deep the tree, neither this code nor Lit recurses
 * once per level (a template nested in a template nested in … overflows the stack a few hundred
 * levels down). Call it after the element that holds the top level is drawn.
 */
export function renderNestedList<T>(
  top: Element,
  options: NestedListOptions<T>,
  renderOptions: RenderOptions,
): void {
  const stack = [{ container: top, nodes: nestRows(options.rows, options.level) }]
  while (stack.length > 0) {
    const { container, nodes } = stack.pop() as (typeof stack)[number]
    render(html`${nodes.map((node) => options.item(node.row))}`, container as HTMLElement, renderOptions)
    // The container holds one element per item, in order.
    const items = container.children
    nodes.forEach((node, i) => {
      const item = items[i]
      if (node.children.length === 0 || item === undefined) return
      const group = options.group(item, node.row)
      if (group) stack.push({ container: group, nodes: node.children })
    })
  }
}
