import { defineConfig } from 'vitest/config'
import { TEST_LIMITS } from '../../tooling/test-limits.js'

export default defineConfig({
  test: {
    ...TEST_LIMITS,
    environment: 'node',
    include: ['src/**/*.test.ts', 'examples/**/*.test.ts'],
    // Property tests over thousands of documents, and a child process for the README example, outlast
    // the default 5 s on a busy machine; the limit is a guard against hangs, not a measure of speed.
    testTimeout: 60_000,
  },
})
