import type { LocalizedText } from '../text/localized-text.js'
import { assertIsoDay, isValidOn, nameOn, parentOn } from './org-index.js'
import type { OrgIndex, OrgNodeInput } from './org-index.js'

/** A unit as it stood on one day, placed in that day's tree. */
export interface OrgTreeNode {
  /** The unit's id. */
  id: string
  /** The name in effect on the tree's day. */
  name: LocalizedText
  /** The parent in effect on the tree's day; undefined for a root. */
  parentId: string | undefined
  /** Distance from the root: 0 for a root. */
  depth: number
  /** Child units, in input order. */
  children: OrgTreeNode[]
  /** The input record. */
  unit: OrgNodeInput
}

/** The organisation as it stood on one day. */
export interface OrgTree {
  /** The day, 'YYYY-MM-DD'. */
  day: string
  /** Top-level units, in input order. */
  roots: OrgTreeNode[]
  /**
   * Ids of units valid on the day that are not in the tree because their parent is not valid that day,
   * is unknown, or lies on a parent cycle (directly or further up), in input order.
   */
  orphans: string[]
  /** Every node of the tree by id, in pre-order. */
  nodes: ReadonlyMap<string, OrgTreeNode>
}

/**
 * The organisation on `day`: the units valid that day whose ancestors are all valid too, with the names
 * and parents in effect that day. Every other unit valid that day is listed in `orphans`, so bad data
 * shows up instead of disappearing. Linear in the number of units (plus moves).
 *
 * @throws RangeError when `day` is not 'YYYY-MM-DD'.
 */
export function orgTreeAt(index: OrgIndex, day: string): OrgTree {
  assertIsoDay(day)
  const nodes = new Map<string, OrgTreeNode>()
  const roots: OrgTreeNode[] = []

  // An explicit stack instead of recursion: a corrupt chain of thousands of units must not overflow.
  // Units and their parent nodes are pushed in pairs, children in reverse so they pop in input order.
  const unitStack: OrgNodeInput[] = []
  const parentStack: Array<OrgTreeNode | undefined> = []
  for (let i = index.rootCandidates.length - 1; i >= 0; i--) {
    const unit = index.rootCandidates[i]
    if (unit !== undefined && isValidOn(unit, day) && parentOn(unit, day) === undefined) {
      unitStack.push(unit)
      parentStack.push(undefined)
    }
  }

  while (unitStack.length > 0) {
    const unit = unitStack.pop()
    const parent = parentStack.pop()
    if (unit === undefined) break
    // Each unit has one parent per day, so this only guards against hand-made indexes.
    if (nodes.has(unit.id)) continue
    const node: OrgTreeNode = {
      id: unit.id,
      name: nameOn(unit, day),
      parentId: parent?.id,
      depth: parent === undefined ? 0 : parent.depth + 1,
      children: [],
      unit,
    }
    nodes.set(unit.id, node)
    if (parent === undefined) roots.push(node)
    else parent.children.push(node)

    // Walking down from the roots never enters a parent cycle, which is what makes cycles orphans.
    const candidates = index.childrenOf.get(unit.id)
    if (candidates === undefined) continue
    for (let i = candidates.length - 1; i >= 0; i--) {
      const child = candidates[i]
      if (child !== undefined && isValidOn(child, day) && parentOn(child, day) === unit.id) {
        unitStack.push(child)
        parentStack.push(node)
      }
    }
  }

  const orphans: string[] = []
  for (const unit of index.units) {
    if (!nodes.has(unit.id) && isValidOn(unit, day)) orphans.push(unit.id)
  }
  return { day, roots, orphans, nodes }
}

// Pre-order walk from `start` (in order) without recursion; `descend` decides whether to enter children.
function walkPreOrder(
  start: readonly OrgTreeNode[],
  visit: (node: OrgTreeNode) => void,
  descend: (node: OrgTreeNode) => boolean = () => true,
): void {
  const stack = [...start].reverse()
  while (stack.length > 0) {
    const node = stack.pop()
    if (node === undefined) break
    visit(node)
    if (!descend(node)) continue
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]
      if (child !== undefined) stack.push(child)
    }
  }
}

/**
 * Ids from the root down to the unit `id`, inclusive; empty when the unit is not in the tree.
 * With an index and a day, answers the same without building the tree (orphans give an empty path).
 */
export function pathToRoot(tree: OrgTree, id: string): string[]
/** @throws RangeError when `day` is not 'YYYY-MM-DD'. */
export function pathToRoot(index: OrgIndex, day: string, id: string): string[]
export function pathToRoot(source: OrgTree | OrgIndex, dayOrId: string, maybeId?: string): string[] {
  if ('roots' in source) return treePath(source, dayOrId)
  return indexPath(source, dayOrId, maybeId ?? '')
}

function treePath(tree: OrgTree, id: string): string[] {
  const path: string[] = []
  let node = tree.nodes.get(id)
  // Bounded by the tree size so that a hand-made tree with a cycle cannot hang.
  while (node !== undefined && path.length <= tree.nodes.size) {
    path.push(node.id)
    node = node.parentId === undefined ? undefined : tree.nodes.get(node.parentId)
  }
  return path.reverse()
}

function indexPath(index: OrgIndex, day: string, id: string): string[] {
  assertIsoDay(day)
  const path: string[] = []
  const seen = new Set<string>()
  let current: string | undefined = id
  while (current !== undefined) {
    const unit = index.byId.get(current)
    // Same rules as orgTreeAt: an invalid or unknown ancestor, or a cycle, keeps the unit out of the tree.
    if (unit === undefined || seen.has(current) || !isValidOn(unit, day)) return []
    seen.add(current)
    path.push(current)
    current = parentOn(unit, day)
  }
  return path.reverse()
}

/**
 * The nodes in pre-order, the row order of a tree view. With `expanded`, the children of a node are
 * included only when its id is in the set, as for a view with collapsed branches.
 */
export function flattenTree(tree: OrgTree, expanded?: ReadonlySet<string>): OrgTreeNode[] {
  const rows: OrgTreeNode[] = []
  walkPreOrder(
    tree.roots,
    (node) => rows.push(node),
    expanded === undefined ? undefined : (node) => expanded.has(node.id),
  )
  return rows
}
