// Time to first render and to interactive of <vs-timeline> in headless Chromium, in the list and the
// axis view. Run with `pnpm bench`; it prints medians, writes bench/results/widgets-timeline.json at the
// repository root and asserts nothing about time.
import { syntheticProgramme } from '@kth-vs/test-fixtures/synthetic-programme'
import { beforeAll, it } from 'vitest'
import { page } from 'vitest/browser'
import '../src/timeline/define.js'
import type { VsTimeline } from '../src/timeline/timeline.js'
import {
  type BenchTable,
  browserVersion,
  median,
  ms,
  report,
  saveResults,
  timeToInteractive,
} from './measure.js'

const FIRST_ITEM = '[part="item"][tabindex="0"]'

function timeline(view: 'list' | 'axis'): VsTimeline {
  const element = document.createElement('vs-timeline')
  element.setAttribute('view', view)
  element.setAttribute('now', '2024-06-15')
  element.setAttribute('lang', 'sv')
  return element
}

beforeAll(async () => {
  await page.viewport(1280, 800)
})

it('measures the timeline', async () => {
  console.log(`Timeline benchmark in ${browserVersion()}, ${navigator.hardwareConcurrency} cores`)
  const table: BenchTable = {
    title: '<vs-timeline>: time to first render and to interactive',
    columns: ['items', 'view', 'first render (ms)', 'interactive (ms)', 'runs'],
    rows: [],
    notes: [
      'First render: `data` set until `updateComplete` with content. Interactive: until the first item (the tab stop) has been focused and an ArrowDown on it has moved focus. 20 units; the page is 1280 px wide.',
    ],
  }
  const parent = document.createElement('div')
  parent.style.inlineSize = '1200px'
  document.body.append(parent)
  for (const view of ['list', 'axis'] as const) {
    for (const [items, runs] of [
      [100, 9],
      [1_000, 7],
      [5_000, 5],
    ] as const) {
      const data = syntheticProgramme(20, items)
      const firstRender: number[] = []
      const interactive: number[] = []
      // One unmeasured run first, so the JIT has seen the code.
      for (let run = -1; run < runs; run++) {
        const element = timeline(view)
        const timing = await timeToInteractive(element, data, FIRST_ITEM, parent)
        element.remove()
        if (run < 0) continue
        firstRender.push(timing.firstRender)
        interactive.push(timing.interactive)
      }
      report(`first render, ${items} items, ${view}`, firstRender)
      report(`interactive, ${items} items, ${view}`, interactive)
      table.rows.push([items, view, ms(median(firstRender)), ms(median(interactive)), runs])
    }
  }
  parent.remove()
  await saveResults('widgets-timeline', [table])
})
