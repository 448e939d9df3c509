// First render of <vs-timeline> in both views against vis-timeline, on the same items in the same run.
import { type Bench, type Contender, medianRenders } from '../browser.js'
import { TIMELINE_NOW, timelineProgramme, visItems } from '../fixtures.js'
import type { VisTimelinePage, WidgetPage } from '../page/api.js'
import { PAGES } from '../pages.js'
import { type BenchTable, type Goal, ms, sizesFor, speedUp } from '../results.js'

/** Items, and how many measured runs each size gets. */
const SIZES = [
  [100, 7],
  [1_000, 5],
  [5_000, 5],
] as const
const VIEWS = ['list', 'axis'] as const
/** The plan's goal: at least this many times faster than vis-timeline at these sizes, in both views. */
const GOAL_SPEED_UP = 5
const GOAL_SIZES: readonly number[] = [1_000, 5_000]

export async function timelineSuite(
  bench: Bench,
  visVersion: string,
  log: (line: string) => void,
  quick = false,
): Promise<{ table: BenchTable; goals: Goal[] }> {
  const table: BenchTable = {
    title: `<vs-timeline> (CDN file) and vis-timeline ${visVersion}: first render`,
    columns: [
      'items',
      `vis-timeline (ms)`,
      '`view="list"` (ms)',
      'list: times faster',
      '`view="axis"` (ms)',
      'axis: times faster',
      'DOM elements: vis-timeline / list / axis',
      'runs',
    ],
    rows: [],
    notes: [
      `From the render call (\`new Timeline(container, items, {})\`; creating \`<vs-timeline view="…" now="${TIMELINE_NOW}" lang="sv">\`, setting \`data\` and appending it, until \`vs-load\`) until two animation frames have run, in a container 1,200 px wide. Each run is a fresh page; the libraries take turns, after one unmeasured round; medians. "Times faster" is vis-timeline's median over the widget's. The items come from \`syntheticProgramme\` with 20 units; vis-timeline gets the same items (phases and periods as ranges over the days they cover, the rest as boxes on their first day) with its default options.`,
    ],
  }
  const goals: Goal[] = []
  for (const [items, runs] of sizesFor(SIZES, quick)) {
    const programme = timelineProgramme(items)
    const renderTimeline =
      (view: (typeof VIEWS)[number]): Contender['render'] =>
      async (page) => {
        await page.evaluate(() => (window.kthBench as WidgetPage).ready('vs-timeline'))
        return page.evaluate(
          ([attributes, data]) => (window.kthBench as WidgetPage).render('vs-timeline', attributes, data),
          [{ view, now: TIMELINE_NOW, lang: 'sv' }, programme] as const,
        )
      }
    const sameItems = visItems(programme)
    const [vis, list, axis] = await medianRenders(bench, runs, [
      {
        address: PAGES.visTimeline,
        render: (page) =>
          page.evaluate((data) => (window.kthBench as VisTimelinePage).render(data), sameItems),
      },
      { address: PAGES.cdn, render: renderTimeline('list') },
      { address: PAGES.cdn, render: renderTimeline('axis') },
    ])
    const views = { list, axis }
    log(`vis-timeline, ${items} items: ${ms(vis.ms)} ms`)
    for (const view of VIEWS) {
      log(
        `<vs-timeline view="${view}">, ${items} items: ${ms(views[view].ms)} ms (${speedUp(vis.ms, views[view].ms)} vis-timeline)`,
      )
      if (GOAL_SIZES.includes(items)) {
        goals.push({
          goal: `\`<vs-timeline view="${view}">\` at ${items.toLocaleString('en')} items: at least ${GOAL_SPEED_UP}× faster than vis-timeline`,
          measured: `${speedUp(vis.ms, views[view].ms)} (${ms(views[view].ms)} ms against ${ms(vis.ms)} ms)`,
          met: vis.ms / views[view].ms >= GOAL_SPEED_UP,
        })
      }
    }
    table.rows.push([
      items,
      ms(vis.ms),
      ms(views.list.ms),
      speedUp(vis.ms, views.list.ms),
      ms(views.axis.ms),
      speedUp(vis.ms, views.axis.ms),
      [vis, views.list, views.axis].map((m) => m.elements.toLocaleString('en')).join(' / '),
      runs,
    ])
  }
  return { table, goals }
}
