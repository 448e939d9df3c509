import type { Browser } from 'playwright'
import { chromium } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../tooling/chromium.js'
import { SITE_POLICY } from '../scripts/site-server.mjs'
import { TAGS, accessibilityViolations, watchedPage as openPage, widgetsSettled } from './browser.js'

const baseUrl = inject('kitUrl')
/** The policy of every page but the embed page, which may be framed by the pages its configuration lists. */
const CSP = `${SITE_POLICY}; frame-ancestors 'self'`

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions())
})

afterAll(async () => {
  await browser?.close()
})

const watchedPage = (options: { javaScriptEnabled?: boolean; bypassCSP?: boolean } = {}) =>
  openPage(browser, options)

describe('the demo page', () => {
  for (const path of ['/', '/en/']) {
    it(`renders every widget from the CDN file alone at ${path}, with no error and no CSP violation`, async () => {
      const { page, problems } = await watchedPage()
      const response = await page.goto(`${baseUrl}${path}`)
      expect(response?.headers()['content-security-policy']).toBe(CSP)
      await widgetsSettled(page)
      const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.getAttribute('src')))
      expect(scripts).toEqual(['/kth-vs.js'])
      const rendered = await page.evaluate((tags) => {
        return tags.map((tag) => {
          const element = document.querySelector(tag)
          return {
            tag,
            defined: customElements.get(tag) !== undefined,
            error: Boolean(element?.shadowRoot?.querySelector('[role="alert"]')),
            text: element?.shadowRoot?.textContent?.trim().length ?? 0,
          }
        })
      }, TAGS)
      for (const widget of rendered) {
        expect(widget, widget.tag).toMatchObject({ defined: true, error: false })
        expect(widget.text, widget.tag).toBeGreaterThan(50)
      }
      expect(problems).toEqual([])
    })
  }

  it('lays out the Swedish and the English page alike, whatever the length of their headings', async () => {
    const layouts = []
    for (const path of ['/', '/en/']) {
      const { page } = await watchedPage()
      await page.goto(`${baseUrl}${path}`)
      await widgetsSettled(page)
      layouts.push(
        await page.evaluate((tags) => {
          const width = (element: Element | null) => Math.round(element?.getBoundingClientRect().width ?? 0)
          return {
            page: width(document.querySelector('.page')),
            widgets: tags.map((tag) => width(document.querySelector(tag))),
            orgChartLayout: document.querySelector('vs-org-chart')?.shadowRoot?.querySelector('[role="tree"]')
              ?.className,
          }
        }, TAGS),
      )
    }
    // 75rem of a 1280 px window: the column's maximum, not the width of its longest line.
    expect(layouts[0]?.page).toBe(1200)
    expect(layouts[1]).toEqual(layouts[0])
  })

  it('follows a timeline selection in the org chart of the same sync group', async () => {
    const { page, problems } = await watchedPage()
    await page.goto(`${baseUrl}/`)
    await widgetsSettled(page)
    await page.evaluate(() => {
      const timeline = document.querySelector('vs-timeline')
      timeline?.setAttribute('view', 'list')
    })
    // The item's title, not its middle, which may fall on one of its links or a note's button.
    await page.locator('vs-timeline #vs-tl-E14 .title').first().click()
    await page.waitForFunction(
      () => (document.querySelector('vs-org-chart') as unknown as { asOf?: string }).asOf === '2023-01-01',
    )
    const caption = await page.locator('vs-org-chart').first().locator('.caption').textContent()
    expect(caption).toBe('Organisationen den 1 januari 2023')
    expect(problems).toEqual([])
  })

  it('shows the same content without JavaScript, from the static fallback', async () => {
    const { page } = await watchedPage({ javaScriptEnabled: false })
    await page.goto(`${baseUrl}/`)
    const texts = await page.evaluate(
      (tags) => tags.map((tag) => document.querySelector(tag)?.textContent ?? ''),
      TAGS,
    )
    expect(texts[0]).toContain('Programmet avslutas')
    expect(texts[1]).toContain('Verksamhetsstöd')
    expect(texts[2]).toContain('Verksamhetsnytta')
    expect(texts[3]).toContain('Nuläge')
    expect(texts[4]).toContain('Styrgrupp')
    expect(await page.locator('.vs-fallback').first().isVisible()).toBe(true)
  })
})

describe('the iframe embed', () => {
  it('renders one widget alone and the host script resizes the iframe to it', async () => {
    const { page, problems } = await watchedPage()
    const host = `${baseUrl}/e2e-host.html`
    await page.route(host, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': CSP },
        body: `<!doctype html><html lang="en"><head><title>Host</title></head><body>
          <iframe id="frame" src="/embed.html?widget=principle-cards&lang=en" title="Principles"></iframe>
          <script src="/kth-vs-embed.js" async></script></body></html>`,
      }),
    )
    await page.goto(host)
    const frame = page.frameLocator('#frame')
    await expect
      .poll(() => frame.locator('vs-principle-cards').evaluate((el) => el.shadowRoot?.textContent ?? ''))
      .toContain('Operational benefit')
    await expect
      .poll(() => page.locator('#frame').evaluate((el) => el.getBoundingClientRect().height))
      .toBeGreaterThan(400)
    expect(problems).toEqual([])
  })

  it('explains an unknown widget instead of failing silently', async () => {
    const { page } = await watchedPage()
    await page.goto(`${baseUrl}/embed.html?widget=nope&lang=sv`)
    await expect.poll(() => page.locator('[role="alert"]').textContent()).toContain('finns inte')
  })
})

describe('the embed builder', () => {
  it('gives a snippet that works when pasted into a blank page under the same CSP', async () => {
    const { page, problems } = await watchedPage()
    await page.goto(`${baseUrl}/en/builder.html`)
    await page.locator('vs-embed-builder #widget-principle-cards').check()
    const snippet = await page.locator('vs-embed-builder #snippet code').textContent()
    expect(snippet).toContain('<vs-principle-cards')
    expect(snippet).toContain('kth-vs.js')
    // The snippet names the site it came from; the blank page lives on that site too.
    const blank = `${baseUrl}/e2e-blank.html`
    await page.route(blank, (route) =>
      route.fulfill({
        contentType: 'text/html',
        headers: { 'content-security-policy': CSP },
        body: `<!doctype html><html lang="en"><head><title>Blank</title></head><body>${snippet}</body></html>`,
      }),
    )
    await page.goto(blank)
    await widgetsSettled(page)
    const text = await page.locator('vs-principle-cards').evaluate((el) => el.shadowRoot?.textContent ?? '')
    expect(text).toContain('Operational benefit')
    expect(problems).toEqual([])
  })
})

describe('every page of the site', () => {
  const pages = ['/', '/en/', '/builder.html', '/en/builder.html', '/embed.html?widget=org-chart&lang=en']
  for (const path of pages) {
    it(`passes axe and IBM Equal Access (WCAG 2.2 A and AA) at ${path}`, async () => {
      const { page } = await watchedPage({ bypassCSP: true })
      await page.goto(`${baseUrl}${path}`)
      await widgetsSettled(page)
      expect(await accessibilityViolations(page)).toEqual([])
    })
  }
})
