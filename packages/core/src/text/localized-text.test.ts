import { describe, expect, it } from 'vitest'
import { localize, toLanguage } from './localized-text.js'
import { LocalizedTextSchema } from '../schema/primitives.js'

describe('LocalizedTextSchema', () => {
  it('accepts both languages or one', () => {
    expect(LocalizedTextSchema.safeParse({ sv: 'Styrgrupp', en: 'Steering group' }).success).toBe(true)
    expect(LocalizedTextSchema.safeParse({ sv: 'Styrgrupp' }).success).toBe(true)
  })

  it('rejects an empty object, blank strings and unknown languages', () => {
    expect(LocalizedTextSchema.safeParse({}).success).toBe(false)
    expect(LocalizedTextSchema.safeParse({ sv: '   ' }).success).toBe(false)
    expect(LocalizedTextSchema.safeParse({ sv: 'a', de: 'b' }).success).toBe(false)
  })
})

describe('localize', () => {
  it('returns the requested language when present', () => {
    expect(localize({ sv: 'Styrgrupp', en: 'Steering group' }, 'en')).toEqual({
      text: 'Steering group',
      lang: 'en',
      isFallback: false,
    })
  })

  it('falls back to the other language and says so', () => {
    expect(localize({ sv: 'Ledningsråd' }, 'en')).toEqual({
      text: 'Ledningsråd',
      lang: 'sv',
      isFallback: true,
    })
  })
})

describe('toLanguage', () => {
  it('maps regional tags and rejects others', () => {
    expect(toLanguage('en-GB')).toBe('en')
    expect(toLanguage('SV-se')).toBe('sv')
    expect(toLanguage('de')).toBeUndefined()
    expect(toLanguage(null)).toBeUndefined()
  })
})
