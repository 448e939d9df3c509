import { describe, expect, it } from 'vitest'
import { readEmbedRequest } from './widgets.js'

const policy = { pageUrl: 'https://www.kth.se/vs/embed.html', dataHosts: ["'self'", 'https://*.kth.se'] }

describe('readEmbedRequest', () => {
  it('reads the widget, language, src and the widget’s own attributes', () => {
    expect(
      readEmbedRequest('?widget=timeline&lang=en&src=/data/vs.json&view=list&zoom=quarter&bogus=1', policy),
    ).toEqual({
      tag: 'vs-timeline',
      lang: 'en',
      attributes: [
        ['lang', 'en'],
        ['src', 'https://www.kth.se/data/vs.json'],
        ['view', 'list'],
        ['zoom', 'quarter'],
      ],
    })
  })

  it('passes the timeline’s day on under its name and under its older one', () => {
    expect(readEmbedRequest('?widget=timeline&as-of=2024-06-01&now=2023-01-01', policy)).toMatchObject({
      attributes: [
        ['lang', 'sv'],
        ['as-of', '2024-06-01'],
        ['now', '2023-01-01'],
      ],
    })
  })

  it('defaults to Swedish and ignores attributes that belong to other widgets', () => {
    expect(
      readEmbedRequest('?widget=principle-cards&lang=de&as-of=2023-01-01&heading-level=4', policy),
    ).toEqual({
      tag: 'vs-principle-cards',
      lang: 'sv',
      attributes: [
        ['lang', 'sv'],
        ['heading-level', '4'],
      ],
    })
  })

  it('refuses an unknown widget and an unsafe src, in both languages', () => {
    expect(readEmbedRequest('?widget=script', policy)).toMatchObject({
      sv: expect.stringContaining('finns inte'),
    })
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'JAVASCRIPT:x']) {
      const problem = readEmbedRequest(`?widget=timeline&src=${encodeURIComponent(src)}`, policy)
      expect(problem).toMatchObject({ en: expect.stringContaining('not an allowed address') })
    }
  })

  it('accepts sources on the listed hosts, resolving relative ones against the embed page', () => {
    const cases: [string, string][] = [
      ['https://intra.kth.se/vs.json', 'https://intra.kth.se/vs.json'],
      ['vs.json', 'https://www.kth.se/vs/vs.json'],
      ['/a/b.json', 'https://www.kth.se/a/b.json'],
    ]
    for (const [src, resolved] of cases) {
      const request = readEmbedRequest(`?widget=governance&src=${encodeURIComponent(src)}`, policy)
      expect(request).toMatchObject({
        tag: 'vs-governance',
        attributes: [
          ['lang', 'sv'],
          ['src', resolved],
        ],
      })
    }
  })

  it('refuses a source on a host the deployment does not list, naming the host and the list', () => {
    for (const src of [
      'https://evil.example/vs.json',
      'http://intra.kth.se/vs.json',
      'https://kth.se.evil.example/x.json',
    ]) {
      const problem = readEmbedRequest(`?widget=timeline&src=${encodeURIComponent(src)}`, policy)
      expect(problem).toMatchObject({
        sv: expect.stringContaining(`Uppgifter från ${new URL(src).origin} visas inte här`),
        en: expect.stringContaining("only fetches from 'self', https://*.kth.se"),
      })
    }
    // With no list at all even the page's own site is refused: the deployment decides.
    expect(readEmbedRequest('?widget=timeline&src=vs.json', { ...policy, dataHosts: [] })).toMatchObject({
      en: expect.stringContaining('only fetches from –'),
    })
  })
})
