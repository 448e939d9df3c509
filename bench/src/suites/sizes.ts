// The bytes a page loads: the CDN file, each widget's npm entry in an application's production bundle,
// and vis-timeline and dabeng OrgChart for comparison. Each file a page requests is weighed as a server
// would send it, compressed on its own.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import type { Page } from 'playwright'
import { type Bench, openPage } from '../browser.js'
import type { WidgetPage } from '../page/api.js'
import { LIBRARY_FOLDERS, PAGES, WIDGETS, cdnFile, esbuildVersion } from '../pages.js'
import { type BenchTable, type Goal, kb } from '../results.js'

/** The plan's goals, in kB (1,000 bytes) gzip. */
const GOAL_CDN_KB = 45
const GOAL_ONE_WIDGET_KB = 25

interface Weight {
  files: number
  minified: number
  gzip: number
  brotli: number
}

function weigh(contents: readonly Buffer[]): Weight {
  const weight: Weight = { files: contents.length, minified: 0, gzip: 0, brotli: 0 }
  for (const bytes of contents) {
    weight.minified += bytes.length
    weight.gzip += gzipSync(bytes, { level: 9 }).length
    weight.brotli += brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length
  }
  return weight
}

/**
 * Opens `address`, runs `use` and weighs every script and style sheet the page loaded from `folder`
 * (read from `root`, the server's files), once the network is quiet.
 */
async function loadedFrom(
  bench: Bench,
  root: string,
  address: string,
  folder: string,
  use: (page: Page) => Promise<unknown>,
): Promise<Weight> {
  const { page, close } = await openPage(bench, address)
  const loaded = new Set<string>()
  // Requests made before the timing script was ready are in the browser's list already.
  const earlier = await page.evaluate(() =>
    performance.getEntriesByType('resource').map((entry) => new URL(entry.name).pathname),
  )
  for (const pathname of earlier) loaded.add(pathname)
  page.on('request', (request) => loaded.add(new URL(request.url()).pathname))
  await use(page)
  await page.waitForLoadState('networkidle')
  await close()
  const files = [...loaded].filter((pathname) => pathname.startsWith(folder) && /\.(js|css)$/.test(pathname))
  if (files.length === 0) throw new Error(`${address} loaded nothing from ${folder}`)
  return weigh(await Promise.all(files.map((pathname) => readFile(path.join(root, pathname)))))
}

const renderWidget = (page: Page, tag: string, data: unknown) =>
  page.evaluate(
    async ([tag, data]) => {
      const widgets = window.kthBench as WidgetPage
      await widgets.ready(tag)
      return widgets.render(tag, { lang: 'sv' }, data)
    },
    [tag, data] as const,
  )

export async function sizesSuite(
  bench: Bench,
  root: string,
  versions: { visTimeline: string; orgChart: string; jquery: string },
  log: (line: string) => void,
): Promise<{ table: BenchTable; goals: Goal[] }> {
  const ownData: unknown = JSON.parse(
    await readFile(fileURLToPath(import.meta.resolve('@kth-vs/data/vs.json')), 'utf8'),
  )
  const rows: [string, string, Weight][] = []
  const add = (what: string, how: string, weight: Weight) => {
    rows.push([what, how, weight])
    log(`${what} (${how}): ${kb(weight.gzip)} kB gzip in ${weight.files} files`)
  }

  const cdn = weigh([await readFile(cdnFile)])
  add(`CDN file \`${path.basename(cdnFile)}\``, 'the file as published', cdn)
  const cdnPage = await loadedFrom(bench, root, PAGES.cdn, LIBRARY_FOLDERS.cdn, async (page) => {
    for (const { tag } of WIDGETS) await renderWidget(page, tag, undefined)
  })
  add('page with all five widgets from the CDN file', 'built-in data', cdnPage)

  const onePage: { name: string; weight: Weight }[] = []
  for (const { entry, tag } of WIDGETS) {
    for (const [how, data] of [
      ['built-in data', undefined],
      ['own data by `data`', ownData],
    ] as const) {
      const weight = await loadedFrom(bench, root, PAGES.npm(entry), LIBRARY_FOLDERS.npm(entry), (page) =>
        renderWidget(page, tag, data),
      )
      add(`page with \`<${tag}>\` from npm (\`@kth-vs/widgets/${entry}/define\`)`, how, weight)
      onePage.push({ name: `\`<${tag}>\`, ${how}`, weight })
    }
  }

  add(
    `vis-timeline ${versions.visTimeline} (standalone build)`,
    'for comparison',
    await loadedFrom(bench, root, PAGES.visTimeline, LIBRARY_FOLDERS.visTimeline, async () => {}),
  )
  add(
    `dabeng OrgChart ${versions.orgChart} with jQuery ${versions.jquery} and its style sheet`,
    'for comparison',
    await loadedFrom(bench, root, PAGES.orgChart, LIBRARY_FOLDERS.orgChart, async () => {}),
  )

  const table: BenchTable = {
    title: 'Bytes a page loads',
    columns: ['what', 'data', 'files', 'minified (kB)', 'gzip -9 (kB)', 'brotli q11 (kB)'],
    rows: rows.map(([what, how, weight]) => [
      what,
      how,
      weight.files,
      kb(weight.minified),
      kb(weight.gzip),
      kb(weight.brotli),
    ]),
    notes: [
      `Every script and style sheet the page requested from the library's folder while it showed the widgets (until the network was quiet), each compressed on its own as a server sends it; 1 kB = 1,000 bytes. The npm pages are each widget's \`define\` entry bundled with esbuild ${esbuildVersion} as an application's production build does it (bundled, minified, ES modules split at dynamic imports, \`production\` export conditions, \`NODE_ENV=production\`). Own data is the VS dataset (\`@kth-vs/data/vs.json\`) given to the \`data\` property. The comparison bundles (built the same way) also hold the benchmark's few lines that time them.`,
    ],
  }

  const cdnBytes = Math.max(cdn.gzip, cdnPage.gzip)
  const largest = onePage.reduce((a, b) => (b.weight.gzip > a.weight.gzip ? b : a))
  const goals: Goal[] = [
    {
      goal: `CDN file, every widget and the default dataset: at most ${GOAL_CDN_KB} kB gzip`,
      measured: `${kb(cdnBytes)} kB gzip (${kb(cdn.brotli)} kB brotli)`,
      met: cdnBytes <= GOAL_CDN_KB * 1000,
    },
    {
      goal: `page that uses one widget: at most ${GOAL_ONE_WIDGET_KB} kB gzip of script in total`,
      measured: `${kb(largest.weight.gzip)} kB gzip, the largest (${largest.name})`,
      met: largest.weight.gzip <= GOAL_ONE_WIDGET_KB * 1000,
    },
  ]
  return { table, goals }
}
