import { defineConfig } from 'vitest/config'

// End-to-end tests: Playwright drives Debian's Chromium against the built site, served with its CSP.
export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    environment: 'node',
    globalSetup: ['e2e/server.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
})
