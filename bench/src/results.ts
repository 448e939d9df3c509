// Result tables in the shape bench/collect.mjs writes into bench/RESULTS.md, and the arithmetic on them.
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** One table of results. */
export interface BenchTable {
  title: string
  columns: string[]
  rows: (string | number)[][]
  notes?: string[]
}

/** One goal from the kit's plan, beside what was measured. */
export interface Goal {
  goal: string
  measured: string
  met: boolean
}

/**
 * The sizes (with their runs) a suite measures: all of them, or with `quick` the smallest once, which
 * checks that every page works without measuring anything worth keeping.
 */
export function sizesFor(sizes: readonly (readonly [number, number])[], quick: boolean): [number, number][] {
  const [smallest] = sizes
  return quick && smallest ? [[smallest[0], 1]] : sizes.map(([size, runs]) => [size, runs])
}

/** Median of samples. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  if (sorted.length === 0) return Number.NaN
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2
}

/** Milliseconds with one decimal. */
export const ms = (value: number): number => Math.round(value * 10) / 10

/** How many times faster `ours` is than `theirs` (both in ms), as `2.3×`. */
export const speedUp = (theirs: number, ours: number): string => `${(theirs / ours).toFixed(1)}×`

/** Kilobytes of 1,000 bytes, with one decimal, as size-limit counts them. */
export const kb = (bytes: number): string => (bytes / 1000).toFixed(1)

/** Where every benchmark leaves its results for bench/collect.mjs. */
export const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../results')

/** Writes `bench/results/<suite>.json`. */
export async function saveResults(suite: string, results: Record<string, unknown>): Promise<void> {
  await mkdir(resultsDir, { recursive: true })
  await writeFile(
    path.join(resultsDir, `${suite}.json`),
    `${JSON.stringify({ suite, ...results }, null, 2)}\n`,
  )
}
