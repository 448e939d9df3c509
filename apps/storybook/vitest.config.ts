import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import type { BrowserCommand } from 'vitest/node'
import { defineConfig } from 'vitest/config'
import { chromiumLaunchOptions } from '../../tooling/chromium.js'
import { TEST_LIMITS } from '../../tooling/test-limits.js'
import type { A11ySweep, MediaEmulation } from './.storybook/a11y-sweep'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** `commands.emulateMedia(…)` in the browser: Playwright's page.emulateMedia, for forced colours and reduced motion. */
const emulateMedia: BrowserCommand<[options: MediaEmulation]> = async (context, options) => {
  if (context.provider.name !== 'playwright') throw new Error('emulateMedia needs the Playwright provider')
  await context.page.emulateMedia(options)
}

/**
 * Every story runs once per project: in both languages and both themes of the toolbar, with axe's WCAG
 * rules and best practices (see .storybook/preview.ts). The layout and media checks of
 * .storybook/a11y-sweep.ts (reflow, text spacing, forced colours, reduced motion) do not depend on the
 * colours, so they run in the KTH theme only. One project alone: `pnpm exec vitest run --project storybook:en:kth`.
 * `A11Y_STRICT=1` fails on the known issues listed in A11Y-EXCEPTIONS.md too.
 */
const strict = process.env.A11Y_STRICT === '1'
const sweeps: A11ySweep[] = [
  { lang: 'sv', theme: 'kth', checks: true, strict },
  { lang: 'en', theme: 'kth', checks: true, strict },
  { lang: 'sv', theme: 'high-contrast', checks: false, strict },
  { lang: 'en', theme: 'high-contrast', checks: false, strict },
]

// Every story runs as a browser test in headless Chromium; the a11y addon fails a story on any axe violation.
export default defineConfig({
  // Pre-bundled up front: a mid-run re-optimisation reloads the page and loses the test runner.
  optimizeDeps: {
    include: [
      '@storybook/addon-a11y/preview',
      '@storybook/web-components-vite',
      'lit',
      'lit/directive.js',
      'lit/directives/style-map.js',
      '@kth-vs/core > zod/mini',
    ],
  },
  test: {
    projects: sweeps.map((sweep) => ({
      extends: true,
      plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
      test: {
        ...TEST_LIMITS,
        name: `storybook:${sweep.lang}:${sweep.theme}`,
        provide: { a11ySweep: sweep },
        browser: {
          enabled: true,
          headless: true,
          screenshotFailures: false,
          // A desktop page, so the wide layouts (chart, axis, diagram) are checked too; the sweep checks 320 px.
          viewport: { width: 1280, height: 900 },
          provider: playwright({
            launchOptions: chromiumLaunchOptions(),
          }),
          commands: { emulateMedia },
          instances: [{ browser: 'chromium' as const }],
        },
        setupFiles: ['.storybook/vitest.setup.ts'],
      },
    })),
  },
})
