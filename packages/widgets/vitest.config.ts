import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'
import { TEST_LIMITS } from '../../tooling/test-limits.js'
import { chromiumLaunchOptions } from '../../tooling/chromium.js'

export default defineConfig({
  test: {
    ...TEST_LIMITS,
    include: ['src/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        // `window.gc()` for the memory test in src/hardening/memory.test.ts.
        launchOptions: chromiumLaunchOptions(['--js-flags=--expose-gc']),
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
