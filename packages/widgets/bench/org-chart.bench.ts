// Time to first render and keyboard step latency of <vs-org-chart> in headless Chromium.
// Run with `pnpm bench`; it prints medians and asserts nothing about time.
import { syntheticProgramme } from '@kth-vs/core'
import { it } from 'vitest'
import '../src/org-chart/define.js'
import type { VsOrgChart } from '../src/org-chart/org-chart.js'
import { report, settled } from './measure.js'

async function mountChart(units: number, expandDepth: number): Promise<{ element: VsOrgChart; ms: number }> {
  const data = syntheticProgramme(units, 10)
  const element = document.createElement('vs-org-chart')
  element.setAttribute('expand-depth', String(expandDepth))
  element.setAttribute('as-of', '2024-06-01')
  element.setAttribute('layout', 'list')
  const start = performance.now()
  element.data = data
  document.body.append(element)
  await settled(element)
  // Let the browser lay out and paint what was rendered.
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  return { element, ms: performance.now() - start }
}

it('measures the org chart', async () => {
  console.log(
    `Org chart benchmark in ${navigator.userAgent.match(/Chrome\/[\d.]+/)?.[0] ?? 'Chromium'}, ${navigator.hardwareConcurrency} cores`,
  )
  for (const [units, depth, runs] of [
    [100, 2, 9],
    [1_000, 2, 7],
    [10_000, 2, 5],
    [1_000, 99, 5],
    [10_000, 99, 3],
  ] as const) {
    const samples: number[] = []
    for (let run = 0; run < runs; run++) {
      const { element, ms } = await mountChart(units, depth)
      samples.push(ms)
      element.remove()
    }
    report(
      `first render, ${units} units, ${depth === 99 ? 'all expanded' : `expanded ${depth} levels`}`,
      samples,
    )
  }

  const { element } = await mountChart(10_000, 99)
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
})
