// Test support for the views' tests: a programme validated as a widget would have it.
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import type { ProgrammeDocument, ProgrammeDocumentInput } from '../schema/programme.js'
import { validateProgramme } from '../validation/validate.js'

/** A document validated, the sample programme by default; fails the test when it is not valid. */
export function validated(input: ProgrammeDocumentInput = sampleProgramme()): ProgrammeDocument {
  const result = validateProgramme(input)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.document
}
