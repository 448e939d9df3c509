// The kit as users meet it: loaded by a page on another site, framed by another site with its storage
// blocked, fed data from a second origin, each time through the snippet the embed builder gives.
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { type Browser, type Page, chromium } from 'playwright'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { chromiumLaunchOptions } from '../../../tooling/chromium.js'
import { TRUSTED_TYPES_POLICIES } from '../scripts/site-server.mjs'
import {
  SETTLE_TIMEOUT_MS,
  TAGS,
  storageBlockingContext,
  watch,
  watchedPage,
  widgetsSettled,
} from './browser.js'

const kitUrl = inject('kitUrl')
const otherUrl = inject('otherUrl')
const otherDir = inject('otherDir')

let browser: Browser

beforeAll(async () => {
  browser = await chromium.launch(chromiumLaunchOptions())
})

afterAll(async () => {
  await browser?.close()
})

/** Publishes a page on the other site and returns its address. */
function publish(name: string, body: string, head = ''): string {
  writeFileSync(
    join(otherDir, name),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>${name}</title><link rel="icon" href="data:,">${head}</head><body><main>${body}</main></body></html>`,
  )
  return `${otherUrl}/${name}`
}

/** A strict policy for a KTH page that loads the kit from the kit's host, with Trusted Types enforced. */
const strictHostPolicy = `<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src ${kitUrl}; style-src 'self'; frame-src ${kitUrl}; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types ${TRUSTED_TYPES_POLICIES.join(' ')}">`

/** Makes the builder give its snippet for one widget and form, and returns the snippet's text. */
async function builderSnippet(
  page: Page,
  widget: string,
  form: 'script' | 'iframe',
  ownData?: { url: string },
): Promise<string> {
  await page.goto(`${kitUrl}/en/builder.html`)
  const builder = page.locator('vs-embed-builder')
  await builder.locator(`#widget-${widget}`).check()
  if (ownData) {
    await builder.locator('#data-json').check()
    await builder.getByRole('button', { name: 'Start from a small example' }).click()
  }
  await builder.locator(`#form-${form}`).check()
  if (ownData) await builder.locator('#data-url').fill(ownData.url)
  // The builder reads release.json from the kit's folder and pins that version.
  await expect
    .poll(() => builder.locator('#snippet code').textContent(), { timeout: SETTLE_TIMEOUT_MS })
    .toContain('integrity="sha384-')
  return (await builder.locator('#snippet code').textContent()) ?? ''
}

describe('the CDN file on a page of another site', () => {
  it('runs every widget under a strict CSP with Trusted Types, loaded with CORS', async () => {
    const { page, problems } = await watchedPage(browser)
    const url = publish(
      'all-widgets.html',
      `${TAGS.map((tag) => `<${tag}></${tag}>`).join('')}<script type="module" src="${kitUrl}/kth-vs.js"></script>`,
      strictHostPolicy,
    )
    await page.goto(url)
    await widgetsSettled(page)
    const texts = await page.evaluate(
      (tags) => tags.map((tag) => document.querySelector(tag)?.shadowRoot?.textContent?.trim().length ?? 0),
      TAGS,
    )
    for (const [index, length] of texts.entries()) expect(length, TAGS[index]).toBeGreaterThan(50)
    expect(problems).toEqual([])
  })

  it("works from the builder's script snippet, pinned to its version with SRI", async () => {
    const { page, problems } = await watchedPage(browser)
    const snippet = await builderSnippet(page, 'principle-cards', 'script')
    const { version } = (await (await fetch(`${kitUrl}/release.json`)).json()) as { version: string }
    expect(snippet).toContain(`src="${kitUrl}/${version}/kth-vs.js"`)
    expect(snippet).toContain('crossorigin="anonymous"')
    await page.goto(publish('script-snippet.html', snippet, strictHostPolicy))
    await widgetsSettled(page)
    const text = await page.locator('vs-principle-cards').evaluate((el) => el.shadowRoot?.textContent ?? '')
    expect(text).toContain('Operational benefit')
    expect(problems).toEqual([])
  })

  it('is refused when its hash does not match, which shows the hash is checked', async () => {
    const { page, problems } = await watchedPage(browser)
    const snippet = await builderSnippet(page, 'principle-cards', 'script')
    const tampered = snippet.replace(/integrity="sha384-[^"]+"/, `integrity="sha384-${'A'.repeat(64)}"`)
    await page.goto(publish('tampered-snippet.html', tampered))
    await expect.poll(() => problems.join('\n'), { timeout: SETTLE_TIMEOUT_MS }).toContain('integrity')
    expect(await page.evaluate(() => customElements.get('vs-principle-cards'))).toBeUndefined()
  })
})

describe('the iframe embed on another site', () => {
  it('shows the widget with third-party storage blocked, as wide as its column, resized to its content', async () => {
    const blocking = await storageBlockingContext()
    try {
      const snippet = await builderSnippet(await blocking.context.newPage(), 'timeline', 'iframe')
      expect(snippet).toContain('width="100%"')
      expect(snippet).toMatch(/title="[^"]+"/)
      const { page, problems } = await watch(await blocking.context.newPage())
      await page.goto(publish('iframe-snippet.html', snippet))
      // A busy machine may fire the page's load before the frame has navigated: wait for the frame.
      const frame = await (await page.locator('iframe').elementHandle())?.contentFrame()
      if (!frame) throw new Error(`the embed frame did not load from ${snippet}`)
      await expect.poll(() => frame.url(), { timeout: SETTLE_TIMEOUT_MS }).toContain(`${kitUrl}/embed.html?`)
      // The frame really is third-party with its storage blocked, as the reader's browser has it.
      expect(
        await frame.evaluate(() => {
          try {
            return typeof localStorage.length
          } catch (error) {
            return (error as Error).name
          }
        }),
      ).toBe('SecurityError')
      await widgetsSettled(frame)
      expect(await frame.locator('vs-timeline').evaluate((el) => el.shadowRoot?.textContent ?? '')).toContain(
        '2026',
      )
      await expect
        .poll(() => page.locator('iframe').evaluate((el) => el.getBoundingClientRect().height), {
          timeout: SETTLE_TIMEOUT_MS,
        })
        .toBeGreaterThan(1000)
      // The frame's content box fills the column; its default border lies outside it.
      const widths = await page.evaluate(() => ({
        frame: document.querySelector('iframe')?.clientWidth,
        column: document.querySelector('main')?.clientWidth,
      }))
      expect(widths.frame).toBe(widths.column)
      expect(problems).toEqual([])
    } finally {
      await blocking.close()
    }
  })

  it("shows the editor's own data from an allowed data host, through the builder's iframe snippet", async () => {
    const { page, problems } = await watchedPage(browser)
    const dataUrl = `${otherUrl}/programme.json`
    const snippet = await builderSnippet(page, 'timeline', 'iframe', { url: dataUrl })
    const json = await page.locator('vs-embed-builder #json').inputValue()
    writeFileSync(join(otherDir, 'programme.json'), json)
    await page.goto(publish('own-data.html', snippet))
    const frame = page.frameLocator('iframe')
    await expect
      .poll(() => frame.locator('vs-timeline').evaluate((el) => el.shadowRoot?.textContent ?? ''), {
        timeout: SETTLE_TIMEOUT_MS,
      })
      .toContain('Decision on the programme')
    expect(problems).toEqual([])
  })

  it('refuses data from a host the deployment does not list, saying which host and what to do', async () => {
    const { page } = await watchedPage(browser)
    const refused = 'https://data.example.org/vs.json'
    const response = await page.goto(
      `${kitUrl}/embed.html?widget=timeline&lang=en&src=${encodeURIComponent(refused)}`,
    )
    const policy = response?.headers()['content-security-policy'] ?? ''
    expect(policy).toContain(`connect-src 'self' ${otherUrl};`)
    expect(policy).toContain(`frame-ancestors 'self' ${otherUrl}`)
    await expect
      .poll(() => page.locator('[role="alert"]').textContent(), { timeout: SETTLE_TIMEOUT_MS })
      .toContain('Data from https://data.example.org is not shown here')
    expect(await page.locator('html').getAttribute('lang')).toBe('en')
  })

  it('cannot be framed by a site outside the list', async () => {
    const { page, problems } = await watchedPage(browser)
    // The second site under another name is another origin, and not on the embed page's list.
    publish('outsider.html', `<iframe src="${kitUrl}/embed.html?widget=governance" title="x"></iframe>`)
    const outsider = `${otherUrl.replace('localhost', '127.0.0.1')}/outsider.html`
    await page.goto(outsider)
    // The browser refuses the response (net::ERR_BLOCKED_BY_RESPONSE): the frame stays empty.
    await expect
      .poll(() => problems.join('\n'), { timeout: SETTLE_TIMEOUT_MS })
      .toContain(`failed: ${kitUrl}/embed.html?widget=governance (net::ERR_BLOCKED_BY_RESPONSE)`)
    const frame = page.frames()[1]
    expect(frame ? await frame.evaluate(() => document.querySelector('vs-governance') === null) : true).toBe(
      true,
    )
  })

  it("resizes only the kit's embed frames, on messages from their own origin, within bounds", async () => {
    const { page } = await watchedPage(browser)
    // Frames of the other site that claim to be the kit: one is no embed page, one is an embed page
    // sending absurd heights.
    writeFileSync(
      join(otherDir, 'impostor.html'),
      `<!doctype html><title>x</title><script>parent.postMessage({ type: 'kth-vs:resize', height: 3000 }, '*')</script>`,
    )
    writeFileSync(
      join(otherDir, 'embed.html'),
      `<!doctype html><title>x</title><script>
        addEventListener('message', (event) => parent.postMessage({ type: 'kth-vs:resize', height: event.data }, '*'))
      </script>`,
    )
    const url = publish(
      'resize.html',
      `<iframe id="impostor" src="impostor.html" title="a"></iframe>
       <iframe id="own" src="embed.html" title="b"></iframe>
       <script src="${kitUrl}/kth-vs-embed.js"></script>`,
    )
    await page.goto(url)
    const height = (id: string) => page.locator(`#${id}`).evaluate((el) => el.clientHeight)
    const ask = (value: number) =>
      page.evaluate(
        (v) => document.querySelector<HTMLIFrameElement>('#own')?.contentWindow?.postMessage(v, '*'),
        value,
      )
    await ask(1e9)
    await expect.poll(() => height('own'), { timeout: SETTLE_TIMEOUT_MS }).toBe(20_000)
    await ask(1)
    await expect.poll(() => height('own'), { timeout: SETTLE_TIMEOUT_MS }).toBe(50)
    // A message the page sends itself, or one from the impostor, changes nothing.
    await page.evaluate(() => window.postMessage({ type: 'kth-vs:resize', height: 999 }, '*'))
    await ask(Number.NaN)
    await page.waitForFunction(() => document.readyState === 'complete')
    expect(await height('impostor')).toBe(150)
    expect(await height('own')).toBe(50)
  })
})

describe("the kit's files", () => {
  it('are served with the headers another site needs: CORS, a JavaScript type, caching by version', async () => {
    const { version } = (await (await fetch(`${kitUrl}/release.json`)).json()) as { version: string }
    for (const path of ['/kth-vs.js', `/${version}/kth-vs.js`, '/kth-vs-embed.js', '/release.json']) {
      const response = await fetch(`${kitUrl}${path}`)
      expect(response.status, path).toBe(200)
      expect(response.headers.get('access-control-allow-origin'), path).toBe('*')
      expect(response.headers.get('x-content-type-options'), path).toBe('nosniff')
    }
    expect((await fetch(`${kitUrl}/kth-vs.js`)).headers.get('content-type')).toMatch(/^text\/javascript/)
    expect((await fetch(`${kitUrl}/${version}/kth-vs.js`)).headers.get('cache-control')).toContain(
      'immutable',
    )
    expect((await fetch(`${kitUrl}/kth-vs.js`)).headers.get('cache-control')).not.toContain('immutable')
    expect((await fetch(`${kitUrl}/`)).headers.get('access-control-allow-origin')).toBeNull()
  })
})
