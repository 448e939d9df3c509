import { describe, expect, it } from 'vitest'
import { readEmbedRequest } from './widgets.js'

describe('readEmbedRequest', () => {
  it('reads the widget, language, src and the widget’s own attributes', () => {
    expect(
      readEmbedRequest('?widget=timeline&lang=en&src=/data/vs.json&view=list&zoom=quarter&bogus=1'),
    ).toEqual({
      tag: 'vs-timeline',
      lang: 'en',
      attributes: [
        ['lang', 'en'],
        ['src', '/data/vs.json'],
        ['view', 'list'],
        ['zoom', 'quarter'],
      ],
    })
  })

  it('passes the timeline’s day on under its name and under its older one', () => {
    expect(readEmbedRequest('?widget=timeline&as-of=2024-06-01&now=2023-01-01')).toMatchObject({
      attributes: [
        ['lang', 'sv'],
        ['as-of', '2024-06-01'],
        ['now', '2023-01-01'],
      ],
    })
  })

  it('defaults to Swedish and ignores attributes that belong to other widgets', () => {
    expect(readEmbedRequest('?widget=principle-cards&lang=de&as-of=2023-01-01&heading-level=4')).toEqual({
      tag: 'vs-principle-cards',
      lang: 'sv',
      attributes: [
        ['lang', 'sv'],
        ['heading-level', '4'],
      ],
    })
  })

  it('refuses an unknown widget and an unsafe src, in both languages', () => {
    expect(readEmbedRequest('?widget=script')).toMatchObject({ sv: expect.stringContaining('finns inte') })
    for (const src of ['javascript:alert(1)', 'data:application/json,{}', 'JAVASCRIPT:x']) {
      const problem = readEmbedRequest(`?widget=timeline&src=${encodeURIComponent(src)}`)
      expect(problem).toMatchObject({ en: expect.stringContaining('not an allowed address') })
    }
  })

  it('accepts absolute http(s) and relative sources', () => {
    for (const src of [
      'https://www.kth.se/vs.json',
      'http://localhost:4173/vs.json',
      'vs.json',
      '/a/b.json',
    ]) {
      expect(readEmbedRequest(`?widget=governance&src=${encodeURIComponent(src)}`)).toHaveProperty(
        'tag',
        'vs-governance',
      )
    }
  })
})
