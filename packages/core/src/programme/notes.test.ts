import { describe, expect, it } from 'vitest'
import { validDocument } from '../validation/test-documents.js'
import { validateProgramme } from '../validation/validate.js'
import { notesAbout } from './notes.js'

describe('notesAbout', () => {
  const result = validateProgramme(validDocument())
  if (!result.ok) throw new Error('fixture')
  const doc = result.document

  it('finds the notes that concern any of the items', () => {
    expect(notesAbout(doc, ['pr1']).map((n) => n.id)).toEqual(['n1'])
    expect(notesAbout(doc, new Set(['t1', 'x'])).map((n) => n.id)).toEqual(['n1'])
    expect(notesAbout(doc, ['hr'])).toEqual([])
  })
})
