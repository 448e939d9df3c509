import { compareSwedish, matchesTokens, queryTokens } from '../search/text-match.js'
import { localize } from '../text/localized-text.js'
import type { Language } from '../text/localized-text.js'
import { pathToRoot } from './org-tree.js'
import type { OrgTree } from './org-tree.js'

/** A unit whose name matched a search. */
export interface OrgSearchHit {
  /** The unit's id. */
  id: string
  /** The unit's name in the requested language, or in the other one when it is missing. */
  name: string
  /** The language of `name`, for marking a fallback with its own `lang`. */
  lang: Language
  /** Ids from the root down to the unit, inclusive. */
  path: string[]
}

/**
 * Units of `tree` whose Swedish or English name (as in effect on the tree's day) contains every token
 * of `query`, ignoring case and diacritics. Sorted in Swedish order of the localised name, ties in tree
 * order. A blank query finds nothing, so an empty search box shows no hits.
 */
export function searchOrg(tree: OrgTree, query: string, lang: Language): OrgSearchHit[] {
  const tokens = queryTokens(query)
  if (tokens.length === 0) return []
  const hits: OrgSearchHit[] = []
  for (const node of tree.nodes.values()) {
    const { sv, en } = node.name
    // Each language on its own: a query mixing words of both names is not a meaningful match.
    const matches =
      (sv !== undefined && matchesTokens(sv, tokens)) || (en !== undefined && matchesTokens(en, tokens))
    if (!matches) continue
    const name = localize(node.name, lang)
    hits.push({ id: node.id, name: name.text, lang: name.lang, path: pathToRoot(tree, node.id) })
  }
  // Array sort is stable, and `nodes` iterates in pre-order, hence ties in tree order.
  return hits.sort((a, b) => compareSwedish(a.name, b.name))
}

/**
 * Ids of the ancestors of the given units (the units themselves only when one is above another):
 * the branches a tree view must expand to show every hit. Ids not in the tree are ignored.
 */
export function ancestorsOfMatches(tree: OrgTree, hitIds: Iterable<string>): Set<string> {
  const ancestors = new Set<string>()
  for (const id of hitIds) {
    let parentId = tree.nodes.get(id)?.parentId
    // Stop at an ancestor already added: everything above it is in the set too.
    while (parentId !== undefined && !ancestors.has(parentId)) {
      ancestors.add(parentId)
      parentId = tree.nodes.get(parentId)?.parentId
    }
  }
  return ancestors
}
