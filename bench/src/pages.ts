// Builds the pages the benchmark loads: the CDN file as published, each widget's npm entry bundled the
// way an application's production build bundles it, vis-timeline and dabeng OrgChart, and the small
// scripts that time them.
import { cp, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { type BuildOptions, build, version as esbuildVersion } from 'esbuild'

export { esbuildVersion }

const benchDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Every widget of the kit: its npm entry's folder and its tag. */
export const WIDGETS = [
  { entry: 'timeline', tag: 'vs-timeline' },
  { entry: 'org-chart', tag: 'vs-org-chart' },
  { entry: 'principle-cards', tag: 'vs-principle-cards' },
  { entry: 'support-areas', tag: 'vs-support-areas' },
  { entry: 'governance', tag: 'vs-governance' },
] as const

export type WidgetEntry = (typeof WIDGETS)[number]['entry']

/** The CDN file as `@kth-vs/widgets` publishes it (`@kth-vs/widgets/cdn`). */
export const cdnFile = fileURLToPath(import.meta.resolve('@kth-vs/widgets/cdn'))

/**
 * An application's production build: bundled, minified, ES modules split into chunks at dynamic
 * imports, production export conditions (never Lit's development build) and `NODE_ENV` production.
 */
export const PRODUCTION: BuildOptions = {
  bundle: true,
  minify: true,
  format: 'esm',
  splitting: true,
  platform: 'browser',
  target: 'es2022',
  conditions: ['module', 'production'],
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'none',
  logLevel: 'error',
  absWorkingDir: benchDir,
  nodePaths: [path.join(benchDir, 'node_modules')],
}

/** Addresses of the pages, relative to the server's root. */
export const PAGES = {
  cdn: '/cdn.html',
  npm: (entry: WidgetEntry) => `/npm-${entry}.html`,
  visTimeline: '/vis-timeline.html',
  orgChart: '/orgchart.html',
}

/** Folders (relative to the server's root) whose files a page loads as the library it measures. */
export const LIBRARY_FOLDERS = {
  cdn: '/cdn/',
  npm: (entry: WidgetEntry) => `/npm/${entry}/`,
  visTimeline: '/vendor/vis-timeline/',
  orgChart: '/vendor/orgchart/',
}

function html(title: string, scripts: string[], styles: string[] = []): string {
  return [
    '<!doctype html>',
    '<html lang="sv">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${title}</title>`,
    // No icon to fetch: every request the page makes is the library's or the benchmark's.
    '<link rel="icon" href="data:,">',
    ...styles.map((href) => `<link rel="stylesheet" href="${href}">`),
    '<link rel="stylesheet" href="/harness/page.css">',
    '</head>',
    '<body>',
    '<div id="host"></div>',
    ...scripts.map((src) => `<script type="module" src="${src}"></script>`),
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

async function bundle(entry: string, outdir: string): Promise<void> {
  await build({ ...PRODUCTION, entryPoints: { main: entry }, outdir })
}

/** Builds every page into `root`. */
export async function buildPages(root: string): Promise<void> {
  const sources = path.join(benchDir, 'src', 'page')
  const entries = path.join(root, 'entries')
  await mkdir(entries, { recursive: true })

  // The timing scripts, apart from what they time.
  await bundle(path.join(sources, 'widgets.ts'), path.join(root, 'harness'))
  await writeFile(
    path.join(root, 'harness', 'page.css'),
    'body { margin: 0; font-family: sans-serif; } #host { inline-size: 1200px; }\n',
  )

  // The CDN file and anything beside it, as published.
  await cp(path.dirname(cdnFile), path.join(root, 'cdn'), { recursive: true })
  const cdnUrl = `${LIBRARY_FOLDERS.cdn}${path.basename(cdnFile)}`
  await writeFile(path.join(root, PAGES.cdn), html('CDN file', ['/harness/main.js', cdnUrl]))

  // Each widget's npm entry, as an application that uses that one widget bundles it.
  for (const { entry } of WIDGETS) {
    const file = path.join(entries, `${entry}.js`)
    await writeFile(file, `import '@kth-vs/widgets/${entry}/define'\n`)
    await bundle(file, path.join(root, LIBRARY_FOLDERS.npm(entry)))
    await writeFile(
      path.join(root, PAGES.npm(entry)),
      html(`npm: ${entry}`, ['/harness/main.js', `${LIBRARY_FOLDERS.npm(entry)}main.js`]),
    )
  }

  // vis-timeline's standalone build (it adds its own styles), with its timing script.
  await bundle(path.join(sources, 'vis-timeline.ts'), path.join(root, LIBRARY_FOLDERS.visTimeline))
  await writeFile(
    path.join(root, PAGES.visTimeline),
    html('vis-timeline', [`${LIBRARY_FOLDERS.visTimeline}main.js`]),
  )

  // jQuery and dabeng OrgChart with its style sheet, with their timing script.
  await bundle(path.join(sources, 'orgchart.ts'), path.join(root, LIBRARY_FOLDERS.orgChart))
  await writeFile(
    path.join(root, PAGES.orgChart),
    html('dabeng OrgChart', [`${LIBRARY_FOLDERS.orgChart}main.js`], [`${LIBRARY_FOLDERS.orgChart}main.css`]),
  )
}
