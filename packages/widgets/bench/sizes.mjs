// Bundle sizes of every entry point and the CDN file: minified, gzip (zlib level 9) and brotli (quality 11).
// Each `dist/<widget>/define.js` and `dist/define.js` is bundled with esbuild the way an app would bundle
// it (Lit and the core included, `@kth-vs/data` left out: the app brings its own data); the CDN file is
// already one minified bundle and is measured as it is. Run after `pnpm build`, through `pnpm bench`;
// prints a table and writes bench/results/widgets-sizes.json at the repository root.
import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'
import { build, version } from 'esbuild'
import { format, resolveConfig } from 'prettier'

const packageDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const resultsDir = path.resolve(packageDir, '../../bench/results')

const entries = [
  ['dist/define.js', 'every widget (`@kth-vs/widgets/define`)'],
  ['dist/org-chart/define.js', '<vs-org-chart>'],
  ['dist/timeline/define.js', '<vs-timeline>'],
  ['dist/principle-cards/define.js', '<vs-principle-cards>'],
  ['dist/support-areas/define.js', '<vs-support-areas>'],
  ['dist/governance/define.js', '<vs-governance>'],
  ['dist/programme/define.js', '<vs-programme>'],
]
const CDN = ['dist/cdn/kth-vs.js', 'CDN file, with the built-in datasets (`@kth-vs/widgets/cdn`)']

/** The gzip budgets in .size-limit.json, by file. */
const budgets = new Map(
  JSON.parse(await readFile(path.join(packageDir, '.size-limit.json'), 'utf8')).map((entry) => [
    entry.path,
    entry.limit,
  ]),
)

async function bundle(entry) {
  const result = await build({
    entryPoints: [path.join(packageDir, entry)],
    absWorkingDir: packageDir,
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    external: ['@kth-vs/data'],
    write: false,
    logLevel: 'error',
    legalComments: 'none',
  })
  return Buffer.from(result.outputFiles[0].contents)
}

function measure(bytes) {
  return {
    minified: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  }
}

const rows = []
for (const [entry, name] of entries) rows.push({ entry, name, ...measure(await bundle(entry)) })
rows.push({ entry: CDN[0], name: CDN[1], ...measure(await readFile(path.join(packageDir, CDN[0]))) })

/** Kilobytes of 1,000 bytes, as size-limit counts them. */
const kb = (bytes) => (bytes / 1000).toFixed(1)
console.log('Bundle sizes (kB; esbuild --bundle --minify, @kth-vs/data external; CDN file as built)')
console.log(
  `${'entry'.padEnd(32)}${'minified'.padStart(10)}${'gzip -9'.padStart(10)}${'brotli'.padStart(10)}  size-limit budget (gzip)`,
)
for (const row of rows) {
  console.log(
    `${row.entry.padEnd(32)}${kb(row.minified).padStart(10)}${kb(row.gzip).padStart(10)}${kb(row.brotli).padStart(10)}  ${budgets.get(row.entry) ?? ''}`,
  )
}

const results = {
  suite: 'widgets-sizes',
  node: process.version,
  esbuild: version,
  finishedAt: new Date().toISOString(),
  tables: [
    {
      title: 'Bundle sizes of @kth-vs/widgets',
      columns: [
        'entry',
        'what',
        'minified (kB)',
        'gzip -9 (kB)',
        'brotli q11 (kB)',
        'size-limit budget (gzip)',
      ],
      rows: rows.map((row) => [
        `\`${row.entry}\``,
        row.name,
        kb(row.minified),
        kb(row.gzip),
        kb(row.brotli),
        budgets.get(row.entry) ?? '',
      ]),
      notes: [
        'Each entry bundled with esbuild (`bundle`, `minify`, ESM, es2022, browser) with Lit and `@kth-vs/core` inside and `@kth-vs/data` external; the CDN file (every widget, the core and the datasets) measured as `pnpm build` writes it. 1 kB = 1,000 bytes, as size-limit counts. The budgets are the gzip limits in `packages/widgets/.size-limit.json`, which size-limit checks with its own bundling.',
      ],
    },
  ],
}
const file = path.join(resultsDir, 'widgets-sizes.json')
await mkdir(resultsDir, { recursive: true })
// Formatted as the repository's Prettier would, so `pnpm format:check` passes with results present.
await writeFile(
  file,
  await format(JSON.stringify(results), { ...(await resolveConfig(file)), parser: 'json' }),
)
