// `pnpm bench` at the repository root: runs the packages' `bench` scripts through turbo, one at a time,
// then writes the medians of all of it to bench/RESULTS.md with the machine they ran on.
//
// The browser benchmark (@kth-vs/bench, in this folder) writes its tables to bench/results/*.json; the
// core's benchmark only prints, so its lines are read from turbo's output, which is kept in
// bench/results/turbo-bench.log. The tables are printed at the end too.
//
//   node bench/collect.mjs            run the benchmarks, then write bench/RESULTS.md
//   node bench/collect.mjs --no-run   write bench/RESULTS.md again from the results already in bench/results
import { execFileSync, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { stripVTControlCharacters } from 'node:util'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const resultsDir = path.join(root, 'bench', 'results')
const logFile = path.join(resultsDir, 'turbo-bench.log')
/** The folders of the packages with a `bench` script; turbo builds what they use, not Storybook and the site. */
const benchmarked = ['packages/core', 'bench']
const turboArgs = [
  'run',
  'bench',
  '--concurrency',
  '1',
  ...benchmarked.flatMap((dir) => ['--filter', `./${dir}`]),
]
const run = !process.argv.includes('--no-run')

/** Runs turbo, passing its output through and keeping a copy; resolves to its exit code. */
function runTurbo() {
  return new Promise((resolve, reject) => {
    const chunks = []
    const child = spawn(path.join(root, 'node_modules', '.bin', 'turbo'), turboArgs, {
      cwd: root,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk)
      chunks.push(chunk)
    })
    child.stderr.on('data', (chunk) => {
      process.stderr.write(chunk)
      chunks.push(chunk)
    })
    child.on('error', reject)
    child.on('close', async (code) => {
      await writeFile(logFile, stripVTControlCharacters(Buffer.concat(chunks).toString('utf8')))
      resolve(code ?? 1)
    })
  })
}

/** The core's result lines (`name  median 1.23 ms over 15 runs (goal …)`) from turbo's output, as a table. */
function coreTable(log) {
  const rows = []
  const notes = []
  for (const raw of log.split('\n')) {
    const line = raw.replace(/^@kth-vs\/core:bench:\s?/, '')
    if (line === raw) continue
    const result = line.match(/^(.+?)\s+median\s+([\d.]+) ms over (\d+) runs(?: \((.*)\))?\s*$/)
    if (result) rows.push([result[1], result[2], result[3], result[4] ?? ''])
    else if (/^Core benchmark:/.test(line)) notes.push(`${line.trim()} (\`syntheticProgramme\`), in Node.`)
  }
  if (rows.length === 0) return undefined
  return {
    title: '@kth-vs/core (Node)',
    columns: ['task', 'median (ms)', 'runs', 'goal'],
    rows,
    notes: [...notes, 'Three unmeasured runs first, to warm up the JIT.'],
  }
}

function chromiumVersion() {
  try {
    return execFileSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', ['--version'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim()
  } catch {
    return 'unknown'
  }
}

/** A table cell: widget tags as code (not HTML), pipes escaped, large numbers with thousands separators. */
function cell(value) {
  const text =
    typeof value === 'number' && Math.abs(value) >= 1000
      ? value.toLocaleString('en', { maximumFractionDigits: 2 })
      : String(value)
  return text.replace(/\|/g, '\\|').replace(/(?<!`)<(vs-[a-z-]+)>(?!`)/g, '`<$1>`')
}

function markdownTable({ title, columns, rows, notes = [] }) {
  const numeric = columns.map((_, i) => rows.every((row) => /^-?[\d.,]+$/.test(String(row[i]))))
  return [
    `### ${cell(title)}`,
    '',
    `| ${columns.map(cell).join(' | ')} |`,
    `| ${numeric.map((right) => (right ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
    ...notes.flatMap((note) => [note, '']),
  ].join('\n')
}

async function packageScript(dir) {
  const manifest = JSON.parse(await readFile(path.join(root, dir, 'package.json'), 'utf8'))
  return `${manifest.name}: \`${manifest.scripts.bench}\` (in \`${dir}\`)`
}

await mkdir(resultsDir, { recursive: true })
if (run) {
  // Stale results from an earlier run must not pass for this one's.
  for (const name of await readdir(resultsDir))
    if (name.endsWith('.json')) await rm(path.join(resultsDir, name))
  const code = await runTurbo()
  if (code !== 0) {
    console.error(`turbo ${turboArgs.join(' ')} failed (exit ${code}); bench/RESULTS.md is left as it was.`)
    process.exit(code)
  }
}

const suites = []
for (const name of (await readdir(resultsDir)).filter((file) => file.endsWith('.json')).sort()) {
  suites.push(JSON.parse(await readFile(path.join(resultsDir, name), 'utf8')))
}
const core = existsSync(logFile) ? coreTable(await readFile(logFile, 'utf8')) : undefined
if (!core && suites.length === 0) {
  console.error('No results in bench/results: run `pnpm bench` first.')
  process.exit(1)
}

const order = ['browser']
suites.sort((a, b) => (order.indexOf(a.suite) + 1 || 99) - (order.indexOf(b.suite) + 1 || 99))
const headless = suites.find((suite) => suite.userAgent)
const bundled = suites.find((suite) => suite.esbuild)
const cpus = os.cpus()
const finished =
  suites
    .map((suite) => suite.finishedAt)
    .sort()
    .at(-1) ?? new Date().toISOString()

const machine = [
  `- CPU: ${cpus[0]?.model ?? 'unknown'}, ${cpus.length} logical cores (${headless?.cores ?? '?'} seen by Chromium)`,
  `- Memory: ${(os.totalmem() / 1024 ** 3).toFixed(1)} GiB`,
  `- OS: ${os.type()} ${os.release()} (${os.arch()})`,
  `- Node: ${process.version}`,
  `- Chromium: ${chromiumVersion()}, headless (${headless?.browser ?? 'not run'})`,
  bundled ? `- esbuild: ${bundled.esbuild}` : undefined,
  ...suites
    .filter((suite) => suite.seconds)
    .map((suite) => `- Time taken by the ${suite.suite} benchmark: ${suite.seconds} s`),
  ...suites
    .filter((suite) => suite.load)
    .map(
      (suite) =>
        `- Load average (1 minute) when the ${suite.suite} benchmark started and ended: ${suite.load.join(' and ')}, on ${cpus.length} cores shared with other work`,
    ),
  `- Finished: ${finished}`,
].filter(Boolean)

const markdown = [
  '# Benchmark results',
  '',
  'Medians of repeated runs unless a table says otherwise. Written by `bench/collect.mjs`; do not edit by hand.',
  '',
  '## How they were made',
  '',
  'Command, at the repository root:',
  '',
  '```sh',
  'pnpm bench',
  '```',
  '',
  `which runs \`node bench/collect.mjs\`, which runs \`turbo ${turboArgs.join(' ')}\` (building what they use first) and then writes this file from \`bench/results/\`. The packages' \`bench\` scripts:`,
  '',
  ...(await Promise.all(benchmarked.map(async (dir) => `- ${await packageScript(dir)}`))),
  '',
  "The browser benchmark measures the production build: the CDN file as `@kth-vs/widgets` publishes it, and each widget's npm entry bundled as an application's production build bundles it. It drives headless Chromium through Playwright (launched as `tooling/chromium.ts` says, page 1280 × 800) and runs vis-timeline and dabeng OrgChart in the same browser on the same synthetic data. Each table says what it measures.",
  '',
  '## Machine',
  '',
  ...machine,
  '',
  '## Results',
  '',
  ...suites.flatMap((suite) => suite.tables.map(markdownTable)),
  ...(core ? [markdownTable(core)] : []),
].join('\n')

await writeFile(path.join(root, 'bench', 'RESULTS.md'), `${markdown.trimEnd()}\n`)
console.log(`\n${markdown.slice(markdown.indexOf('## Machine')).trimEnd()}\n`)
console.log(`Wrote bench/RESULTS.md (${suites.length} result files${core ? ' and the core' : ''}).`)
