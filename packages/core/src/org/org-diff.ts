import type { LocalizedText } from '../text/localized-text.js'
import type { OrgIndex } from './org-index.js'
import { orgTreeAt } from './org-tree.js'
import type { OrgTree } from './org-tree.js'

/** What happened to a unit between two days. */
export type OrgChangeKind = 'added' | 'removed' | 'moved' | 'renamed'

/** One change between two days; a unit both moved and renamed gives two changes. */
export interface OrgChange {
  /** The kind of change. */
  kind: OrgChangeKind
  /** The unit's id. */
  id: string
  /** Parent on the first day (removed, moved); undefined for a root. */
  fromParentId?: string | undefined
  /** Parent on the second day (added, moved); undefined for a root. */
  toParentId?: string | undefined
  /** Name on the first day (removed, renamed). */
  fromName?: LocalizedText | undefined
  /** Name on the second day (added, renamed). */
  toName?: LocalizedText | undefined
}

function sameName(a: LocalizedText, b: LocalizedText): boolean {
  return a.sv === b.sv && a.en === b.en
}

/**
 * Changes from tree `before` to tree `after`, comparing only units in the trees (orphans are ignored).
 * Ordered by kind (added, removed, moved, renamed), then by pre-order: of `before` for removed units,
 * of `after` for the rest.
 */
export function diffOrgTrees(before: OrgTree, after: OrgTree): OrgChange[] {
  const added: OrgChange[] = []
  const removed: OrgChange[] = []
  const moved: OrgChange[] = []
  const renamed: OrgChange[] = []

  // `nodes` iterates in pre-order, which gives the tree order for free.
  for (const node of after.nodes.values()) {
    const old = before.nodes.get(node.id)
    if (old === undefined) {
      added.push({ kind: 'added', id: node.id, toParentId: node.parentId, toName: node.name })
      continue
    }
    if (old.parentId !== node.parentId) {
      moved.push({ kind: 'moved', id: node.id, fromParentId: old.parentId, toParentId: node.parentId })
    }
    if (!sameName(old.name, node.name)) {
      renamed.push({ kind: 'renamed', id: node.id, fromName: old.name, toName: node.name })
    }
  }
  for (const node of before.nodes.values()) {
    if (!after.nodes.has(node.id)) {
      removed.push({ kind: 'removed', id: node.id, fromParentId: node.parentId, fromName: node.name })
    }
  }
  return [...added, ...removed, ...moved, ...renamed]
}

/**
 * Changes to the organisation from `fromDay` to `toDay` (see {@link diffOrgTrees}); `fromDay` may be
 * the later day, which gives the reverse changes.
 *
 * @throws RangeError when a day is not 'YYYY-MM-DD'.
 */
export function orgDiff(index: OrgIndex, fromDay: string, toDay: string): OrgChange[] {
  return diffOrgTrees(orgTreeAt(index, fromDay), orgTreeAt(index, toDay))
}
