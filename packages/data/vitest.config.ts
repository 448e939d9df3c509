import { defineConfig } from 'vitest/config'
import { TEST_LIMITS } from '../../tooling/test-limits.js'

export default defineConfig({
  test: {
    ...TEST_LIMITS,
    environment: 'node',
    include: ['src/**/*.test.ts'],
  },
})
