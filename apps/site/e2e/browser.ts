import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type Browser, type BrowserContext, type Page, chromium } from 'playwright'
import { chromiumLaunchOptions } from '../../../tooling/chromium.js'

/** Every widget of the kit. */
export const TAGS = [
  'vs-timeline',
  'vs-org-chart',
  'vs-principle-cards',
  'vs-support-areas',
  'vs-governance',
  'vs-programme',
]

/** A page and what went wrong on it: console errors, uncaught errors, failed requests, CSP violations. */
export interface Watched {
  page: Page
  problems: string[]
}

/** Records every problem a page reports, so a test can require that there was none. */
export async function watch(page: Page): Promise<Watched> {
  const problems: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`)
  })
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`))
  page.on('requestfailed', (request) =>
    problems.push(`failed: ${request.url()} (${request.failure()?.errorText ?? 'unknown'})`),
  )
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

/** A fresh page in its own context, watched. */
export async function watchedPage(
  browser: Browser,
  options: {
    javaScriptEnabled?: boolean
    bypassCSP?: boolean
    viewport?: { width: number; height: number }
  } = {},
): Promise<Watched> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    bypassCSP: options.bypassCSP ?? false,
    viewport: options.viewport ?? { width: 1280, height: 900 },
  })
  return watch(await context.newPage())
}

/**
 * A browser whose profile blocks third-party cookies and with them third-party storage, as many
 * readers' browsers do: in a frame from another site, reading `localStorage` throws a SecurityError.
 */
export async function storageBlockingContext(): Promise<{
  context: BrowserContext
  close: () => Promise<void>
}> {
  const profile = mkdtempSync(join(tmpdir(), 'kth-vs-profile-'))
  mkdirSync(join(profile, 'Default'))
  writeFileSync(
    join(profile, 'Default', 'Preferences'),
    JSON.stringify({ profile: { cookie_controls_mode: 1, block_third_party_cookies: true } }),
  )
  const context = await chromium.launchPersistentContext(profile, {
    ...chromiumLaunchOptions(),
    headless: true,
    viewport: { width: 1280, height: 900 },
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** The condition every wait below uses: generous, as a loaded machine may be slow. */
export const SETTLE_TIMEOUT_MS = 60_000

/** Waits until every widget in the page (or frame) has rendered its data or its error. */
export async function widgetsSettled(page: Pick<Page, 'waitForFunction'>): Promise<void> {
  await page.waitForFunction(
    (tags) =>
      tags.every((tag) =>
        [...document.querySelectorAll(tag)].every(
          (element) =>
            customElements.get(tag) !== undefined &&
            element.shadowRoot !== null &&
            element.shadowRoot.childElementCount > 0 &&
            !element.shadowRoot.querySelector('[part="status"]'),
        ),
      ),
    TAGS,
    { timeout: SETTLE_TIMEOUT_MS },
  )
}

const require = createRequire(import.meta.url)

/** WCAG 2.2 A and AA in axe's tags, as the widgets' own tests use them. */
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

/**
 * Runs axe and IBM's Equal Access engine (WCAG 2.2 A and AA) over the whole page, shadow roots
 * included, and returns one line per violation. The page's context must bypass its CSP, which would
 * refuse the engines' scripts as it refuses any script the page did not list.
 */
export async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: require.resolve('axe-core/axe.min.js') })
  await page.addScriptTag({ path: require.resolve('accessibility-checker-engine/ace.js') })
  return page.evaluate(async (tags) => {
    type Engines = {
      axe: {
        run(
          root: Document,
          options: object,
        ): Promise<{ violations: { id: string; help: string; nodes: { target: string[] }[] }[] }>
      }
      ace: {
        Checker: new () => {
          check(
            root: Document,
            policies: string[],
          ): Promise<{
            results: { ruleId: string; value: string[]; message: string; path: { dom: string } }[]
          }>
        }
      }
    }
    const { axe, ace } = window as unknown as Engines
    const fromAxe = await axe.run(document, { runOnly: { type: 'tag', values: tags } })
    const fromAce = await new ace.Checker().check(document, ['WCAG_2_2'])
    return [
      ...fromAxe.violations.map(
        (violation) =>
          `axe ${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
      ),
      ...fromAce.results
        .filter((result) => result.value[0] === 'VIOLATION' && result.value[1] === 'FAIL')
        .map((result) => `Equal Access ${result.ruleId}: ${result.message} (${result.path.dom})`),
    ]
  }, AXE_TAGS)
}
