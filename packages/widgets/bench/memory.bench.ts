// Memory of every widget: mount and remove it 1,000 times with a small valid document, then compare the
// heap after forced garbage collection (`window.gc()`, from `--js-flags=--expose-gc` in
// vitest.bench.config.ts). Run with `pnpm bench`; it prints the heap before, after and the difference,
// writes bench/results/widgets-memory.json at the repository root and asserts nothing. The bounded check
// that runs with the tests is src/hardening/memory.test.ts.
import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { it } from 'vitest'
import { cdp } from 'vitest/browser'
import '../src/define.js'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { type BenchTable, browserVersion, saveResults, settled } from './measure.js'

const WIDGETS = [
  'vs-org-chart',
  'vs-timeline',
  'vs-principle-cards',
  'vs-support-areas',
  'vs-governance',
  'vs-programme',
] as const
type Tag = (typeof WIDGETS)[number]

const CYCLES = 1_000
const WARM_UP = 50

async function cycles(
  tag: Tag,
  data: ProgrammeDocumentInput,
  parent: HTMLElement,
  count: number,
  removed: WeakRef<HTMLElement>[] = [],
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const element = document.createElement(tag)
    removed.push(new WeakRef(element))
    element.setAttribute('sync', 'memory-bench')
    element.data = data
    parent.append(element)
    await settled(element)
    if (i === 0 && element.shadowRoot!.querySelector('[part="error"]')) {
      throw new Error(`${tag} rejected the document`)
    }
    element.remove()
  }
}

interface Heap {
  /** V8's heap in use (`Runtime.getHeapUsage`). */
  js: number
  /** The DOM's own heap in use (Oilpan, `embedderHeapUsedSize`). */
  dom: number
  /** `performance.memory.usedJSHeapSize`, exact with `--enable-precise-memory-info`. */
  performanceMemory: number
}

async function heapAfterGc(): Promise<Heap> {
  // Let pending promise callbacks, animation frames and resize observers run first.
  for (let i = 0; i < 3; i++)
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  const gc = (window as Window & { gc?: () => void }).gc
  if (!gc) throw new Error('window.gc is missing: launch Chromium with --js-flags=--expose-gc')
  for (let i = 0; i < 3; i++) gc()
  const { usedSize, embedderHeapUsedSize } = await cdp().send('Runtime.getHeapUsage')
  const memory = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory
  return { js: usedSize, dom: embedderHeapUsedSize, performanceMemory: memory?.usedJSHeapSize ?? Number.NaN }
}

const kb = (bytes: number) => Math.round(bytes / 1024)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

it('measures the heap after mounting and removing every widget 1,000 times', async () => {
  console.log(`Memory benchmark in ${browserVersion()}, ${CYCLES} mounts per widget`)
  const table: BenchTable = {
    title: `Memory: heap before and after mounting and removing each widget ${CYCLES.toLocaleString('en')} times`,
    columns: [
      'widget',
      'JS heap before (KiB)',
      'JS heap after (KiB)',
      'JS heap difference (KiB)',
      'DOM heap difference (KiB)',
      '`performance.memory` difference (KiB)',
      'removed elements alive after GC',
    ],
    rows: [],
    notes: [
      `After ${WARM_UP} unmeasured mounts (templates, styles and lookup tables are made once per page). Each mount sets \`data\` to a small valid document and waits for the render. The heap is read after \`window.gc()\` three times: V8's heap from \`Runtime.getHeapUsage\` (JS), the DOM's Oilpan heap (\`embedderHeapUsedSize\`) and \`performance.memory.usedJSHeapSize\`.`,
      'The heap is that of the whole page, with the test runner and what earlier benchmark files left, so the difference is the figure to read. One run, not a median: a few hundred KiB either way is noise.',
    ],
  }
  const data = sampleProgramme()
  const parent = document.createElement('div')
  parent.style.inlineSize = '800px'
  parent.lang = 'sv'
  document.body.append(parent)
  for (const tag of WIDGETS) {
    await cycles(tag, data, parent, WARM_UP)
    const before = await heapAfterGc()
    const removed: WeakRef<HTMLElement>[] = []
    await cycles(tag, data, parent, CYCLES, removed)
    const after = await heapAfterGc()
    const alive = removed.filter((ref) => ref.deref()).length
    console.log(
      `<${tag}>`.padEnd(22) +
        `JS heap ${mb(before.js)} before, ${mb(after.js)} after, ${mb(after.js - before.js)} difference; ` +
        `DOM heap ${mb(after.dom - before.dom)}; performance.memory ${mb(after.performanceMemory - before.performanceMemory)}; ${alive} of ${CYCLES} removed elements alive`,
    )
    table.rows.push([
      `<${tag}>`,
      kb(before.js),
      kb(after.js),
      kb(after.js - before.js),
      kb(after.dom - before.dom),
      kb(after.performanceMemory - before.performanceMemory),
      alive,
    ])
  }
  parent.remove()
  await saveResults('widgets-memory', [table])
})
