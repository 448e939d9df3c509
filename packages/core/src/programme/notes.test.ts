import { describe, expect, it } from 'vitest'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { validateProgramme } from '../validation/validate.js'
import { notesAbout } from './notes.js'

describe('notesAbout', () => {
  const result = validateProgramme(sampleProgramme())
  if (!result.ok) throw new Error('fixture')
  const doc = result.document

  it('finds the notes that concern any of the items', () => {
    expect(notesAbout(doc, ['pr1']).map((n) => n.id)).toEqual(['n-all'])
    expect(notesAbout(doc, ['pr2']).map((n) => n.id)).toEqual(['n-one', 'n-all'])
    expect(notesAbout(doc, new Set(['pr1', 'x'])).map((n) => n.id)).toEqual(['n-all'])
    expect(notesAbout(doc, ['T1'])).toEqual([])
    expect(notesAbout(doc, ['it-area'])).toEqual([])
  })
})
