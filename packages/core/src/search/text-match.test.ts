import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { compareSwedish, matchesTokens, normalizeForSearch, queryTokens } from './text-match.js'

/** A query typed into a search box, matched as the org chart's search matches it. */
const matchesQuery = (text: string, query: string) => matchesTokens(text, queryTokens(query))

describe('normalizeForSearch', () => {
  it('lower-cases and strips diacritics', () => {
    expect(normalizeForSearch('Ledningsråd')).toBe('ledningsrad')
    expect(normalizeForSearch('SKOLANS Överenskommelse')).toBe('skolans overenskommelse')
    expect(normalizeForSearch('Café Ärlig')).toBe('cafe arlig')
  })

  it('handles decomposed input the same as composed', () => {
    expect(normalizeForSearch('A\u030Angström')).toBe(normalizeForSearch('Ångström'))
  })

  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        const once = normalizeForSearch(text)
        expect(normalizeForSearch(once)).toBe(once)
      }),
    )
  })
})

describe('queryTokens', () => {
  it('splits at any whitespace and drops empty tokens', () => {
    expect(queryTokens('  HR\tavdelning\u00A0Ö ')).toEqual(['hr', 'avdelning', 'o'])
    expect(queryTokens('   ')).toEqual([])
  })
})

describe('matchesTokens with queryTokens', () => {
  it('matches regardless of case and diacritics, in either direction', () => {
    expect(matchesQuery('Ledningsråd', 'ledningsrad')).toBe(true)
    expect(matchesQuery('Ledningsrad', 'LEDNINGSRÅD')).toBe(true)
    expect(matchesQuery('Skolans', 'SKOLANS')).toBe(true)
    expect(matchesQuery('HR-avdelningen', 'HR')).toBe(true)
  })

  it('requires every token, in any order', () => {
    expect(matchesQuery('HR-avdelningen', 'avdelningen hr')).toBe(true)
    expect(matchesQuery('HR-avdelningen', 'hr ekonomi')).toBe(false)
    expect(matchesQuery('IT-avdelningen', 'HR')).toBe(false)
  })

  it('matches every text with a blank query', () => {
    expect(matchesQuery('anything', '')).toBe(true)
    expect(matchesTokens('anything', [])).toBe(true)
  })

  it('ignores case and Swedish diacritics on random Swedish text', () => {
    const swedish = fc.string({ unit: fc.constantFrom(...'aAåÅäÄöÖeEéÉzZ -') })
    const plain = (text: string) =>
      text
        .replace(/[åäÅÄ]/g, 'a')
        .replace(/[öÖ]/g, 'o')
        .replace(/[éÉ]/g, 'e')
        .toLowerCase()
    fc.assert(
      fc.property(swedish, (text) => {
        expect(matchesQuery(text, text.toUpperCase())).toBe(true)
        expect(matchesQuery(text.toUpperCase(), text)).toBe(true)
        expect(matchesQuery(text, plain(text))).toBe(true)
      }),
    )
  })

  it('finds every part of a text joined with a space', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), fc.string({ unit: 'grapheme' }), (a, b) => {
        expect(matchesQuery(`${a} ${b}`, a)).toBe(true)
        expect(matchesQuery(`${a} ${b}`, b)).toBe(true)
      }),
    )
  })
})

describe('compareSwedish', () => {
  it('sorts å, ä and ö after z, in that order', () => {
    expect(['Ö', 'Ä', 'Z', 'Å', 'A'].sort(compareSwedish)).toEqual(['A', 'Z', 'Å', 'Ä', 'Ö'])
    expect(compareSwedish('Öppen', 'Zon')).toBeGreaterThan(0)
    expect(compareSwedish('Ålands', 'Ärende')).toBeLessThan(0)
  })

  it('is antisymmetric', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (a, b) => {
        expect(Math.sign(compareSwedish(a, b))).toBe(-Math.sign(compareSwedish(b, a)) || 0)
      }),
    )
  })
})
