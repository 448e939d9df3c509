// One headless Chromium for the whole run, and fresh pages in it: every measured render is the first one
// in its page, as a reader's is.
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../tooling/chromium.js'
import type { RenderResult } from './page/api.js'
import { median } from './results.js'

/** The page size every benchmark uses. */
export const VIEWPORT = { width: 1280, height: 800 }

/** Long enough for a 10,000-unit chart on a loaded machine; a hang still ends the run. */
const PAGE_TIMEOUT_MS = 300_000

export interface Bench {
  browser: Browser
  context: BrowserContext
  origin: string
  /** Chromium's version and the cores the page sees. */
  userAgent: string
  cores: number
}

export async function launch(origin: string): Promise<Bench> {
  const browser = await chromium.launch({ ...chromiumLaunchOptions(), headless: true })
  const context = await browser.newContext({ viewport: VIEWPORT })
  context.setDefaultTimeout(PAGE_TIMEOUT_MS)
  const page = await context.newPage()
  const [userAgent, cores] = await page.evaluate(() => [navigator.userAgent, navigator.hardwareConcurrency])
  await page.close()
  return { browser, context, origin, userAgent: String(userAgent), cores: Number(cores) }
}

/**
 * Opens `address` in a new page and waits for its timing script. Uncaught errors and console errors in
 * the page fail the run when the page is closed through the returned `close`.
 */
export async function openPage(
  bench: Bench,
  address: string,
): Promise<{ page: Page; close(): Promise<void> }> {
  const page = await bench.context.newPage()
  const problems: string[] = []
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()}: ${response.url()}`)
  })
  await page.goto(`${bench.origin}${address}`)
  await page.waitForFunction(() => window.kthBench !== undefined)
  return {
    page,
    async close() {
      await page.close()
      if (problems.length > 0) throw new Error(`${address}: ${problems.join('; ')}`)
    },
  }
}

/** The median of one contender's renders. */
export interface Measured {
  ms: number
  elements: number
  runs: number
}

/** Something to render in a fresh page of `address`. */
export interface Contender {
  address: string
  render: (page: Page) => Promise<RenderResult>
}

/**
 * Renders each contender in a fresh page `runs` times (after one unmeasured round) and takes the
 * medians. The contenders take turns, each round starting with the next one, so a machine whose load
 * changes during the run slows them alike.
 */
export async function medianRenders<const T extends readonly Contender[]>(
  bench: Bench,
  runs: number,
  contenders: T,
): Promise<{ [K in keyof T]: Measured }> {
  const samples: number[][] = contenders.map(() => [])
  const elements: number[] = contenders.map(() => 0)
  for (let round = -1; round < runs; round++) {
    for (let turn = 0; turn < contenders.length; turn++) {
      const index = (turn + Math.max(round, 0)) % contenders.length
      const { address, render } = contenders[index]!
      const { page, close } = await openPage(bench, address)
      const result = await render(page)
      await close()
      elements[index] = result.elements
      if (round >= 0) samples[index]!.push(result.ms)
    }
  }
  return contenders.map((_, index) => ({
    ms: median(samples[index]!),
    elements: elements[index]!,
    runs,
  })) as { [K in keyof T]: Measured }
}
