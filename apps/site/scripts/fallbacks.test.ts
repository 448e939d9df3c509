import { type ProgrammeDocument, validateProgramme } from '@kth-vs/core'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import { widgetFallbacks } from './fallbacks.js'

function sample(): ProgrammeDocument {
  const result = validateProgramme(sampleProgramme())
  if (!result.ok) throw new Error('the sample programme is invalid')
  return result.document
}

/** Runs the plugin's transform on a page, as Vite does. */
function transform(html: string): string {
  const hook = widgetFallbacks(sample()).transformIndexHtml
  if (typeof hook !== 'object' || hook === null || !('handler' in hook)) throw new Error('no handler')
  return (hook.handler as (html: string) => string)(html)
}

const page = (body: string) => `<!doctype html><html lang="sv"><body>${body}</body></html>`
const titles = (html: string) => [...html.matchAll(/<strong>([^<]*)<\/strong>/g)].map((match) => match[1])

describe('widgetFallbacks', () => {
  it('fills an empty widget with its static HTML in the page language, and leaves one with src alone', () => {
    const html = transform(
      page('<vs-principle-cards></vs-principle-cards><vs-governance src="x.json"></vs-governance>'),
    )
    expect(html).toContain('<vs-principle-cards>\n<div class="vs-fallback" lang="sv">')
    expect(html).toContain('<vs-governance src="x.json"></vs-governance>')
  })

  it('filters the timeline as the widget does: kinds, areas, days and context', () => {
    const html = transform(
      page('<vs-timeline filter-kind="milestone" as-of="2023-06-01" context></vs-timeline>'),
    )
    expect(titles(html)).toEqual(['Bakgrund', 'Start'])
    expect(html).toContain('<time datetime="2023-06-01">1 juni 2023</time>')
    const areas = transform(page('<vs-timeline filter-area="it-area" lang="en"></vs-timeline>'))
    expect(titles(areas)).toEqual(['Mapping'])
  })

  it('shows the day the widget shows: compare-to only with compare-from, and now as the older as-of', () => {
    const compared = transform(
      page('<vs-org-chart compare-from="2022-12-31" compare-to="2023-01-01"></vs-org-chart>'),
    )
    expect(compared).toContain('<p>Förändringar från 31 december 2022 till 1 januari 2023</p>')
    const alone = transform(page('<vs-org-chart compare-to="2023-01-01" as-of="2022-06-01"></vs-org-chart>'))
    expect(alone).toContain('<p>Organisationen den 1 juni 2022</p>')
    expect(transform(page('<vs-timeline now="2022-06-01"></vs-timeline>'))).toContain(
      '<time datetime="2022-06-01">1 juni 2022</time>',
    )
  })
})
