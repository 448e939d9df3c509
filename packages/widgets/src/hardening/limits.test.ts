// The limits validation sets, seen from the widgets: the deepest organisation allowed opens all the way
// in the org chart, one too deep is explained instead of overflowing the stack, and dates at the first
// and last days allowed draw in every timeline view, while a later one is explained.
import '../define.js'
import { DOCUMENT_YEARS, MAX_ORG_DEPTH, type ProgrammeDocumentInput } from '@kth-vs/core'
import { afterEach, describe, expect, it } from 'vitest'
import {
  addWidget,
  errorPaths,
  loaded,
  removeWidgets,
  watchPageErrors,
} from '@kth-vs/test-fixtures/hardening/harness'
import { benignText, textDocument } from '@kth-vs/test-fixtures/hardening/text-document'

afterEach(removeWidgets)

/** A document whose organisation is one chain of `levels` units. */
function chain(levels: number): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: { id: 'p', name: { sv: 'Programmet' }, start: '2022', end: '2026', sources: ['s'] },
    sources: [{ id: 's', url: 'https://www.kth.se/' }],
    units: Array.from({ length: levels }, (_, i) => ({
      id: `u${i}`,
      kind: i === 0 ? ('university' as const) : ('unit' as const),
      name: { sv: `Enhet ${i}` },
      ...(i > 0 ? { parent: `u${i - 1}` } : {}),
      sources: ['s'],
    })),
  }
}

describe('an organisation at the depth limit', () => {
  it(`opens all ${MAX_ORG_DEPTH} levels in the org chart`, { timeout: 30_000 }, async () => {
    const page = watchPageErrors()
    try {
      const element = addWidget('vs-org-chart', {
        data: chain(MAX_ORG_DEPTH),
        attributes: { 'expand-depth': '10000', 'as-of': '2024-01-01' },
      })
      await loaded(element, 20_000)
      const items = element.shadowRoot!.querySelectorAll('[role="treeitem"]')
      expect(items).toHaveLength(MAX_ORG_DEPTH)
      expect(items[MAX_ORG_DEPTH - 1]?.getAttribute('aria-level')).toBe(String(MAX_ORG_DEPTH))
      expect(page.errors).toEqual([])
    } finally {
      page.stop()
    }
  })

  it(
    'past it, is explained in the org chart instead of overflowing the stack',
    { timeout: 30_000 },
    async () => {
      const page = watchPageErrors()
      try {
        const element = addWidget('vs-org-chart', {
          data: chain(1_500),
          attributes: { 'expand-depth': '10000', 'as-of': '2024-01-01' },
        })
        await loaded(element, 20_000)
        expect(errorPaths(element)).toEqual([`units[${MAX_ORG_DEPTH}].parent`])
        expect(page.errors).toEqual([])
      } finally {
        page.stop()
      }
    },
  )
})

describe(`dates in the years ${DOCUMENT_YEARS.min}–${DOCUMENT_YEARS.max}`, () => {
  const edges = () => {
    const doc = textDocument(benignText)
    doc.timeline![0]!.date = `${DOCUMENT_YEARS.min}-01-01`
    // A phase that runs to the last day allowed.
    doc.timeline![1]!.end = `${DOCUMENT_YEARS.max}-12-31`
    return doc
  }

  for (const view of ['list', 'axis']) {
    it(`draw at both ends in the ${view} view`, { timeout: 30_000 }, async () => {
      const page = watchPageErrors()
      try {
        const element = addWidget('vs-timeline', { data: edges(), attributes: { view, now: '2024-01-01' } })
        await loaded(element, 20_000)
        expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull()
        const text = element.shadowRoot!.textContent ?? ''
        expect(text).toContain(String(DOCUMENT_YEARS.min))
        expect(text).toContain(String(DOCUMENT_YEARS.max))
        expect(page.errors).toEqual([])
      } finally {
        page.stop()
      }
    })
  }

  it('past them, are explained in the timeline', async () => {
    const doc = edges()
    doc.timeline![1]!.end = '9999'
    const element = addWidget('vs-timeline', { data: doc, attributes: { view: 'axis', now: '2024-01-01' } })
    await loaded(element)
    expect(errorPaths(element)).toEqual(['timeline[1].end'])
  })
})
