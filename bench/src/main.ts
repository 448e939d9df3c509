// `pnpm bench` (through bench/collect.mjs and turbo): the production build of the widgets in headless
// Chromium, side by side with vis-timeline and dabeng OrgChart in the same browser on the same data, and
// the bytes a page loads. Prints each figure as it is measured and writes bench/results/browser.json;
// asserts nothing about time or size, but fails when a page breaks.
import { mkdtemp, rm } from 'node:fs/promises'
import { loadavg, tmpdir } from 'node:os'
import path from 'node:path'
import { launch } from './browser.js'
import { buildPages, esbuildVersion } from './pages.js'
import { type BenchTable, type Goal, saveResults } from './results.js'
import { serve } from './server.js'
import { orgChartSuite } from './suites/org-chart.js'
import { sizesSuite } from './suites/sizes.js'
import { timelineSuite } from './suites/timeline.js'
import { installedVersion } from './versions.js'

/** `--quick`: every page once at the smallest size, to check the benchmark itself; saves nothing. */
const quick = process.argv.includes('--quick')
const started = performance.now()
const loadAtStart = loadavg()[0] ?? 0
const log = (line: string) =>
  console.log(`[${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s] ${line}`)

const versions = {
  visTimeline: await installedVersion('vis-timeline'),
  orgChart: await installedVersion('orgchart'),
  jquery: await installedVersion('jquery'),
}
const root = await mkdtemp(path.join(tmpdir(), 'kth-vs-bench-'))
const server = await serve(root)
try {
  await buildPages(root)
  const bench = await launch(server.origin)
  try {
    log(`${bench.userAgent}, ${bench.cores} cores`)
    const sizes = await sizesSuite(bench, root, versions, log)
    const timeline = await timelineSuite(bench, versions.visTimeline, log, quick)
    const orgChart = await orgChartSuite(bench, versions, log, quick)
    const goals: Goal[] = [...timeline.goals, ...orgChart.goals, ...sizes.goals]
    const goalTable: BenchTable = {
      title: 'Goals',
      columns: ['goal', 'measured', 'result'],
      rows: goals.map((goal) => [goal.goal, goal.measured, goal.met ? 'met' : 'not met']),
      notes: [
        'The goals are those of the kit’s plan for speed and size; the figures are from the tables below.',
      ],
    }
    if (quick) log('quick run: no goals checked, nothing saved')
    else {
      for (const goal of goals) log(`${goal.met ? 'met    ' : 'NOT MET'}  ${goal.goal}: ${goal.measured}`)
      await saveResults('browser', {
        browser: (await bench.browser.version()) || 'Chromium',
        userAgent: bench.userAgent,
        cores: bench.cores,
        versions,
        esbuild: esbuildVersion,
        load: [loadAtStart, loadavg()[0] ?? 0].map((load) => Math.round(load * 10) / 10),
        finishedAt: new Date().toISOString(),
        seconds: Math.round((performance.now() - started) / 1000),
        tables: [goalTable, timeline.table, ...orgChart.tables, sizes.table],
      })
      log('wrote bench/results/browser.json')
    }
  } finally {
    await bench.browser.close()
  }
} finally {
  await server.close()
  await rm(root, { recursive: true, force: true })
}
