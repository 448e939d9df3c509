import { defineConfig } from 'vitest/config'
import { TEST_LIMITS } from '../../tooling/test-limits.js'

// End-to-end tests: Playwright drives Debian's Chromium against the built site, served with its CSP.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/server.ts'],
    ...TEST_LIMITS,
    // Each test drives several pages (the builder, a host page, a frame) one after another.
    testTimeout: 2 * TEST_LIMITS.testTimeout,
  },
})
