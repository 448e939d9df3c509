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
    '../styrning/vs#E07',
    '%2F%2Fevil.example',
    '/%5Cevil.example',
    'mailto:vs@kth.se?subject=VS',
    'http:\\\\kth.se\\x',
  ])('allows %s', (url) => expect(isSafeUrl(url)).toBe(true))

  // Each of these names no scheme (or names one ambiguously), yet a browser takes it to another site.
  it.each([
    '//evil.example/x',
    '\\\\evil.example',
    '/\\evil.example',
    '\\/evil.example',
    ' //evil.example',
    '/\t/evil.example',
    '\t//evil.example',
    '/\n/evil.example',
    '\\\t\\evil.example',
    'https:evil.example',
    'http:evil.example',
    'HTTPS:evil.example/path',
    'https:/evil.example',
    'http:\\evil.example',
    '///evil.example',
    '\u00a0//evil.example',
  ])('refuses %j, which looks relative but leaves the site', (url) => expect(isSafeUrl(url)).toBe(false))

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
    'http://',
    'https://kth.se:99999/',
    '',
    '   ',
  ])('refuses %j', (url) => expect(isSafeUrl(url)).toBe(false))

  it('lets through only what a browser resolves to http(s) or mailto, and relative links only on the site', () => {
    // Strings made of the characters that change how a link is read, with real schemes and hosts.
    const piece = fc.constantFrom(
      '/',
      '\\',
      ':',
      '//',
      '\\\\',
      '\t',
      '\n',
      '\r',
      ' ',
      '\u00a0',
      '%2F',
      '%5C',
      '%2e',
      '.',
      '..',
      '@',
      '?',
      '#',
      'http',
      'https',
      'HTTPS',
      'mailto',
      'javascript',
      'data',
      'evil.example',
      'kth.se',
      'x',
    )
    const pages = ['https://www.kth.se/om/vs/', 'http://intra.kth.se/a/b.html', 'https://localhost:8443/x']
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 8 }).map((pieces) => pieces.join('')),
        (url) => {
          if (!isSafeUrl(url)) return
          const namesScheme = /^[a-z][a-z\d+.-]*:/i.test(url.replace(/[\t\n\r]/g, '').trim())
          for (const page of pages) {
            const resolved = new URL(url, page)
            expect(['http:', 'https:', 'mailto:']).toContain(resolved.protocol)
            if (!namesScheme) expect(resolved.origin).toBe(new URL(page).origin)
          }
        },
      ),
      { numRuns: 5000 },
    )
  })

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
