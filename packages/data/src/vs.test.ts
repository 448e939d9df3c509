import { LocalizedTextSchema } from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { vsProgramme } from './vs.js'

describe('vsProgramme', () => {
  it('names the programme in both languages', () => {
    const name = LocalizedTextSchema.parse(vsProgramme.programme.name)
    expect(name.sv).toMatch(/verksamhetsstöd/)
    expect(name.en).toMatch(/support services/)
  })
})
