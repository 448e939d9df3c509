import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { EulerTourForest } from './euler-tour-forest.js'

/** The same forest kept the plain way: a parent per node. */
class ParentArray {
  readonly parent: (number | undefined)[]
  constructor(size: number) {
    this.parent = Array.from({ length: size }, () => undefined)
  }
  root(node: number): number {
    let at = node
    while (this.parent[at] !== undefined) at = this.parent[at] as number
    return at
  }
  depth(node: number): number {
    let levels = 1
    for (let at = node; this.parent[at] !== undefined; at = this.parent[at] as number) levels++
    return levels
  }
  depthOfTree(node: number): number {
    const root = this.root(node)
    let deepest = 0
    for (let other = 0; other < this.parent.length; other++)
      if (this.root(other) === root) deepest = Math.max(deepest, this.depth(other))
    return deepest
  }
}

describe('EulerTourForest', () => {
  it('answers as a plain parent array does, over any sequence of links and cuts', () => {
    const step = fc.record({ a: fc.nat({ max: 11 }), b: fc.nat({ max: 11 }), cut: fc.boolean() })
    fc.assert(
      fc.property(fc.array(step, { maxLength: 120 }), (steps) => {
        const forest = new EulerTourForest(12)
        const plain = new ParentArray(12)
        for (const { a, b, cut } of steps) {
          if (cut) {
            if (plain.parent[a] === undefined) continue
            forest.cut(a)
            plain.parent[a] = undefined
          } else {
            if (plain.parent[a] !== undefined) continue
            const cycle = plain.root(b) === a
            expect(forest.connected(a, b)).toBe(plain.root(a) === plain.root(b))
            if (cycle) continue
            if (plain.root(a) === plain.root(b)) continue
            forest.link(a, b)
            plain.parent[a] = b
          }
          for (let node = 0; node < 12; node++) {
            expect(forest.rootOf(node)).toBe(plain.root(node))
            expect(forest.depthOfTree(node)).toBe(plain.depthOfTree(node))
          }
        }
      }),
      { numRuns: 300 },
    )
  })

  it('handles a chain of 200,000 nodes without recursion', () => {
    const size = 200_000
    const forest = new EulerTourForest(size)
    for (let node = 1; node < size; node++) forest.link(node, node - 1)
    expect(forest.depthOfTree(0)).toBe(size)
    expect(forest.rootOf(size - 1)).toBe(0)
    forest.cut(size / 2)
    expect(forest.depthOfTree(0)).toBe(size / 2)
    expect(forest.depthOfTree(size - 1)).toBe(size / 2)
    expect(forest.connected(0, size - 1)).toBe(false)
  })
})
