import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

// Benchmarks run in the same headless Chromium as the tests, but only through `pnpm bench`.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['bench/**/*.bench.ts'],
    testTimeout: 300_000,
  },
})
