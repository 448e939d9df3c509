import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sortByOrder } from './order.js'

describe('sortByOrder', () => {
  it('sorts by order, stable for ties, without touching the input', () => {
    const input = [
      { id: 'c', order: 3 },
      { id: 'a', order: 1 },
      { id: 'b1', order: 2 },
      { id: 'b2', order: 2 },
    ]
    expect(sortByOrder(input).map((x) => x.id)).toEqual(['a', 'b1', 'b2', 'c'])
    expect(input[0]?.id).toBe('c')
  })

  it('is a sorted permutation of its input', () => {
    fc.assert(
      fc.property(fc.array(fc.record({ order: fc.integer({ min: 1, max: 9 }), id: fc.uuid() })), (items) => {
        const sorted = sortByOrder(items)
        expect([...sorted].map((x) => x.id).sort()).toEqual(items.map((x) => x.id).sort())
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i - 1]!.order).toBeLessThanOrEqual(sorted[i]!.order)
      }),
    )
  })
})
