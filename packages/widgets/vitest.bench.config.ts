import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { playwright } from '@vitest/browser-playwright'
import type { BrowserCommand } from 'vitest/node'
import { defineConfig } from 'vitest/config'
import { format, resolveConfig } from 'prettier'
import { chromiumLaunchOptions } from '../../tooling/chromium.js'
import base from './vitest.config.js'

const dirname = path.dirname(fileURLToPath(import.meta.url))

/** Where every package's benchmark leaves its results for `bench/collect.mjs` at the repository root. */
export const resultsDir = path.resolve(dirname, '../../bench/results')

/**
 * `commands.writeBenchResults(name, results)` in a benchmark: writes `bench/results/<name>.json` at the
 * repository root, from Node, since the browser cannot write files.
 */
const writeBenchResults: BrowserCommand<[name: string, results: unknown]> = async (
  _context,
  name,
  results,
) => {
  if (!/^[a-z0-9-]+$/.test(name)) throw new Error(`bad result name ${name}`)
  const file = path.join(resultsDir, `${name}.json`)
  // Formatted as the repository's Prettier would, so `pnpm format:check` passes with results present.
  const text = await format(JSON.stringify(results), { ...(await resolveConfig(file)), parser: 'json' })
  await mkdir(resultsDir, { recursive: true })
  await writeFile(file, text)
}

// Benchmarks run in the same headless Chromium as the tests, but only through `pnpm bench`. The memory
// benchmark forces garbage collection (`window.gc()`) and reads the heap without Chromium's rounding.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ['bench/**/*.bench.ts'],
    testTimeout: 600_000,
    // One file at a time, so the benchmarks do not compete for the CPU.
    fileParallelism: false,
    browser: {
      ...base.test?.browser,
      provider: playwright({
        launchOptions: chromiumLaunchOptions(['--js-flags=--expose-gc', '--enable-precise-memory-info']),
      }),
      commands: { writeBenchResults },
    },
  },
})

declare module 'vitest/browser' {
  interface BrowserCommands {
    writeBenchResults: (name: string, results: unknown) => Promise<void>
  }
}
