import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin'
import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

const dirname = path.dirname(fileURLToPath(import.meta.url))

// Every story runs as a browser test in headless Chromium; the a11y addon fails a story on any axe violation.
export default defineConfig({
  plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
  // Pre-bundled up front: a mid-run re-optimisation reloads the page and loses the test runner.
  optimizeDeps: {
    include: [
      '@storybook/addon-a11y/preview',
      '@storybook/web-components-vite',
      'lit',
      'lit/directive.js',
      'lit/directives/style-map.js',
      '@kth-vs/core > zod/mini',
      '@kth-vs/core > date-fns',
      '@kth-vs/core > date-fns/locale',
    ],
  },
  test: {
    name: 'storybook',
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: [
            '--no-sandbox',
            '--disable-gpu',
            '--disable-dev-shm-usage',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--disable-quic',
          ],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
    setupFiles: ['.storybook/vitest.setup.ts'],
  },
})
