import { commands } from 'vitest/browser'

/** Median of samples, in milliseconds. */
export function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

/** Prints one result line in the format every benchmark of the kit uses. */
export function report(name: string, samples: readonly number[]): void {
  console.log(
    `${name.padEnd(58)} median ${median(samples).toFixed(1).padStart(8)} ms over ${samples.length} runs`,
  )
}

/** Waits until a widget has loaded and rendered. */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  for (;;) {
    await element.updateComplete
    if (!element.shadowRoot?.querySelector('[part="status"]')) return
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
}

/** A widget whose data is set by property. */
export type DataWidget = HTMLElement & { data: unknown; updateComplete: Promise<boolean> }

/** Milliseconds from setting `data` to the first render with content, and to a handled key press. */
export interface Timing {
  firstRender: number
  interactive: number
}

/**
 * Sets `data` on an element already configured with attributes, appends it to the page and measures:
 * first render, until `updateComplete` with content (no loading status); interactive, until the first
 * item (`itemSelector`, the tab stop) has been focused and an ArrowDown on it has moved focus. Focusing
 * forces style and layout, so layout is part of the interactive figure.
 */
export async function timeToInteractive(
  element: DataWidget,
  data: unknown,
  itemSelector: string,
  parent: HTMLElement = document.body,
): Promise<Timing> {
  const start = performance.now()
  element.data = data
  parent.append(element)
  await settled(element)
  const firstRender = performance.now() - start
  const root = element.shadowRoot!
  const first = root.querySelector<HTMLElement>(itemSelector)
  if (!first) throw new Error(`${element.localName}: nothing matches ${itemSelector}`)
  first.focus()
  first.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }))
  await element.updateComplete
  const interactive = performance.now() - start
  if (root.activeElement === first || !root.activeElement) {
    throw new Error(`${element.localName}: ArrowDown did not move focus from the first item`)
  }
  return { firstRender, interactive }
}

/** Chromium's name and version, as the page sees them. */
export function browserVersion(): string {
  return navigator.userAgent.match(/(?:Headless)?Chrome\/[\d.]+/)?.[0] ?? 'Chromium'
}

/** One table of results, as `bench/collect.mjs` at the repository root prints it in bench/RESULTS.md. */
export interface BenchTable {
  title: string
  columns: string[]
  rows: (string | number)[][]
  notes?: string[]
}

/** Writes `bench/results/<suite>.json` at the repository root (through a command that runs in Node). */
export async function saveResults(suite: string, tables: BenchTable[]): Promise<void> {
  await commands.writeBenchResults(suite, {
    suite,
    browser: browserVersion(),
    userAgent: navigator.userAgent,
    cores: navigator.hardwareConcurrency,
    finishedAt: new Date().toISOString(),
    tables,
  })
}

/** Milliseconds with one decimal, for result tables. */
export const ms = (value: number): number => Math.round(value * 10) / 10
