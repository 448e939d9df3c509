import { describe, expect, it } from 'vitest'
import * as z from 'zod'
import { INVALID_PARTIAL_DATE, PartialDateTextSchema } from './schema.js'

describe('PartialDateTextSchema', () => {
  it('accepts every precision and trims surrounding space', () => {
    for (const text of ['2022-06-14', '2022-06', '2023-Q1', '2023-q2', '2022-spring', '2022-höst', '2026']) {
      expect(PartialDateTextSchema.parse(text)).toBe(text)
    }
    expect(PartialDateTextSchema.parse(' 2022-06 ')).toBe('2022-06')
  })

  it('rejects bad dates with an issue a caller can recognise', () => {
    for (const text of ['2023-02-29', '2022-13', '2022-Q5', 'soon', '']) {
      const result = PartialDateTextSchema.safeParse(text)
      expect(result.success, text).toBe(false)
      const issue = result.error?.issues[0]
      expect(issue).toMatchObject({ code: 'custom', params: { code: INVALID_PARTIAL_DATE }, path: [] })
      expect(issue?.message).toContain('YYYY-MM-DD')
    }
    expect(INVALID_PARTIAL_DATE).toBe('invalid_partial_date')
  })

  it('reports the path of a date nested in an object', () => {
    const result = z.object({ start: PartialDateTextSchema }).safeParse({ start: '2022-02-30' })
    expect(result.error?.issues[0]).toMatchObject({
      path: ['start'],
      params: { code: 'invalid_partial_date' },
    })
  })

  it('rejects non-strings as a type error, not a date error', () => {
    const issue = PartialDateTextSchema.safeParse(2022).error?.issues[0]
    expect(issue?.code).toBe('invalid_type')
  })

  it('describes itself in JSON Schema with examples', () => {
    const json = z.toJSONSchema(PartialDateTextSchema) as {
      type?: string
      description?: string
      examples?: unknown[]
    }
    expect(json.type).toBe('string')
    expect(json.description).toMatch(/spring/)
    expect(json.examples).toContain('2023-Q1')
  })
})
