// The built Storybook, as `pnpm start` serves it at /storybook/: every story and every docs page must
// show its widgets rendered. Storybook's own tests run the stories in development mode; this is the
// production build that readers get.
import { type Browser, type Page, chromium } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../tooling/chromium.js'
import { SETTLE_TIMEOUT_MS, watchedPage } from './browser.js'

const storybookUrl = `${inject('kitUrl')}/storybook`

interface IndexEntry {
  id: string
  type: 'story' | 'docs'
  title: string
  importPath: string
}

// Read when the tests are collected, so each story and docs page is a test of its own.
const index = (await (await fetch(`${storybookUrl}/index.json`)).json()) as {
  entries: Record<string, IndexEntry>
}
const entries = Object.values(index.entries)

let browser: Browser
let page: Page
let problems: string[]

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions())
  ;({ page, problems } = await watchedPage(browser))
})

afterAll(async () => {
  await browser?.close()
})

/** What a page holds that did not render: its text and its widgets, whether registered and done. */
function describeRoot(root: string) {
  const container = document.querySelector(root)
  const widgets = [...(container?.querySelectorAll('*') ?? [])].filter((node) =>
    /^vs-[a-z-]+$/.test(node.localName),
  )
  return {
    text: (container?.textContent ?? '').trim().length,
    widgets: widgets.map((widget) => ({
      tag: widget.localName,
      defined: customElements.get(widget.localName) !== undefined,
      settled: !widget.shadowRoot?.querySelector('[part="status"]'),
      text: widget.shadowRoot?.textContent?.trim().length ?? 0,
    })),
  }
}

describe('the built Storybook', () => {
  it('lists the stories and docs pages of every widget', () => {
    const titles = entries.map((entry) => entry.title)
    for (const title of ['Principle cards', 'Support areas', 'Governance', 'Timeline', 'Org chart']) {
      expect(
        titles.some((found) => found.endsWith(title)),
        title,
      ).toBe(true)
    }
    expect(entries.filter((entry) => entry.type === 'story').length).toBeGreaterThan(30)
  })

  for (const entry of entries) {
    it(`renders ${entry.type} ${entry.id} with its widgets registered and rendered`, async () => {
      const root = entry.type === 'docs' ? '#storybook-docs' : '#storybook-root'
      problems.length = 0
      await page.goto(`${storybookUrl}/iframe.html?id=${entry.id}&viewMode=${entry.type}`)
      const needsWidget = entry.importPath.endsWith('.stories.ts')
      // A loading state is what some stories show on purpose, and docs pages show every story.
      const mayBeLoading = entry.type === 'docs' || entry.id.endsWith('--loading')
      const rendered = await page
        .waitForFunction(
          ({ root, needsWidget, mayBeLoading }) => {
            // A story's root holds its widgets (their text is in their shadow roots); a docs page has text.
            const container = document.querySelector(root)
            if (!container || container.childElementCount === 0) return false
            const widgets = [...container.querySelectorAll('*')].filter((node) =>
              /^vs-[a-z-]+$/.test(node.localName),
            )
            if (needsWidget && widgets.length === 0) return false
            // Rendered: every widget is registered and has drawn its shadow root, past "Loading…" unless
            // loading is the story.
            return widgets.every(
              (widget) =>
                customElements.get(widget.localName) !== undefined &&
                widget.shadowRoot !== null &&
                widget.shadowRoot.childElementCount > 0 &&
                (mayBeLoading || !widget.shadowRoot.querySelector('[part="status"]')),
            )
          },
          { root, needsWidget, mayBeLoading },
          { timeout: SETTLE_TIMEOUT_MS },
        )
        .then(
          () => true,
          () => false,
        )
      if (!rendered) expect.fail(`not rendered: ${JSON.stringify(await page.evaluate(describeRoot, root))}`)
      // Storybook itself may log warnings, and leaving a page aborts what it was still loading (such
      // as the a11y panel's axe); an uncaught error or any other failed request is a fault.
      const faults = problems.filter(
        (problem) => !problem.startsWith('console:') && !problem.endsWith('(net::ERR_ABORTED)'),
      )
      expect(faults).toEqual([])
    })
  }
})
