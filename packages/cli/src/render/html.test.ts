import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { clampHeadingLevel } from '@kth-vs/core'
import { SafeHtml, escapeHtml, heading, markup, link, notes, phrase, text } from './html.js'

/** The inverse of escapeHtml, for the round-trip property. */
function unescapeHtml(escaped: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" }
  return escaped.replace(/&(amp|lt|gt|quot|#39);/g, (_, name: string) => named[name]!)
}

describe('escapeHtml', () => {
  it('escapes the five characters that matter in content and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&amp;</a>`)).toBe(
      '&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;',
    )
  })

  it('leaves other text alone, non-ASCII included', () => {
    expect(escapeHtml('Ömsesidig respekt – 100 %')).toBe('Ömsesidig respekt – 100 %')
    expect(escapeHtml('')).toBe('')
  })

  it('never lets <, >, " or \' through, and unescaping gives the input back', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ unit: 'grapheme' }),
          fc.string({ unit: fc.constantFrom('<', '>', '"', "'", '&', 'a', ';', '#') }),
        ),
        (input) => {
          const escaped = escapeHtml(input)
          expect(escaped).not.toMatch(/[<>"']/)
          expect(unescapeHtml(escaped)).toBe(input)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('never leaves a bare & that could start another reference', () => {
    fc.assert(
      fc.property(fc.string(), (input) => {
        expect(escapeHtml(input).replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&')
      }),
    )
  })
})

describe('markup', () => {
  it('escapes interpolated text and numbers but keeps nested markup', () => {
    const inner = markup`<em>${'a<b'}</em>`
    expect(markup`<p title="${'"x"'}">${inner} ${42}</p>`.toString()).toBe(
      '<p title="&quot;x&quot;"><em>a&lt;b</em> 42</p>',
    )
  })

  it('joins lists one per line, skips nothing-values and drops indentation in the template', () => {
    const items = ['a', 'b'].map((x) => markup`<li>${x}</li>`)
    expect(
      markup`<ul>
        ${items}${undefined}${null}${false}
      </ul>`.toString(),
    ).toBe('<ul>\n<li>a</li>\n<li>b</li>\n</ul>')
  })

  it('cannot be made from a plain string', () => {
    const fake = Object.assign(['<script>'], { raw: ['<script>'] }) as unknown as TemplateStringsArray
    expect(() => markup(fake)).toThrow(TypeError)
    expect(() => new SafeHtml(Symbol('SafeHtml'), '<script>')).toThrow(TypeError)
  })
})

describe('helpers', () => {
  it('builds headings of levels 2–6 and clamps anything else to 3', () => {
    expect(heading(clampHeadingLevel(5), 'x').toString()).toBe('<h5>x</h5>')
    expect([1, 7, 2.5, 'x', undefined].map((level) => clampHeadingLevel(level))).toEqual([3, 3, 3, 3, 3])
  })

  it('marks a text in the other language with its own lang', () => {
    expect(text({ text: 'Benefit', lang: 'en', isFallback: false }, 'en').toString()).toBe('Benefit')
    expect(text({ text: 'Nytta <b>', lang: 'sv', isFallback: true }, 'en').toString()).toBe(
      '<span lang="sv">Nytta &lt;b&gt;</span>',
    )
    expect(
      phrase(
        [
          '<',
          { text: 'VS', lang: 'sv', isFallback: true },
          ' & ',
          { text: 'KTH', lang: 'en', isFallback: false },
        ],
        'en',
      ).toString(),
    ).toBe('&lt;<span lang="sv">VS</span> &amp; KTH')
  })

  it('links where the view found the target safe, with its language, and shows the label of others as text', () => {
    const label = { text: 'Läs', lang: 'sv', isFallback: false } as const
    expect(link({ label, href: 'https://kth.se/?a=1&b="2"', hreflang: undefined }, 'sv').toString()).toBe(
      '<a href="https://kth.se/?a=1&amp;b=&quot;2&quot;">Läs</a>',
    )
    expect(link({ label, href: 'https://kth.se/', hreflang: 'en' }, 'sv').toString()).toBe(
      '<a href="https://kth.se/" hreflang="en">Läs</a>',
    )
    expect(link({ label, href: undefined, hreflang: undefined }, 'sv').toString()).toBe('Läs')
  })

  it('puts each note behind a disclosure named for its kind', () => {
    const note = {
      id: 'n',
      label: 'Bakgrund',
      text: { text: 'Mer <i>', lang: 'sv', isFallback: false },
    } as const
    expect(notes([note], 'sv').toString()).toBe(
      '<details>\n<summary>Bakgrund</summary>\n<p>Mer &lt;i&gt;</p>\n</details>',
    )
    expect(notes([], 'sv').toString()).toBe('')
  })
})
