import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { TEST_LIMITS } from '../../tooling/test-limits.js'
import { chromiumLaunchOptions } from '../../tooling/chromium.js'
import { elementAttributesPlugin } from './scripts/element-attributes.js'

// Two projects, both run by `vitest run`: the pure modules in Node, the builder element in Chromium.
export default defineConfig({
  test: {
    projects: [
      {
        plugins: [elementAttributesPlugin()],
        test: {
          ...TEST_LIMITS,
          name: 'node',
          environment: 'node',
          include: ['src/**/*.test.ts', 'scripts/**/*.test.ts'],
          exclude: ['src/**/*.browser.test.ts'],
        },
      },
      {
        plugins: [elementAttributesPlugin()],
        test: {
          ...TEST_LIMITS,
          name: 'browser',
          include: ['src/**/*.browser.test.ts'],
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: chromiumLaunchOptions(),
            }),
            instances: [{ browser: 'chromium' }],
          },
        },
      },
    ],
  },
})
