import { describe, expect, it } from 'vitest'
import * as z from 'zod/mini'
import { formatIssue } from '../validation/issue.js'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { validateProgramme } from '../validation/validate.js'
import { ProgrammeDocumentSchema } from './programme.js'

type Mutable = Record<string, unknown>

function documentWith(change: (doc: Mutable) => void): Mutable {
  const doc = structuredClone(sampleProgramme()) as unknown as Mutable
  change(doc)
  return doc
}

const firstTimelineItem = (doc: Mutable) => (doc.timeline as Mutable[])[0]!
const firstPhase = (doc: Mutable) => ((doc.subProjects as Mutable[])[0]!.phases as Mutable[])[0]!

describe('outcomeUnconfirmed', () => {
  it('is kept on timeline items and sub-project phases', () => {
    const result = validateProgramme(
      documentWith((doc) => {
        firstTimelineItem(doc).outcomeUnconfirmed = true
        firstPhase(doc).outcomeUnconfirmed = true
      }),
    )
    expect(result.issues).toEqual([])
    if (!result.ok) return
    expect(result.document.timeline[0]?.outcomeUnconfirmed).toBe(true)
    expect(result.document.subProjects[0]?.phases[0]?.outcomeUnconfirmed).toBe(true)
  })

  it('is left out when not given, so nothing is marked unconfirmed by default', () => {
    const result = validateProgramme(sampleProgramme())
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.document.timeline.every((item) => item.outcomeUnconfirmed === undefined)).toBe(true)
  })

  it('refuses anything but a boolean and names the field', () => {
    const result = validateProgramme(
      documentWith((doc) => {
        firstTimelineItem(doc).outcomeUnconfirmed = 'yes'
        firstPhase(doc).outcomeUnconfirmed = 1
      }),
    )
    expect(result.ok).toBe(false)
    expect(result.issues.map((issue) => [issue.pathText, issue.code])).toEqual([
      ['timeline[0].outcomeUnconfirmed', 'invalid_type'],
      ['subProjects[0].phases[0].outcomeUnconfirmed', 'invalid_type'],
    ])
    expect(formatIssue(result.issues[0]!, 'en')).toContain('timeline[0].outcomeUnconfirmed')
  })

  it('is an optional boolean with a description in the JSON Schema, on both kinds of item', () => {
    const schema = z.toJSONSchema(ProgrammeDocumentSchema, { io: 'input', unrepresentable: 'any' })
    const text = JSON.stringify(schema)
    const declarations = [...text.matchAll(/"outcomeUnconfirmed":(\{[^{}]*\})/g)].map(
      (match) => JSON.parse(match[1]!) as { type?: string; description?: string },
    )
    expect(declarations).toHaveLength(2)
    for (const declaration of declarations) {
      expect(declaration.type).toBe('boolean')
      expect(declaration.description).toMatch(/no source confirms/)
    }
    expect(text).not.toMatch(/"required":\[[^\]]*"outcomeUnconfirmed"/)
  })
})

describe('source titles', () => {
  it('are described in the JSON Schema as the page’s title in each language it is published in', () => {
    const schema = z.toJSONSchema(ProgrammeDocumentSchema, {
      io: 'input',
      unrepresentable: 'any',
    }) as unknown as {
      properties: { sources: { items: { properties: { title: { description?: string } } } } }
    }
    const title = schema.properties.sources.items.properties.title
    expect(title.description).toMatch(/published in both/)
  })

  it('may be given in both languages', () => {
    const result = validateProgramme(
      documentWith((doc) => {
        ;(doc.sources as Mutable[])[0]!.title = { sv: 'Principer', en: 'Principles' }
      }),
    )
    expect(result.issues).toEqual([])
  })
})
