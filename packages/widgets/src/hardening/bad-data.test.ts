// Bad data: malformed documents of every kind, each mounted in one of the six widgets beside a sibling
// widget with valid data. The widget must show the error panel with the issue's path and fire
// `vs-error`; nothing may throw on the page; the sibling must go on working.
import '../define.js'
import { afterEach, describe, expect, it } from 'vitest'
import { BAD_DOCUMENTS, type BadDocument } from '@kth-vs/test-fixtures/hardening/bad-documents'
import {
  FULL_VIEW,
  WIDGET_TAGS,
  type WidgetTag,
  addWidget,
  clickResponds,
  errorEvents,
  errorPaths,
  loaded,
  removeWidgets,
  sleep,
  watchPageErrors,
} from '@kth-vs/test-fixtures/hardening/harness'
import { benignText, textDocument } from '@kth-vs/test-fixtures/hardening/text-document'

afterEach(removeWidgets)

describe('the bad-data corpus', () => {
  it('holds at least 50 documents with distinct names', () => {
    expect(BAD_DOCUMENTS.length).toBeGreaterThanOrEqual(50)
    expect(new Set(BAD_DOCUMENTS.map((bad) => bad.name)).size).toBe(BAD_DOCUMENTS.length)
  })
})

describe('a widget with bad data beside a sibling with good data', () => {
  it.each(BAD_DOCUMENTS.map((bad, i) => [bad.name, bad, i] as const))(
    '%s',
    { timeout: 8000 },
    async (_name, bad: BadDocument, i) => {
      const tag = WIDGET_TAGS[i % WIDGET_TAGS.length] as WidgetTag
      const siblingTag = WIDGET_TAGS[(i + 1) % WIDGET_TAGS.length] as WidgetTag
      const page = watchPageErrors()
      const events = errorEvents()
      try {
        const sibling = addWidget(siblingTag, {
          data: textDocument(benignText),
          attributes: FULL_VIEW[siblingTag],
        })
        const element = addWidget(tag, { ...bad.input(), on: { 'vs-error': events.listener } })
        await loaded(element, 6000)
        await loaded(sibling)

        expect(
          element.shadowRoot!.querySelector('[role="alert"]'),
          `${tag} shows the error panel`,
        ).not.toBeNull()
        expect(errorPaths(element)).toContain(bad.path)
        expect(events.details).toHaveLength(1)
        const issues = events.details[0]!.issues
        expect(issues.map((found) => `${found.pathText} ${found.code}`)).toContain(`${bad.path} ${bad.code}`)
        // Messages quote values cut short: no 5 MB message in the panel.
        expect(element.shadowRoot!.querySelector('[role="alert"]')!.textContent!.length).toBeLessThan(50_000)

        expect(sibling.shadowRoot!.querySelector('[role="alert"]'), `${siblingTag} shows no error`).toBeNull()
        expect(sibling.shadowRoot!.textContent).toContain('benign‹')
        expect(await clickResponds(sibling), `${siblingTag} answers a click`).toBe(true)

        await sleep(0)
        expect(page.errors).toEqual([])
      } finally {
        page.stop()
      }
    },
  )
})
