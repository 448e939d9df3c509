import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { isHttpUrl, isSafeUrl, safeHref } from './safe-url.js'

describe('isSafeUrl', () => {
  it.each([
    'https://intra.kth.se/styrning',
    'http://kth.se',
    'HTTPS://KTH.SE',
    'mailto:vs@kth.se',
    '/styrning/vs',
    'vs.json',
    '#E07',
    '?lang=en',
    '//kth.se/x',
  ])('allows %s', (url) => expect(isSafeUrl(url)).toBe(true))

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    ' javascript:alert(1)',
    'java\tscript:alert(1)',
    'java\nscript:alert(1)',
    '\u0001javascript:alert(1)',
    '\u00a0javascript:alert(1)',
    '\ufeffjavascript:alert(1)',
    '\u2028javascript:alert(1)',
    '\u3000JAVASCRIPT:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'vbscript:msgbox(1)',
    'file:///etc/passwd',
    '',
    '   ',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false))

  it('never lets a string through whose browser-parsed scheme is not http(s), mailto or the base', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), (url) => {
        if (!isSafeUrl(url)) return
        let protocol: string
        try {
          protocol = new URL(url, 'https://base.example/').protocol
        } catch {
          return // unparseable relative text is rendered as a dead link, never executed
        }
        expect(['http:', 'https:', 'mailto:']).toContain(protocol)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('isHttpUrl', () => {
  it('accepts only absolute http(s)', () => {
    expect(isHttpUrl('https://kth.se')).toBe(true)
    expect(isHttpUrl('/relative')).toBe(false)
    expect(isHttpUrl('mailto:a@kth.se')).toBe(false)
  })
})

describe('safeHref', () => {
  it('returns safe URLs trimmed and drops the rest', () => {
    expect(safeHref(' https://kth.se ')).toBe('https://kth.se')
    expect(safeHref('javascript:void(0)')).toBeUndefined()
    expect(safeHref(undefined)).toBeUndefined()
  })
})

describe('isHttpUrl against the URL parser', () => {
  it('accepts only what parses as an absolute http(s) URL with a host', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.webUrl({ withQueryParameters: true, withFragments: true }), fc.string()),
        (url) => {
          if (!isHttpUrl(url)) return
          const parsed = new URL(url)
          expect(['http:', 'https:']).toContain(parsed.protocol)
          expect(parsed.host).not.toBe('')
        },
      ),
    )
  })

  it('accepts generated web URLs', () => {
    fc.assert(
      fc.property(fc.webUrl(), (url) => {
        expect(isHttpUrl(url)).toBe(true)
      }),
    )
  })
})

describe('safeHref and isSafeUrl agree', () => {
  it('never returns a string whose scheme differs from what was checked', () => {
    const whitespace = fc.constantFrom(
      ' ',
      '\t',
      '\n',
      '\u00a0',
      '\u1680',
      '\u2000',
      '\u200a',
      '\u2028',
      '\u2029',
      '\u202f',
      '\u205f',
      '\u3000',
      '\ufeff',
      '\u0001',
    )
    fc.assert(
      fc.property(
        fc.array(whitespace, { maxLength: 4 }),
        fc.constantFrom('javascript:x()', 'data:text/html,x', 'vbscript:x', 'https://kth.se'),
        fc.array(whitespace, { maxLength: 4 }),
        (before, url, after) => {
          const href = safeHref(before.join('') + url + after.join(''))
          if (href === undefined) return
          expect(href).toBe(url)
          expect(url.startsWith('https:')).toBe(true)
        },
      ),
    )
  })
})
