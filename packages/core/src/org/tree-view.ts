import type { OrgTree, OrgTreeNode } from './org-tree.js'

/** A node as a tree view shows it: where it sits among its visible siblings. */
export interface TreeRow {
  node: OrgTreeNode
  /** 1 for the top level, as `aria-level` counts. */
  level: number
  /** 1-based position among the visible siblings, as `aria-posinset` counts. */
  position: number
  /** Number of visible siblings including itself, as `aria-setsize` counts. */
  setSize: number
  /** Whether the node has visible children (and so can be expanded). */
  hasChildren: boolean
}

/**
 * Ids of the nodes that start expanded: those less than `depth` levels below the top that have
 * children. A depth of 0 shows only the top level collapsed.
 */
export function expandedToDepth(roots: readonly OrgTreeNode[], depth: number): Set<string> {
  const expanded = new Set<string>()
  const stack = roots.map((node) => ({ node, level: 0 }))
  while (stack.length > 0) {
    const { node, level } = stack.pop() as { node: OrgTreeNode; level: number }
    if (level >= depth || node.children.length === 0) continue
    expanded.add(node.id)
    for (const child of node.children) stack.push({ node: child, level: level + 1 })
  }
  return expanded
}

/**
 * The rows a tree view shows, in reading order: every top-level node, and the children of expanded
 * nodes. With `only`, nodes outside that set are left out (for a search that shows matches and
 * their ancestors), and positions count only the nodes shown.
 */
export function visibleRows(
  roots: readonly OrgTreeNode[],
  expanded: ReadonlySet<string>,
  only?: ReadonlySet<string>,
): TreeRow[] {
  const rows: TreeRow[] = []
  const shown = (nodes: readonly OrgTreeNode[]) => (only ? nodes.filter((node) => only.has(node.id)) : nodes)
  // Depth first with a stack of sibling lists, so a chain of thousands of units cannot overflow.
  const stack: { siblings: readonly OrgTreeNode[]; next: number; level: number }[] = [
    { siblings: shown(roots), next: 0, level: 1 },
  ]
  while (stack.length > 0) {
    const top = stack[stack.length - 1] as (typeof stack)[number]
    const node = top.siblings[top.next]
    if (node === undefined) {
      stack.pop()
      continue
    }
    top.next++
    const children = shown(node.children)
    rows.push({
      node,
      level: top.level,
      position: top.next,
      setSize: top.siblings.length,
      hasChildren: children.length > 0,
    })
    if (children.length > 0 && expanded.has(node.id))
      stack.push({ siblings: children, next: 0, level: top.level + 1 })
  }
  return rows
}

/** The node and its siblings (children of the same parent, or the top level), in order. */
export function siblingsOf(tree: OrgTree, roots: readonly OrgTreeNode[], id: string): OrgTreeNode[] {
  const node = tree.nodes.get(id)
  if (!node) return []
  if (roots.some((root) => root.id === id)) return [...roots]
  const parent = node.parentId === undefined ? undefined : tree.nodes.get(node.parentId)
  return parent ? parent.children : [node]
}
