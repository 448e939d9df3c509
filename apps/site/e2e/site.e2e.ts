import { type Browser, type Page, chromium } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../tooling/chromium.js'

const baseUrl = inject('baseUrl')
const TAGS = ['vs-timeline', 'vs-org-chart', 'vs-principle-cards', 'vs-support-areas', 'vs-governance']
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'"

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions())
})

afterAll(async () => {
  await browser?.close()
})

interface Watched {
  page: Page
  problems: string[]
}

/** A page that records console errors, uncaught errors, failed requests and CSP violations. */
async function watchedPage(options: { javaScriptEnabled?: boolean } = {}): Promise<Watched> {
  const context = await browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true })
  const page = await context.newPage()
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`failed: ${request.url()}`))
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`)
  })
  await page.exposeFunction('reportViolation', (text: string) => problems.push(`csp: ${text}`))
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      ;(window as unknown as { reportViolation: (t: string) => void }).reportViolation(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}`,
      )
    })
  })
  return { page, problems }
}

/** Waits until every widget on the page has rendered its data (or its error). */
async function widgetsSettled(page: Page): Promise<void> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every(
          (element) => element.shadowRoot && !element.shadowRoot.querySelector('[part="status"]'),
        ),
      ),
    TAGS,
  )
}

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

  it('follows a timeline selection in the org chart of the same sync group', async () => {
    const { page, problems } = await watchedPage()
    await page.goto(`${baseUrl}/`)
    await widgetsSettled(page)
    await page.evaluate(() => {
      const timeline = document.querySelector('vs-timeline')
      timeline?.setAttribute('view', 'list')
    })
    await page.locator('vs-timeline [data-id="E14"], vs-timeline #vs-tl-E14').first().click()
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
