import { validateProgramme } from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { vsProgramme } from './vs.js'

describe('vsProgramme', () => {
  it('is a valid programme document', () => {
    const result = validateProgramme(vsProgramme)
    expect(result.issues).toEqual([])
    expect(result.ok).toBe(true)
  })

  it('names the programme in both languages', () => {
    expect(vsProgramme.programme.name.sv).toMatch(/verksamhetsstöd/)
    expect(vsProgramme.programme.name.en).toMatch(/support services/)
  })

  it('has the five principles in order, each in both languages', () => {
    expect(vsProgramme.principles.map((p) => p.order)).toEqual([1, 2, 3, 4, 5])
    for (const principle of vsProgramme.principles) {
      expect(
        principle.title.sv && principle.title.en && principle.summary.sv && principle.summary.en,
      ).toBeTruthy()
    }
  })
})
