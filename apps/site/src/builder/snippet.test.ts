import { describe, expect, it } from 'vitest'
import {
  type SnippetRequest,
  assetUrl,
  embedUrl,
  escapeAttribute,
  iframeSnippet,
  jsonForScript,
  readRelease,
  scriptSnippet,
} from './snippet.js'

const release = {
  version: '1.2.3',
  integrity: { 'kth-vs.js': 'sha384-AAAA+/0=', 'kth-vs-embed.js': 'sha384-BBBB' },
}

const base: SnippetRequest = {
  widget: 'timeline',
  lang: 'sv',
  attributes: [],
  data: { kind: 'builtin' },
  baseUrl: 'https://www.kth.se/vs-kit/',
  title: 'Tidslinje: VS-programmet på KTH',
}

describe('escapeAttribute', () => {
  it('escapes what could end or break out of a quoted attribute', () => {
    expect(escapeAttribute('a "b" <c> & d')).toBe('a &quot;b&quot; &lt;c&gt; &amp; d')
    expect(escapeAttribute("it's")).toBe("it's")
  })
})

describe('jsonForScript', () => {
  it('writes every < as \\u003c, so the data cannot close its script block', () => {
    const value = { text: '</script><script>alert(1)</script><!--' }
    const json = jsonForScript(value)
    expect(json).not.toContain('<')
    expect(json).toContain('\\u003c/script>')
    expect(JSON.parse(json)).toEqual(value)
  })
})

describe('assetUrl', () => {
  it('treats the base as a folder, with or without its final slash', () => {
    expect(assetUrl('https://www.kth.se/vs-kit', 'kth-vs.js')).toBe('https://www.kth.se/vs-kit/kth-vs.js')
    expect(assetUrl('https://www.kth.se/vs-kit/', 'kth-vs.js')).toBe('https://www.kth.se/vs-kit/kth-vs.js')
    expect(assetUrl(' http://localhost:4173 ', 'embed.html')).toBe('http://localhost:4173/embed.html')
    expect(assetUrl('https://x.kth.se/a/?q=1#h', 'kth-vs.js')).toBe('https://x.kth.se/a/kth-vs.js')
  })

  it('refuses anything but an absolute http(s) URL', () => {
    expect(assetUrl('', 'kth-vs.js')).toBeUndefined()
    expect(assetUrl('www.kth.se', 'kth-vs.js')).toBeUndefined()
    expect(assetUrl('javascript:alert(1)//', 'kth-vs.js')).toBeUndefined()
    expect(assetUrl('https://', 'kth-vs.js')).toBeUndefined()
  })
})

describe('scriptSnippet', () => {
  it('writes the CDN script and the element with its language, for the built-in data', () => {
    expect(scriptSnippet(base)).toBe(
      [
        '<script type="module" src="https://www.kth.se/vs-kit/kth-vs.js"></script>',
        '<vs-timeline lang="sv"></vs-timeline>',
      ].join('\n'),
    )
  })

  it('writes attributes in order, booleans bare, values escaped', () => {
    const snippet = scriptSnippet({
      ...base,
      widget: 'org-chart',
      lang: 'en',
      attributes: [
        ['as-of', '2023-01-01'],
        ['root', 'a"><script>'],
        ['search', ''],
      ],
    })
    expect(snippet).toContain(
      '<vs-org-chart lang="en" as-of="2023-01-01" root="a&quot;&gt;&lt;script&gt;" search>',
    )
  })

  it('drops an attribute name that is not a plain name', () => {
    const snippet = scriptSnippet({
      ...base,
      attributes: [
        ['onload="x"', '1'],
        ['view', 'list'],
      ],
    })
    expect(snippet).toContain('<vs-timeline lang="sv" view="list">')
  })

  it('puts own data in an inline JSON block that a </script> in the data cannot end', () => {
    const value = { schemaVersion: 1, note: 'a </script> b' }
    const snippet = scriptSnippet({ ...base, data: { kind: 'own', value } }) as string
    expect(snippet.split('\n')).toEqual([
      '<script type="module" src="https://www.kth.se/vs-kit/kth-vs.js"></script>',
      '<vs-timeline lang="sv">',
      '  <script type="application/json">',
      '    {',
      '      "schemaVersion": 1,',
      '      "note": "a \\u003c/script> b"',
      '    }',
      '  </script>',
      '</vs-timeline>',
    ])
    // One closing tag for the JSON block, one for the CDN script: the data added none.
    expect(snippet.match(/<\/script>/g)).toHaveLength(2)
    const block = /<script type="application\/json">\n([\s\S]*?)\n {2}<\/script>/.exec(snippet)?.[1]
    expect(JSON.parse(block ?? '')).toEqual(value)
  })

  it('gives no snippet without a usable base URL', () => {
    expect(scriptSnippet({ ...base, baseUrl: 'kth.se' })).toBeUndefined()
  })

  it('loads the known release from its version folder with its SRI hash, fetched with CORS', () => {
    expect(scriptSnippet({ ...base, release })?.split('\n')[0]).toBe(
      '<script type="module" src="https://www.kth.se/vs-kit/1.2.3/kth-vs.js" integrity="sha384-AAAA+/0=" crossorigin="anonymous"></script>',
    )
  })
})

describe('readRelease', () => {
  it('reads a version and two SRI hashes', () => {
    expect(readRelease(JSON.parse(JSON.stringify(release)))).toEqual(release)
  })

  it('refuses anything that could put other text into the snippet', () => {
    const bad = [
      null,
      [],
      { ...release, version: '1.2.3/../x' },
      { ...release, version: '"><script>' },
      { ...release, integrity: { ...release.integrity, 'kth-vs.js': 'sha1-AAAA' } },
      { ...release, integrity: { ...release.integrity, 'kth-vs-embed.js': 'sha384-A" onload="x' } },
      { version: '1.2.3' },
    ]
    for (const value of bad) expect(readRelease(value), JSON.stringify(value)).toBeUndefined()
  })
})

describe('iframeSnippet', () => {
  it('writes the iframe with the widget, language and options in its URL, and the host script', () => {
    const snippet = iframeSnippet({
      ...base,
      attributes: [
        ['view', 'list'],
        ['filter-kind', 'decision milestone'],
        ['context', ''],
        ['sync', 'vs'],
      ],
    })
    expect(snippet).toBe(
      [
        '<iframe src="https://www.kth.se/vs-kit/embed.html?widget=timeline&amp;lang=sv&amp;view=list&amp;filter-kind=decision+milestone&amp;context=" title="Tidslinje: VS-programmet på KTH" width="100%" height="480" loading="lazy"></iframe>',
        '<script src="https://www.kth.se/vs-kit/kth-vs-embed.js" async></script>',
      ].join('\n'),
    )
  })

  it('pins the host script to the release too', () => {
    const snippet = iframeSnippet({ ...base, release })
    expect(typeof snippet === 'string' && snippet.split('\n')[1]).toBe(
      '<script src="https://www.kth.se/vs-kit/1.2.3/kth-vs-embed.js" integrity="sha384-BBBB" crossorigin="anonymous" async></script>',
    )
  })

  it('passes the published data file as src, encoded', () => {
    const url = embedUrl({
      ...base,
      data: { kind: 'own', value: {}, url: 'https://www.kth.se/files/data.json?v=2&x=1' },
    })
    expect(typeof url).toBe('string')
    const params = new URL(url).searchParams
    expect(params.get('src')).toBe('https://www.kth.se/files/data.json?v=2&x=1')
    expect(params.get('widget')).toBe('timeline')
  })

  it('needs a published URL for own data, and a base URL', () => {
    expect(iframeSnippet({ ...base, data: { kind: 'own', value: {} } })).toBe('data-url')
    expect(iframeSnippet({ ...base, data: { kind: 'own', value: {}, url: 'data.json' } })).toBe('data-url')
    expect(iframeSnippet({ ...base, baseUrl: '' })).toBe('base-url')
  })

  it('escapes the title', () => {
    expect(iframeSnippet({ ...base, title: 'A "quoted" <title>' })).toContain(
      'title="A &quot;quoted&quot; &lt;title&gt;"',
    )
  })
})
