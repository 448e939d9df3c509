import { type ProgrammeDocument, validateProgramme } from '@kth-vs/core'
import { vsProgramme } from '@kth-vs/data'
import { describe, expect, it } from 'vitest'
import { IMG_PAYLOAD, SCRIPT_PAYLOAD, hostileInput, sampleDocument, validated } from '../test-documents.js'
import { FALLBACK_WIDGETS, type RenderOptions, renderFallback } from './index.js'

const ELEMENTS = new Set(
  'div ol ul li dl dt dd p h2 h3 h4 h5 h6 table caption thead tbody tr th td time strong span a'.split(' '),
)

/**
 * Checks that markup is a balanced tree of the elements the renderers may use, with quoted attributes
 * only, and returns how often each opening tag (with its attributes) occurs.
 */
function checkMarkup(markup: string): { count: (pattern: RegExp) => number } {
  const stack: string[] = []
  for (const [, close, name = '', attributes = ''] of markup.matchAll(/<(\/?)([a-z0-9]+)([^>]*)>/g)) {
    expect(ELEMENTS, `unexpected <${name}>`).toContain(name)
    if (close) {
      expect(stack.pop(), `</${name}> closes another element`).toBe(name)
    } else {
      expect(attributes).toMatch(/^(?:\s[a-z-]+="[^"<>]*")*$/)
      stack.push(name)
    }
  }
  expect(stack).toEqual([])
  // Nothing that looks like a tag is left over, such as a stray < from data.
  expect(markup.replace(/<\/?[a-z0-9]+(?:\s[a-z-]+="[^"<>]*")*>/g, '')).not.toMatch(/[<>]/)
  return { count: (pattern) => markup.match(new RegExp(pattern, 'g'))?.length ?? 0 }
}

function render(
  widget: (typeof FALLBACK_WIDGETS)[number],
  options: RenderOptions = {},
  document?: ProgrammeDocument,
) {
  return renderFallback(widget, document ?? sampleDocument(), { now: '2024-06-01', ...options })
}

describe('renderFallback', () => {
  it.each(FALLBACK_WIDGETS)(
    'wraps %s in a vs-fallback div in the requested language, without scripts or styles',
    (widget) => {
      for (const lang of ['sv', 'en'] as const) {
        const markup = render(widget, { lang })
        expect(markup.startsWith(`<div class="vs-fallback" lang="${lang}">\n`)).toBe(true)
        expect(markup.endsWith('</div>\n')).toBe(true)
        checkMarkup(markup)
        expect(markup).not.toMatch(/<script|<style|\sstyle=|\son[a-z]+=/i)
        expect(markup).not.toMatch(/\n\s*\n/)
      }
    },
  )

  it('renders the default dataset for every widget', () => {
    const result = validateProgramme(vsProgramme)
    expect(result.ok).toBe(true)
    if (!result.ok) return
    for (const widget of FALLBACK_WIDGETS) {
      const markup = renderFallback(widget, result.document, { now: '2024-06-01' })
      checkMarkup(markup)
      expect(markup.length).toBeGreaterThan(200)
    }
  })

  it('refuses an invalid day and an unknown widget', () => {
    expect(() => render('timeline', { now: '2024-6-1' })).toThrow(RangeError)
    expect(() => render('org-chart', { asOf: '2024-02-30' })).toThrow(RangeError)
    expect(() => renderFallback('calendar' as 'timeline', sampleDocument())).toThrow(RangeError)
  })
})

describe('principle-cards', () => {
  it('is an ordered list of principles in order, with headings at the requested level', () => {
    const markup = render('principle-cards', { headingLevel: 4 })
    const { count } = checkMarkup(markup)
    expect(count(/<ol aria-label="Vägledande principer">/)).toBe(1)
    expect(count(/<li value="\d">/)).toBe(2)
    expect(count(/<h4>/)).toBe(2)
    expect(markup).toMatch(
      /<li value="1">\n<h4>Nytta<\/h4>\n<p>Stödet är till nytta.<\/p>\n<\/li>\n<li value="2">/,
    )
  })

  it('uses h3 by default, clamps a level outside 2–6 and marks a missing translation', () => {
    expect(render('principle-cards', { headingLevel: 9 })).toContain('<h3>Nytta</h3>')
    const english = render('principle-cards', { lang: 'en', headingLevel: 2 })
    expect(english).toContain('<h2>Benefit</h2>')
    expect(english).toContain('<p><span lang="sv">Stödet är till nytta.</span></p>')
  })

  it('says so when there are no principles', () => {
    const document = { ...sampleDocument(), principles: [] }
    expect(render('principle-cards', {}, document)).toContain('<p>Inga principer finns i uppgifterna.</p>')
  })
})

describe('notes', () => {
  it('carries the notes on principles, areas and bodies that the widgets show', () => {
    const doc = sampleDocument()
    const withNotes: ProgrammeDocument = {
      ...doc,
      notes: [
        {
          id: 'n-p',
          kind: 'disagreement',
          about: [doc.principles[0]!.id],
          text: { sv: 'Källorna räknar olika.', en: 'The sources count differently.' },
          sources: [doc.sources[0]!.id],
        },
      ],
    }
    expect(render('principle-cards', { lang: 'en' }, withNotes)).toContain(
      '<li><strong>The sources differ:</strong> The sources count differently.</li>',
    )
    expect(render('support-areas', { lang: 'en' }, withNotes)).not.toContain('vs-notes')
  })
})

describe('support-areas', () => {
  it('is a table with a caption, column headers, one row header per area and missing cells in words', () => {
    const markup = render('support-areas')
    const { count } = checkMarkup(markup)
    expect(count(/<caption>Stödområden<\/caption>/)).toBe(1)
    const columns = [...markup.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((match) => match[1])
    expect(columns).toEqual(['Område', 'Nuläge', 'Nyläge', 'Prioriteringar', 'Enheter'])
    expect([...markup.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1])).toEqual([
      'HR-stöd',
      'IT-stöd',
    ])
    expect(count(/<tr>/)).toBe(3)
    expect(count(/<td>/)).toBe(8)
    expect(count(/<li>/)).toBe(3)
    expect(markup).toContain('<li>IT-avdelningen</li>')
    expect(count(/<td>Ej angivet i källorna<\/td>/)).toBe(4)
  })

  it('speaks English', () => {
    const markup = render('support-areas', { lang: 'en' })
    expect(markup).toContain('<caption>Support areas</caption>')
    expect(markup).toContain('<th scope="col">Current state</th>')
    expect(markup).toContain('<td>Not stated in the sources</td>')
    expect(markup).toContain('<li>IT Department</li>')
  })
})

describe('governance', () => {
  it('is a description list of bodies with chair, members with counts and relations in words', () => {
    const markup = render('governance')
    const { count } = checkMarkup(markup)
    expect(count(/<dl>/)).toBe(3)
    expect(markup).toContain('<dt>Styrgrupp</dt>')
    expect(markup).toContain('<dd>universitetsdirektören, Anna Andersson</dd>')
    expect(markup).toContain('<li>Skolchefer: 5 (en per skola, antal uppskattat)</li>')
    expect(markup).toContain('<li>Vicerektor, Bo Berg: 1</li>')
    expect(markup).toContain('<li>Prefekter: två per skola</li>')
    expect(markup).toContain('<li>Styrgrupp ger råd till Universitetsdirektören (från mars 2022).</li>')
    expect(markup).toContain('<li>Råd bereder ärenden för Styrgrupp.</li>')
    expect(markup).toContain('Källorna anger inte vilka ledamöterna är.')
    expect(count(/<li>/)).toBe(3 + 2 + 1)
  })

  it('speaks English', () => {
    const markup = render('governance', { lang: 'en' })
    expect(markup).toContain('<dt>Chair</dt>')
    expect(markup).toContain('<li>Heads of school: 5 (one per school, number estimated)</li>')
    expect(markup).toContain('<li>Steering group advises University Director (from March 2022).</li>')
  })
})

describe('timeline', () => {
  it('groups events by year under headings, with dates at their precision and status against now', () => {
    const markup = render('timeline')
    const { count } = checkMarkup(markup)
    expect([...markup.matchAll(/<h3>(\d{4})<\/h3>/g)].map((match) => match[1])).toEqual([
      '2022',
      '2023',
      '2024',
      '2026',
    ])
    // Four years, five events, one link.
    expect(count(/<li>/)).toBe(4 + 5 + 1)
    expect(markup).toContain('<time datetime="2022-06-14">14 juni 2022</time>: <strong>Direktiv</strong>')
    expect(markup).toContain(
      '<time datetime="2022">våren 2022</time> – <time datetime="2022">hösten 2022</time>: <strong>Kartläggning</strong>',
    )
    expect(markup).toContain('<time datetime="2024">kvartal 2 2024</time> (publiceringsdatum)')
    expect(markup).toContain('<p>Beslut. Status: Genomförd.</p>')
    expect(markup).toContain('<p>Period. Status: Pågår.</p>')
    expect(markup).toContain('<p>Milstolpe. Status: Kommande.</p>')
    expect(markup).toContain('<li><a href="https://intra.kth.se/vs">Läs mer</a></li>')
    expect(markup).not.toContain('Översyn')
  })

  it('includes context events when asked, and uses the requested heading level and language', () => {
    const markup = render('timeline', {
      includeContext: true,
      headingLevel: 2,
      lang: 'en',
      now: '2023-01-01',
    })
    checkMarkup(markup)
    expect(markup).toContain('<h2>2017</h2>')
    expect(markup).toContain('<p>Decision (background). Status: Done.</p>')
    expect(markup).toContain(
      '<time datetime="2023-01-01">1 January 2023</time>: <strong>VS is formed</strong>',
    )
    expect(markup).toContain('<p>Milestone. Status: Ongoing.</p>')
    expect(markup).not.toMatch(/<h3>/)
  })
})

describe('org-chart', () => {
  it('nests the units valid on the day, following moves', () => {
    const before = render('org-chart', { asOf: '2022-12-31' })
    checkMarkup(before)
    expect(before).toContain('<p>Organisationen den <time datetime="2022-12-31">31 december 2022</time>.</p>')
    expect(before).toMatch(/GVS\n<ul>\n<li>IT-avdelningen<\/li>/)
    expect(before).not.toMatch(/\nVS\n/)

    const after = render('org-chart', { lang: 'en', asOf: '2023-01-01' })
    const { count } = checkMarkup(after)
    expect(after).toMatch(/<span lang="sv">VS<\/span>\n<ul>\n<li>IT Department<\/li>/)
    expect(after).not.toContain('GVS')
    expect(count(/<ul/)).toBe(4)
    expect(count(/<li>/)).toBe(4)
  })

  it('defaults the day to now', () => {
    expect(render('org-chart', { now: '2022-06-01' })).toContain('<time datetime="2022-06-01">')
  })
})

describe('hostile data', () => {
  const document = validated(hostileInput())

  it.each(FALLBACK_WIDGETS)('%s shows payloads only as escaped text', (widget) => {
    for (const lang of ['sv', 'en'] as const) {
      const markup = renderFallback(widget, document, {
        lang,
        now: '2024-06-01',
        asOf: '2023-06-01',
        includeContext: true,
      })
      checkMarkup(markup)
      expect(markup).not.toContain(IMG_PAYLOAD)
      expect(markup).not.toContain(SCRIPT_PAYLOAD)
      // checkMarkup allows only the renderers' own elements and attributes, so no handler got in either.
      expect(markup).not.toMatch(/<img|<script|href="javascript/i)
      expect(markup).toContain('&lt;img src=x onerror=alert(1)&gt;')
      if (lang === 'sv') expect(markup).toContain('&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;')
    }
  })

  it('keeps a link target inside its attribute and a javascript: label as text', () => {
    const markup = renderFallback('timeline', document, { now: '2024-06-01' })
    expect(markup).toContain(
      '<a href="https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">javascript:alert(1) &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>',
    )
  })

  it('shows a link that slipped past validation with an unsafe target as plain text', () => {
    const unchecked = sampleDocument()
    const item = unchecked.timeline.find((entry) => entry.id === 't2')!
    item.links = [
      { label: { sv: 'Klicka <b>här</b>' }, url: 'javascript:alert(1)' },
      { label: { sv: 'Data' }, url: ' data:text/html,<script>alert(1)</script>' },
    ]
    const markup = renderFallback('timeline', unchecked, { now: '2024-06-01' })
    checkMarkup(markup)
    expect(markup).not.toMatch(/<a |href=/)
    expect(markup).toContain('<li>Klicka &lt;b&gt;här&lt;/b&gt;</li>')
    expect(markup).toContain('<li>Data</li>')
  })
})
