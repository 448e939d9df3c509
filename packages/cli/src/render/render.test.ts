import {
  MAX_ORG_DEPTH,
  type ProgrammeDocument,
  type ProgrammeDocumentInput,
  validateProgramme,
} from '@kth-vs/core'
import { vsProgramme } from '@kth-vs/data'
import {
  IMG_PAYLOAD,
  SCRIPT_PAYLOAD,
  hostileProgramme,
  sampleProgramme,
  unitChain,
} from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import { FALLBACK_WIDGETS, type RenderOptions, renderFallback } from './index.js'

const ELEMENTS = new Set(
  'div section ol ul li dl dt dd p h2 h3 h4 h5 h6 table caption thead tbody tr th td time strong span a details summary q'.split(
    ' ',
  ),
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

function validated(input: ProgrammeDocumentInput = sampleProgramme()): ProgrammeDocument {
  const result = validateProgramme(input)
  if (!result.ok) throw new Error(`test document is invalid: ${JSON.stringify(result.issues, null, 2)}`)
  return result.document
}

function render(
  widget: (typeof FALLBACK_WIDGETS)[number],
  options: RenderOptions = {},
  document: ProgrammeDocument = validated(),
) {
  return renderFallback(widget, document, { today: '2024-06-01', ...options })
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
      const markup = renderFallback(widget, result.document, { today: '2024-06-01' })
      checkMarkup(markup)
      expect(markup.length).toBeGreaterThan(200)
    }
  })

  it('refuses a today that is not a day, and an unknown widget', () => {
    expect(() => render('timeline', { today: '2024-6-1' })).toThrow(RangeError)
    expect(() => renderFallback('calendar' as 'timeline', validated())).toThrow(RangeError)
  })

  it('says which attribute holds no day, as the widget does, and goes on from today', () => {
    const markup = render('org-chart', { attributes: { 'as-of': '2024-02-30' } })
    expect(markup).toContain(
      '<p>as-of: &quot;2024-02-30&quot; är inget giltigt datum; förväntat ÅÅÅÅ-MM-DD. Dagens organisation visas.</p>',
    )
    expect(markup).toContain('<p>Organisationen den 1 juni 2024</p>')
  })
})

describe('principle-cards', () => {
  it('is an ordered list of cards in order: heading, summary, and what the widget shows behind disclosures', () => {
    const markup = render('principle-cards', { headingLevel: 4 })
    const { count } = checkMarkup(markup)
    expect(count(/<ol aria-label="Vägledande principer">/)).toBe(1)
    expect(count(/<li value="\d">/)).toBe(2)
    expect(count(/<h4>/)).toBe(2)
    expect(markup).toMatch(
      /<li value="1">\n<h4>Nytta<\/h4>\n<p>Stödet ska vara till nytta.<\/p>\n<details>\n<summary>Läs mer<\/summary>/,
    )
    expect(markup).toContain('<p>Andra formuleringar i källorna: <q>verksamhetsnytta</q></p>')
    expect(markup).toContain('<summary>Källor (2)</summary>')
    expect(markup).toContain(
      '<a href="https://www.kth.se/b" hreflang="en"><span lang="en">Source two</span></a>',
    )
  })

  it('puts a note about one principle on its card and a note about several after the list', () => {
    const markup = render('principle-cards', { lang: 'en' })
    expect(markup).toMatch(
      /<summary>The sources differ<\/summary>\n<p>The sources name it differently.<\/p>\n<\/details>\n<\/li>/,
    )
    expect(markup).toMatch(
      /<\/ol>\n<details>\n<summary>The sources differ<\/summary>\n<p>The number of principles differs.<\/p>/,
    )
  })

  it('uses h3 by default, clamps a level outside 2–6 and marks a missing translation', () => {
    expect(render('principle-cards', { headingLevel: 9 })).toContain('<h3>Nytta</h3>')
    const input = sampleProgramme()
    input.principles![1]!.summary = { sv: 'Stödet är till nytta.' }
    const english = render('principle-cards', { lang: 'en', headingLevel: 2 }, validated(input))
    expect(english).toContain('<h2>Benefit</h2>')
    expect(english).toContain('<p><span lang="sv">Stödet är till nytta.</span></p>')
  })

  it('says so when there are no principles', () => {
    const document = validated({ ...sampleProgramme(), principles: [], notes: [] })
    expect(render('principle-cards', {}, document)).toContain('<p>Inga principer finns i uppgifterna.</p>')
  })
})

describe('support-areas', () => {
  it('is a list of cards by default, with missing facts in words', () => {
    const markup = render('support-areas')
    const { count } = checkMarkup(markup)
    expect(count(/<ul aria-label="Stödområden">/)).toBe(1)
    expect([...markup.matchAll(/<h3>([^<]*)<\/h3>/g)].map((match) => match[1])).toEqual([
      'IT-stöd',
      'HR-stöd',
    ])
    expect(count(/<dd>Ej angivet i källorna<\/dd>/)).toBe(4)
    expect(markup).toContain('<p>Även kallat: personalstöd</p>')
    expect(markup).toContain('<li>Personalavdelningen</li>')
    expect(markup).toContain('<summary>Källorna skiljer sig</summary>\n<p>Området har flera namn.</p>')
  })

  it('is a table with a caption, column headers and a row header per area with view table', () => {
    const markup = render('support-areas', { attributes: { view: 'table' }, lang: 'en' })
    const { count } = checkMarkup(markup)
    expect(count(/<caption>Support areas<\/caption>/)).toBe(1)
    const columns = [...markup.matchAll(/<th scope="col">([^<]*)<\/th>/g)].map((match) => match[1])
    expect(columns).toEqual(['Area', 'Current state', 'Target state', 'Priorities', 'Units'])
    expect([...markup.matchAll(/<th scope="row">([^<]*)<\/th>/g)].map((match) => match[1])).toEqual([
      'IT support',
      'HR support',
    ])
    expect(count(/<td>/)).toBe(8)
    expect(count(/<td>Not stated in the sources<\/td>/)).toBe(4)
    // The table has no room for notes, so every note follows it.
    expect(markup).toMatch(/<\/table>\n<details>\n<summary>The sources differ<\/summary>/)
  })
})

describe('governance', () => {
  it('is a description list of bodies with chair, members, purpose, tasks and relations in words', () => {
    const markup = render('governance')
    const { count } = checkMarkup(markup)
    expect(count(/<dl>/)).toBe(1)
    expect(markup).toContain('<dt><span role="heading" aria-level="3">Styrgrupp</span></dt>')
    expect(markup).toContain('<dd>Ordförande: universitetsdirektören, Kerstin Jacobsson</dd>')
    expect(markup).toContain('<li>Skolchefer: 5 (en per skola, antal uppskattat)</li>')
    expect(markup).toContain('<li>Vicerektor, Bo Berg: 1</li>')
    expect(markup).toContain('<li>Prefekter: två per skola</li>')
    expect(markup).toContain('<dd>Bildad: mars 2022</dd>')
    expect(markup).toContain('<dd>Uppgifter: <ul>\n<li>Leda programmet</li>')
    expect(markup).toContain(
      '<li>Styrgrupp ger råd till Universitetsdirektören (från mars 2022). Styrgruppen ger råd.</li>',
    )
    expect(markup).toContain('<li>Prefektråd bereder ärenden för Styrgrupp.</li>')
    expect(markup).toContain('<dd>Ledamöter: Källorna anger inte vilka ledamöterna är.</dd>')
    expect(markup).toContain('<summary>Okänt i källorna</summary>')
  })

  it('speaks English, marking what has no translation', () => {
    const markup = render('governance', { lang: 'en', headingLevel: 4 })
    expect(markup).toContain('<span role="heading" aria-level="4">Steering group</span>')
    expect(markup).toContain('<dd>Chair: University Director, Kerstin Jacobsson</dd>')
    expect(markup).toContain('<li>Heads of school: 5 (one per school, number estimated)</li>')
    expect(markup).toContain('<li>Heads of department: <span lang="sv">två per skola</span></li>')
    expect(markup).toContain(
      '<li>Steering group advises University Director (from March 2022). The steering group gives advice.</li>',
    )
  })
})

describe('timeline', () => {
  it('gives the progress, then the years with their items in date order and today among them', () => {
    const markup = render('timeline')
    const { count } = checkMarkup(markup)
    expect(markup).toContain('<p>Programmet pågår, 49 % av tiden har gått (slutar 30 september 2026)</p>')
    expect([...markup.matchAll(/<h3>(\d{4})<\/h3>/g)].map((match) => match[1])).toEqual([
      '2022',
      '2023',
      '2024',
    ])
    expect(count(/<li>\n<p><time/)).toBe(6)
    expect(markup).toContain('<p><time datetime="2022-06-14">14 juni 2022</time> Beslut Genomförd</p>')
    expect(markup).toContain('<p><time datetime="2024-06">juni 2024–mars 2025</time> Period Pågår</p>')
    expect(markup).toContain('<p><time datetime="2024">2024</time> (publiceringsdatum) Period Pågår</p>')
    expect(markup).toContain('<dt>Stödområden</dt>\n<dd>HR-stöd</dd>')
    expect(markup).toContain('<li><a href="https://www.kth.se/c">https://www.kth.se/c</a></li>')
    expect(markup).toMatch(
      /Utveckling[^]*<li>I dag: <time datetime="2024-06-01">1 juni 2024<\/time><\/li>\n<\/ol>/,
    )
    expect(markup).not.toContain('Bakgrund')
  })

  it('says that no source confirms the outcome of a passed target rather than calling it done', () => {
    const result = validateProgramme(vsProgramme)
    if (!result.ok) throw new Error('the VS data is invalid')
    for (const [lang, words] of [
      ['sv', 'Ingen källa bekräftar utfallet'],
      ['en', 'No source confirms the outcome'],
    ] as const) {
      const markup = renderFallback('timeline', result.document, { lang, today: '2026-12-02' })
      // E36, the target for September 2026, and E27, premises completed, have no confirmed outcome.
      expect(markup).toMatch(new RegExp(`<time datetime="2026-09">[^<]*</time> [^<]* ${words}</p>`))
      expect(markup).toMatch(new RegExp(`<time datetime="2025-08">[^<]*</time> [^<]* ${words}</p>`))
    }
  })

  it('follows the widget’s attributes: the day, its older name, the filters and context events', () => {
    const markup = render('timeline', {
      attributes: { context: true, 'as-of': '2023-01-15' },
      headingLevel: 2,
      lang: 'en',
    })
    checkMarkup(markup)
    expect(markup).toContain('<h2>2019</h2>')
    expect(markup).toContain(
      '<p><time datetime="2019-01-01">1 January 2019</time> Milestone (background) Done</p>',
    )
    expect(markup).toContain('<p><time datetime="2023-01">January 2023</time> Milestone Ongoing</p>')
    expect(markup).not.toMatch(/<h3>/)
    expect(render('timeline', { attributes: { now: '2023-01-15' } })).toContain(
      '<time datetime="2023-01-15">',
    )
    const filtered = render('timeline', {
      attributes: { 'filter-kind': 'phase period', 'filter-area': 'hr', from: '2022-07-01' },
    })
    expect([...filtered.matchAll(/<strong>([^<]*)<\/strong>/g)].map((match) => match[1])).toEqual([
      'Förberedelser',
    ])
    expect(render('timeline', { attributes: { 'filter-kind': 'decision', from: '2025-01-01' } })).toContain(
      '<p>Inga händelser matchar urvalet.</p>',
    )
  })
})

describe('org-chart', () => {
  it('nests the units valid on the day, following moves, every unit open', () => {
    const before = render('org-chart', { attributes: { 'as-of': '2022-12-31' } })
    checkMarkup(before)
    expect(before).toContain('<p>Organisationen den 31 december 2022</p>')
    expect(before).toMatch(/<li>GVS\n<ul>\n<li>IT-avdelningen <span aria-hidden="true">⇄<\/span><\/li>/)
    expect(before).not.toMatch(/<li>VS/)

    const after = render('org-chart', { lang: 'en', attributes: { 'as-of': '2023-01-01' } })
    const { count } = checkMarkup(after)
    expect(after).toMatch(/<li><span lang="sv">VS<\/span>\n<ul>\n<li>IT Department/)
    expect(after).not.toContain('GVS')
    expect(count(/<ul/)).toBe(4)
    expect(count(/<li>/)).toBe(5)
  })

  it('marks what changed between compare-from and compare-to, with the key and the removed units', () => {
    const markup = render('org-chart', {
      attributes: { 'compare-from': '2022-12-31', 'compare-to': '2023-01-01' },
    })
    checkMarkup(markup)
    expect(markup).toContain('<p>Förändringar från 31 december 2022 till 1 januari 2023</p>')
    expect(markup).toContain(
      '<dt>flyttad</dt>\n<dd>har en annan överordnad enhet än den 31 december 2022</dd>',
    )
    expect(markup).toContain('<li>VS <span>ny</span>')
    expect(markup).toContain('<li>IT-avdelningen <span>flyttad (tidigare under GVS)</span>')
    expect(markup).toContain(
      '<h3>Borttagna enheter</h3>\n<ul>\n<li>borttagen GVS (tidigare under Universitetsdirektören)</li>',
    )
  })

  it('shows one branch with root, and defaults the day to today', () => {
    const branch = render('org-chart', { attributes: { root: 'vs' } })
    expect(branch).toMatch(/<ul aria-label="Organisation">\n<li>VS\n<ul>\n<li>IT-avdelningen/)
    expect(render('org-chart', { today: '2022-06-01' })).toContain('<p>Organisationen den 1 juni 2022</p>')
  })

  it('renders a chain as deep as validation allows', () => {
    const { count } = checkMarkup(render('org-chart', {}, validated(unitChain(MAX_ORG_DEPTH))))
    expect(count(/<li>/)).toBe(MAX_ORG_DEPTH)
  })
})

describe('hostile data', () => {
  const document = validated(hostileProgramme())

  it.each(FALLBACK_WIDGETS)('%s shows payloads only as escaped text', (widget) => {
    for (const lang of ['sv', 'en'] as const) {
      const markup = renderFallback(widget, document, {
        lang,
        today: '2024-06-01',
        attributes: { 'compare-from': '2022-12-31', 'compare-to': '2023-06-01', context: true },
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
    const markup = renderFallback('timeline', document, { today: '2024-06-01' })
    expect(markup).toContain(
      '<a href="https://example.org/?q=&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;">javascript:alert(1) &quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;</a>',
    )
  })

  it('shows a link that slipped past validation with an unsafe target as plain text', () => {
    const unchecked = validated()
    const item = unchecked.timeline.find((entry) => entry.id === 'T4')!
    item.links = [
      { label: { sv: 'Klicka <b>här</b>' }, url: 'javascript:alert(1)' },
      { label: { sv: 'Data' }, url: ' data:text/html,<script>alert(1)</script>' },
    ]
    const markup = renderFallback('timeline', unchecked, { today: '2024-06-01' })
    checkMarkup(markup)
    expect(markup).not.toMatch(/href="[^h]/)
    expect(markup).toContain('<li>Klicka &lt;b&gt;här&lt;/b&gt;</li>')
    expect(markup).toContain('<li>Data</li>')
  })
})

describe('programme', () => {
  it('gives the name, status and period, facts and notes, then the directive, decisions, bodies, sub-projects and page', () => {
    const markup = render('programme', { today: '2026-12-02', headingLevel: 2 })
    checkMarkup(markup)
    expect(markup).toContain(
      '<h2>Programmet</h2>\n<p>Avslutat 30 september 2026: programmet pågick mars 2022 – 30 september 2026.</p>',
    )
    expect(markup).toContain('<div><dt>Leddes av:</dt><dd>universitetsdirektören</dd></div>')
    expect(markup).toContain('<summary>Källorna skiljer sig</summary>\n<p>Slutet anges olika.</p>')
    expect([...markup.matchAll(/<h3>([^<]*)<\/h3>/g)].map((match) => match[1])).toEqual([
      'Programdirektivet',
      'Beslut',
      'Programorganisationen',
      'Delprojekt',
      'Om sidan',
    ])
    expect(markup).toContain(
      '<li value="1">Fem nya avdelningar skulle bildas.</li>\n<li value="2">Arbetet skulle pågå till 2026.</li>',
    )
    expect(markup).toContain('<div><dt>Diarienummer:</dt><dd>V-2022-0218</dd></div>')
    expect(markup).toContain(
      '<h4>Direktivet</h4>\n<p><time datetime="2022-06-14">14 juni 2022</time></p>\n<p>Rektor gav direktivet.</p>',
    )
    expect(markup).toContain(
      '<p>Bygge <time datetime="2024-04">april 2024–september 2025</time> Ingen källa bekräftar utfallet</p>\n<p>Aktiviteter: Ritningar, Flytt</p>',
    )
    expect(markup).toContain('<p><a href="https://intra.kth.se/a">Programsidan</a></p>')
    expect(markup).toContain('<div><dt>Innehållsansvarig:</dt><dd>Anna Redaktör</dd></div>')
  })

  it('speaks English, follows as-of and renders the default dataset', () => {
    const markup = render('programme', { lang: 'en', attributes: { 'as-of': '2024-06-01' } })
    expect(markup).toContain('<p>Running: the programme runs March 2022 – 30 September 2026.</p>')
    expect(markup).toContain('<li value="1"><span lang="sv">Fem nya avdelningar skulle bildas.</span></li>')
    const result = validateProgramme(vsProgramme)
    if (!result.ok) throw new Error('the VS data is invalid')
    const vs = renderFallback('programme', result.document, { lang: 'en', today: '2026-12-02' })
    checkMarkup(vs)
    expect(vs).toContain('Led by:')
    expect(vs.match(/<li value="\d">/g)?.length).toBeGreaterThanOrEqual(6)
  })
})
