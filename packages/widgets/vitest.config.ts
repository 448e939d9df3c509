import { playwright } from '@vitest/browser-playwright'
import { defineConfig } from 'vitest/config'

/** Flags that keep headless Chromium from reaching for the network and let it run as root. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
]

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    browser: {
      enabled: true,
      headless: true,
      screenshotFailures: false,
      provider: playwright({
        launchOptions: {
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          // `window.gc()` for the memory test in src/hardening/memory.test.ts.
          args: [...chromiumArgs, '--js-flags=--expose-gc'],
        },
      }),
      instances: [{ browser: 'chromium' }],
    },
  },
})
