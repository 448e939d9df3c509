// Time to first render, time to interactive and keyboard step latency of <vs-org-chart> in headless
// Chromium. Run with `pnpm bench`; it prints medians, writes bench/results/widgets-org-chart.json at the
// repository root and asserts nothing about time.
import { syntheticProgramme } from '@kth-vs/test-fixtures/synthetic-programme'
import { beforeAll, it } from 'vitest'
import { page } from 'vitest/browser'
import '../src/org-chart/define.js'
import type { VsOrgChart } from '../src/org-chart/org-chart.js'
import {
  type BenchTable,
  browserVersion,
  median,
  ms,
  report,
  saveResults,
  settled,
  timeToInteractive,
} from './measure.js'

const FIRST_ITEM = '[role="treeitem"][tabindex="0"]'

function chart(expandDepth: number): VsOrgChart {
  const element = document.createElement('vs-org-chart')
  element.setAttribute('expand-depth', String(expandDepth))
  element.setAttribute('as-of', '2024-06-01')
  element.setAttribute('layout', 'list')
  element.setAttribute('lang', 'sv')
  return element
}

beforeAll(async () => {
  await page.viewport(1280, 800)
})

it('measures the org chart', async () => {
  console.log(`Org chart benchmark in ${browserVersion()}, ${navigator.hardwareConcurrency} cores`)
  const timings: BenchTable = {
    title: '<vs-org-chart>: time to first render and to interactive (list layout)',
    columns: ['units', 'expanded', 'visible rows', 'first render (ms)', 'interactive (ms)', 'runs'],
    rows: [],
    notes: [
      'First render: `data` set until `updateComplete` with content. Interactive: until the first tree item has been focused and an ArrowDown on it has moved focus.',
    ],
  }
  for (const [units, depth, runs] of [
    [100, 2, 9],
    [1_000, 2, 7],
    [10_000, 2, 5],
    [100, 99, 9],
    [1_000, 99, 5],
    [10_000, 99, 3],
  ] as const) {
    const data = syntheticProgramme(units, 10)
    const firstRender: number[] = []
    const interactive: number[] = []
    let rows = 0
    // One unmeasured run first, so the JIT has seen the code.
    for (let run = -1; run < runs; run++) {
      const element = chart(depth)
      const timing = await timeToInteractive(element, data, FIRST_ITEM)
      rows = element.shadowRoot!.querySelectorAll('[role="treeitem"]').length
      element.remove()
      if (run < 0) continue
      firstRender.push(timing.firstRender)
      interactive.push(timing.interactive)
    }
    const expanded = depth === 99 ? 'all' : `${depth} levels`
    report(`first render, ${units} units, expanded ${expanded}`, firstRender)
    report(`interactive, ${units} units, expanded ${expanded}`, interactive)
    timings.rows.push([units, expanded, rows, ms(median(firstRender)), ms(median(interactive)), runs])
  }

  const element = chart(99)
  element.data = syntheticProgramme(10_000, 10)
  document.body.append(element)
  await settled(element)
  const rows = element.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')
  console.log(`keyboard test tree: ${rows.length} visible items`)
  rows[0]!.focus()
  const steps: number[] = []
  for (let step = 0; step < 30; step++) {
    const active = element.shadowRoot!.activeElement as HTMLElement
    const start = performance.now()
    active.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }))
    await element.updateComplete
    steps.push(performance.now() - start)
  }
  report('keyboard step (ArrowDown), 10000 units all expanded', steps)
  element.remove()

  await saveResults('widgets-org-chart', [
    timings,
    {
      title: '<vs-org-chart>: keyboard step latency',
      columns: ['tree', 'visible rows', 'key', 'median (ms)', 'steps'],
      rows: [
        [
          '10,000 units, all expanded, list layout',
          rows.length,
          'ArrowDown',
          ms(median(steps)),
          steps.length,
        ],
      ],
      notes: ['From the keydown on the focused item until `updateComplete`, with focus on the next item.'],
    },
  ])
})
