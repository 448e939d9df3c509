export { buildOrgIndex, isValidOn, nameOn, parentOn } from './org-index.js'
export type { OrgIndex, OrgMove, OrgNodeInput, OrgRename } from './org-index.js'
export {
  countUnits,
  descendants,
  findNode,
  flattenTree,
  orgTreeAt,
  pathToRoot,
  subtreeSize,
} from './org-tree.js'
export type { OrgTree, OrgTreeNode } from './org-tree.js'
export { diffOrgTrees, orgDiff } from './org-diff.js'
export type { OrgChange, OrgChangeKind } from './org-diff.js'
export { ancestorsOfMatches, searchOrg } from './org-search.js'
export type { OrgSearchHit } from './org-search.js'
export { expandedToDepth, siblingsOf, visibleRows, type TreeRow } from './tree-view.js'
