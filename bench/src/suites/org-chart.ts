// First render of <vs-org-chart> (chart layout) against dabeng OrgChart, on the same organisation in the
// same run, and the time of a keyboard step in the largest tree.
import type { Page } from 'playwright'
import { type Bench, medianRenders, openPage } from '../browser.js'
import { ORG_DAY, orgChartSource, orgProgramme } from '../fixtures.js'
import type { OrgChartPage, WidgetPage } from '../page/api.js'
import { PAGES } from '../pages.js'
import { type BenchTable, type Goal, median, ms, sizesFor, speedUp } from '../results.js'

/** Units, and how many measured runs each size gets. */
const SIZES = [
  [100, 7],
  [1_000, 5],
  [10_000, 5],
] as const
/** The plan's goals. */
const GOAL_UNITS = 10_000
const GOAL_SPEED_UP = 2
const GOAL_KEY_STEP_MS = 16
const KEY_STEPS = 30
const KEY_WARM_UP = 3

function chartAttributes(levels: number, layout: 'chart' | 'list' = 'chart'): Record<string, string> {
  return { 'as-of': ORG_DAY, layout, 'expand-depth': String(levels), lang: 'sv' }
}

async function renderChart(page: Page, attributes: Record<string, string>, programme: unknown) {
  await page.evaluate(() => (window.kthBench as WidgetPage).ready('vs-org-chart'))
  return page.evaluate(
    ([attributes, data]) => (window.kthBench as WidgetPage).render('vs-org-chart', attributes, data),
    [attributes, programme] as const,
  )
}

/** Milliseconds of each ArrowDown in a rendered tree, reached with Tab as a keyboard user does. */
async function keySteps(page: Page): Promise<number[]> {
  for (let tab = 0; tab < 30; tab++) {
    await page.keyboard.press('Tab')
    if ((await page.evaluate(() => (window.kthBench as WidgetPage).focusedRole())) === 'treeitem') break
  }
  if ((await page.evaluate(() => (window.kthBench as WidgetPage).focusedRole())) !== 'treeitem') {
    throw new Error('Tab did not reach a tree item')
  }
  await page.evaluate(() => (window.kthBench as WidgetPage).recordKeySteps('ArrowDown'))
  for (let step = 1; step <= KEY_WARM_UP + KEY_STEPS; step++) {
    await page.keyboard.press('ArrowDown')
    await page.waitForFunction((count) => (window.kthBench as WidgetPage).keySteps().length >= count, step)
  }
  const steps = (await page.evaluate(() => (window.kthBench as WidgetPage).keySteps())).slice(KEY_WARM_UP)
  if (steps.some((step) => Number.isNaN(step))) throw new Error('ArrowDown did not move focus')
  return steps
}

export async function orgChartSuite(
  bench: Bench,
  versions: { orgChart: string; jquery: string },
  log: (line: string) => void,
  quick = false,
): Promise<{ tables: BenchTable[]; goals: Goal[] }> {
  const renders: BenchTable = {
    title: `<vs-org-chart> (CDN file) and dabeng OrgChart ${versions.orgChart}: first render`,
    columns: [
      'units',
      `shown on ${ORG_DAY}`,
      'levels',
      'dabeng OrgChart, all open (ms)',
      'all open (ms)',
      'all open: times faster',
      '2 levels open (ms)',
      '2 levels open: times faster',
      'DOM elements: dabeng / all open / 2 levels',
      'runs',
    ],
    rows: [],
    notes: [
      `From the render call (\`$(container).orgchart({ data })\`; creating \`<vs-org-chart layout="chart" as-of="${ORG_DAY}" expand-depth="…" lang="sv">\`, setting \`data\` and appending it, until \`vs-load\`) until two animation frames have run, in a container 1,200 px wide. All open is \`expand-depth\` set to the tree's levels, 2 levels open is \`expand-depth="2"\`. Each run is a fresh page; the libraries take turns, after one unmeasured round; medians. "Times faster" is dabeng OrgChart's median (all open, its default) over the widget's. The units come from \`syntheticProgramme\` with 10 timeline items; some of them are not valid on ${ORG_DAY}, so fewer are shown. dabeng OrgChart gets the same tree on that day with jQuery ${versions.jquery} and its default options.`,
    ],
  }
  const goals: Goal[] = []
  for (const [units, runs] of sizesFor(SIZES, quick)) {
    const programme = orgProgramme(units)
    const { source, units: shown, levels } = orgChartSource(programme)
    const [dabeng, all, two] = await medianRenders(bench, runs, [
      {
        address: PAGES.orgChart,
        render: (page) => page.evaluate((data) => (window.kthBench as OrgChartPage).render(data), source),
      },
      { address: PAGES.cdn, render: (page) => renderChart(page, chartAttributes(levels), programme) },
      { address: PAGES.cdn, render: (page) => renderChart(page, chartAttributes(2), programme) },
    ])
    log(`dabeng OrgChart, ${units} units (${shown} shown): ${ms(dabeng.ms)} ms`)
    log(`<vs-org-chart> all open, ${units} units: ${ms(all.ms)} ms (${speedUp(dabeng.ms, all.ms)} dabeng)`)
    log(
      `<vs-org-chart> 2 levels open, ${units} units: ${ms(two.ms)} ms (${speedUp(dabeng.ms, two.ms)} dabeng)`,
    )
    renders.rows.push([
      units,
      shown,
      levels,
      ms(dabeng.ms),
      ms(all.ms),
      speedUp(dabeng.ms, all.ms),
      ms(two.ms),
      speedUp(dabeng.ms, two.ms),
      [dabeng, all, two].map((m) => m.elements.toLocaleString('en')).join(' / '),
      runs,
    ])
    if (units === GOAL_UNITS) {
      goals.push({
        goal: `\`<vs-org-chart>\` all open at ${units.toLocaleString('en')} units: at least ${GOAL_SPEED_UP}× faster than dabeng OrgChart`,
        measured: `${speedUp(dabeng.ms, all.ms)} (${ms(all.ms)} ms against ${ms(dabeng.ms)} ms)`,
        met: dabeng.ms / all.ms >= GOAL_SPEED_UP,
      })
    }
  }

  const steps: BenchTable = {
    title: '<vs-org-chart> (CDN file): keyboard step',
    columns: ['tree', 'layout', 'key', 'median (ms)', 'slowest (ms)', 'steps'],
    rows: [],
    notes: [
      `Tab into the tree, then ${KEY_WARM_UP} unmeasured and ${KEY_STEPS} measured presses of ArrowDown (real key events through Playwright). Each from the keydown reaching the page until focus has moved and the newly focused item has been styled and laid out (read back with \`getBoundingClientRect\`, which the next frame would otherwise do); the frame's paint is not included.`,
    ],
  }
  const keyUnits = quick ? 100 : GOAL_UNITS
  const programme = orgProgramme(keyUnits)
  const { units: shown, levels } = orgChartSource(programme)
  let slowest = 0
  for (const layout of ['chart', 'list'] as const) {
    const { page, close } = await openPage(bench, PAGES.cdn)
    await renderChart(page, chartAttributes(levels, layout), programme)
    const measured = await keySteps(page)
    await close()
    const step = median(measured)
    slowest = Math.max(slowest, step)
    log(`ArrowDown in ${keyUnits} units (${shown} shown) all open, ${layout} layout: ${ms(step)} ms`)
    steps.rows.push([
      `${keyUnits.toLocaleString('en')} units (${shown.toLocaleString('en')} shown), all open`,
      layout,
      'ArrowDown',
      ms(step),
      ms(Math.max(...measured)),
      measured.length,
    ])
  }
  goals.push({
    goal: `keyboard step (ArrowDown) in a ${GOAL_UNITS.toLocaleString('en')}-unit tree: under ${GOAL_KEY_STEP_MS} ms`,
    measured: `${ms(slowest)} ms (median, the slower layout)`,
    met: slowest < GOAL_KEY_STEP_MS,
  })
  return { tables: [renders, steps], goals }
}
