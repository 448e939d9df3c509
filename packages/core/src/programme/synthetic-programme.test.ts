import { describe, expect, it } from 'vitest'
import { validateProgramme } from '../validation/validate.js'
import { syntheticProgramme } from '@kth-vs/test-fixtures/synthetic-programme'

describe('syntheticProgramme', () => {
  it.each([
    [10, 5],
    [1_000, 200],
  ])('makes a valid document of %i units and %i items', (units, items) => {
    const doc = syntheticProgramme(units, items)
    const result = validateProgramme(doc)
    expect(result.issues).toEqual([])
    expect(doc.units).toHaveLength(units)
    expect(doc.timeline).toHaveLength(items)
  })

  it('is the same for the same seed and differs for another', () => {
    expect(syntheticProgramme(50, 10, 7)).toEqual(syntheticProgramme(50, 10, 7))
    expect(syntheticProgramme(50, 10, 7)).not.toEqual(syntheticProgramme(50, 10, 8))
  })
})
