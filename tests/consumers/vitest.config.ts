import { defineConfig } from 'vitest/config'

// Installing, building and type-checking three apps takes minutes, not seconds; one at a time keeps
// the machine's two cores for the app being built.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    globalSetup: ['src/global-setup.ts'],
    fileParallelism: false,
    testTimeout: 120_000,
    hookTimeout: 600_000,
  },
})
