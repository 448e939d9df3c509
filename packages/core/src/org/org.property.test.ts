import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareSwedish, matchesTokens, queryTokens } from '../search/text-match.js'
import { localize } from '../text/localized-text.js'
import { orgDiff } from './org-diff.js'
import { buildOrgIndex, isValidOn, nameOn, parentOn } from './org-index.js'
import type { OrgNodeInput } from './org-index.js'
import { ancestorsOfMatches, searchOrg } from './org-search.js'
import { flattenTree, orgTreeAt, pathToRoot } from './org-tree.js'
import { day, forest } from './test-fixtures.js'

// Independent oracle: a unit is in the tree when following parents from it reaches a top-level unit
// through valid units only, within as many steps as there are units (more means a cycle).
function reachesRoot(units: readonly OrgNodeInput[], id: string, on: string): boolean {
  const byId = new Map(units.map((unit) => [unit.id, unit]))
  let current: string | undefined = id
  for (let steps = 0; steps <= units.length; steps++) {
    if (current === undefined) return true
    const unit = byId.get(current)
    if (unit === undefined || !isValidOn(unit, on)) return false
    current = parentOn(unit, on)
  }
  return false
}

describe.each(['tame', 'wild'] as const)('on random %s forests', (mode) => {
  const units = forest(mode)

  it('puts in the tree exactly the valid units whose ancestors are valid, the other valid ones in orphans', () => {
    fc.assert(
      fc.property(units, day, (input, on) => {
        const tree = orgTreeAt(buildOrgIndex(input), on)
        for (const unit of input) {
          const inTree = tree.nodes.has(unit.id)
          expect(inTree).toBe(reachesRoot(input, unit.id, on))
          expect(tree.orphans.includes(unit.id)).toBe(!inTree && isValidOn(unit, on))
        }
      }),
    )
  })

  it('gives every node the name and parent of the day, with its parent in the tree', () => {
    fc.assert(
      fc.property(units, day, (input, on) => {
        const tree = orgTreeAt(buildOrgIndex(input), on)
        for (const node of tree.nodes.values()) {
          expect(isValidOn(node.unit, on)).toBe(true)
          expect(node.id).toBe(node.unit.id)
          expect(node.name).toEqual(nameOn(node.unit, on))
          expect(node.parentId).toBe(parentOn(node.unit, on))
          if (node.parentId === undefined) {
            expect(tree.roots).toContain(node)
            expect(node.depth).toBe(0)
          } else {
            const parent = tree.nodes.get(node.parentId)
            expect(parent?.children).toContain(node)
            expect(node.depth).toBe((parent?.depth ?? Number.NaN) + 1)
          }
          // Siblings keep their input order.
          const positions = node.children.map((child) => input.indexOf(child.unit))
          expect(positions).toEqual(positions.toSorted((a, b) => a - b))
        }
      }),
    )
  })

  it('flattenTree visits each node exactly once', () => {
    fc.assert(
      fc.property(units, day, (input, on) => {
        const tree = orgTreeAt(buildOrgIndex(input), on)
        const ids = flattenTree(tree).map((node) => node.id)
        expect(ids).toHaveLength(tree.nodes.size)
        expect(new Set(ids)).toEqual(new Set(tree.nodes.keys()))
      }),
    )
  })

  it('depth equals path length minus one, and the index gives the same path as the tree', () => {
    fc.assert(
      fc.property(units, day, (input, on) => {
        const index = buildOrgIndex(input)
        const tree = orgTreeAt(index, on)
        for (const node of tree.nodes.values()) {
          expect(node.depth).toBe(pathToRoot(tree, node.id).length - 1)
        }
        for (const unit of input) {
          expect(pathToRoot(index, on, unit.id)).toEqual(pathToRoot(tree, unit.id))
        }
      }),
    )
  })

  it('orgDiff of a day with itself is empty', () => {
    fc.assert(
      fc.property(units, day, (input, on) => {
        expect(orgDiff(buildOrgIndex(input), on, on)).toEqual([])
      }),
    )
  })

  it('orgDiff adds and removes the set differences of the trees and reports every move and rename', () => {
    fc.assert(
      fc.property(units, day, day, (input, a, b) => {
        const index = buildOrgIndex(input)
        const before = orgTreeAt(index, a)
        const after = orgTreeAt(index, b)
        const changes = orgDiff(index, a, b)
        const idsOf = (kind: string) =>
          changes.filter((change) => change.kind === kind).map((change) => change.id)

        expect(new Set(idsOf('added'))).toEqual(
          new Set([...after.nodes.keys()].filter((id) => !before.nodes.has(id))),
        )
        expect(new Set(idsOf('removed'))).toEqual(
          new Set([...before.nodes.keys()].filter((id) => !after.nodes.has(id))),
        )
        const common = [...after.nodes.values()].filter((node) => before.nodes.has(node.id))
        expect(idsOf('moved')).toEqual(
          common
            .filter((node) => before.nodes.get(node.id)?.parentId !== node.parentId)
            .map((node) => node.id),
        )
        expect(new Set(idsOf('renamed'))).toEqual(
          new Set(
            common
              .filter((node) => JSON.stringify(before.nodes.get(node.id)?.name) !== JSON.stringify(node.name))
              .map((node) => node.id),
          ),
        )
        const kindOrder = ['added', 'removed', 'moved', 'renamed']
        const ranks = changes.map((change) => kindOrder.indexOf(change.kind))
        expect(ranks).toEqual(ranks.toSorted((x, y) => x - y))
      }),
    )
  })

  it('searchOrg finds exactly the matching units, sorted, and their ancestors are the ones to expand', () => {
    const query = fc.constantFrom('e', 'ARENDE', 'atgard ', 'ledningsrad', 'co', 'zon', 'o e')
    fc.assert(
      fc.property(units, day, query, fc.constantFrom('sv', 'en' as const), (input, on, q, lang) => {
        const tree = orgTreeAt(buildOrgIndex(input), on)
        const hits = searchOrg(tree, q, lang)
        const expected = [...tree.nodes.values()].filter((node) =>
          [node.name.sv, node.name.en].some(
            (text) => text !== undefined && matchesTokens(text, queryTokens(q)),
          ),
        )
        expect(new Set(hits.map((hit) => hit.id))).toEqual(new Set(expected.map((node) => node.id)))
        for (const hit of hits) {
          const node = tree.nodes.get(hit.id)
          expect(node && localize(node.name, lang).text).toBe(hit.name)
          expect(hit.path).toEqual(pathToRoot(tree, hit.id))
        }
        const names = hits.map((hit) => hit.name)
        expect(names).toEqual(names.toSorted(compareSwedish))
        const toExpand = new Set(hits.flatMap((hit) => hit.path.slice(0, -1)))
        expect(
          ancestorsOfMatches(
            tree,
            hits.map((hit) => hit.id),
          ),
        ).toEqual(toExpand)
      }),
    )
  })
})
