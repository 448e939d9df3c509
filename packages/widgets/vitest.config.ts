import { playwright } from '@vitest/browser-playwright'
import type { BrowserCommand } from 'vitest/node'
import { defineConfig } from 'vitest/config'
import { TEST_LIMITS } from '../../tooling/test-limits.js'
import { chromiumLaunchOptions } from '../../tooling/chromium.js'
import { type FallbackWidget, type RenderAttributes, renderFallback } from '@kth-vs/cli'
import { type Language, validateProgramme } from '@kth-vs/core'

/** What `commands.emulateMedia` passes to Playwright's `page.emulateMedia`; `null` ends the emulation. */
export interface MediaEmulation {
  forcedColors?: 'active' | 'none' | null
  reducedMotion?: 'reduce' | 'no-preference' | null
}

/** `commands.emulateMedia(…)` in a browser test: Playwright's page.emulateMedia, for forced colours. */
const emulateMedia: BrowserCommand<[options: MediaEmulation]> = async (context, options) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateMedia needs the Playwright provider')
  await context.page.emulateMedia(options)
}

type StaticHtmlArgs = [widget: FallbackWidget, lang: Language, attributes: RenderAttributes, data: unknown]

/**
 * `commands.renderStaticHtml(widget, lang, attributes, data)` in a browser test: the static HTML that
 * `kth-vs render` makes of a document, made in Node, where the command line's renderer runs.
 */
const renderStaticHtml: BrowserCommand<StaticHtmlArgs> = (_context, widget, lang, attributes, data) => {
  const result = validateProgramme(data)
  if (!result.ok) throw new Error(`the document is invalid: ${result.issues[0]?.pathText}`)
  // Today as the widget takes it, for attributes that give no day.
  return renderFallback(widget, result.document, { lang, attributes })
}

export default defineConfig({
  test: {
    ...TEST_LIMITS,
    include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        // `window.gc()` for the memory test in src/hardening/memory.test.ts.
        launchOptions: chromiumLaunchOptions(['--js-flags=--expose-gc']),
      }),
      instances: [{ browser: 'chromium' }],
      commands: { renderStaticHtml, emulateMedia },
    },
  },
})

declare module 'vitest/browser' {
  interface BrowserCommands {
    renderStaticHtml: (...args: StaticHtmlArgs) => Promise<string>
    emulateMedia: (options: MediaEmulation) => Promise<void>
  }
}
