// Shows how validation time grows with the document: three shapes of generated documents, each at sizes
// from 1,000 to 100,000, validated whole (shape and semantics). Validation should be linear, so the time
// per entry (unit, timeline item or move) should stay about the same down each shape's rows. Run with `pnpm bench`; prints a table,
// writes bench/results/core-validation-scaling.json at the repository root and never asserts on time.
import { mkdir, writeFile } from 'node:fs/promises'
import { performance } from 'node:perf_hooks'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { syntheticProgramme } from '@kth-vs/test-fixtures/synthetic-programme'
import { type ProgrammeDocumentInput, validateProgramme } from '../src/index.js'

const SIZES = [1_000, 3_000, 10_000, 30_000, 100_000]
// A shape whose run takes longer than this is not measured at larger sizes: the table says so instead.
const GIVE_UP_MS = 20_000

type Units = NonNullable<ProgrammeDocumentInput['units']>

/** The day `n` days after 2000-01-01, so every entry can start on a day of its own. */
function day(n: number): string {
  return new Date(Date.UTC(2000, 0, 1 + n)).toISOString().slice(0, 10)
}

function skeleton(units: Units): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: { id: 'p', name: { sv: 'Program' }, start: '2000', end: '2300', sources: ['s'] },
    sources: [{ id: 's', url: 'https://www.kth.se/' }],
    units,
  }
}

/** Units in a binary tree, each valid from a day of its own and moved once, later, to another unit above it. */
function datedMovingTree(count: number): ProgrammeDocumentInput {
  const units: Units = [
    { id: 'u0', kind: 'university', name: { sv: 'KTH' }, validFrom: day(0), sources: ['s'] },
  ]
  for (let i = 1; i < count; i++) {
    units.push({
      id: `u${i}`,
      kind: 'unit',
      parent: `u${Math.floor((i - 1) / 2)}`,
      name: { sv: `Enhet ${i}` },
      validFrom: day(i),
      moves: [{ from: day(count + i), parent: `u${Math.floor((i - 1) / 3)}` }],
      sources: ['s'],
    })
  }
  return skeleton(units)
}

/** A chain of units, each under the one before and valid from a day of its own. */
function datedChain(count: number): ProgrammeDocumentInput {
  const units: Units = [
    { id: 'u0', kind: 'university', name: { sv: 'KTH' }, validFrom: day(0), sources: ['s'] },
  ]
  for (let i = 1; i < count; i++)
    units.push({
      id: `u${i}`,
      kind: 'unit',
      parent: `u${i - 1}`,
      name: { sv: `Enhet ${i}` },
      validFrom: day(i),
      sources: ['s'],
    })
  return skeleton(units)
}

/** One unit that moves back and forth between ten schools, on a new day each time. */
function oneUnitMoving(moves: number): ProgrammeDocumentInput {
  const units: Units = [{ id: 'kth', kind: 'university', name: { sv: 'KTH' }, sources: ['s'] }]
  for (let i = 0; i < 10; i++)
    units.push({
      id: `school${i}`,
      kind: 'school',
      parent: 'kth',
      name: { sv: `Skola ${i}` },
      sources: ['s'],
    })
  units.push({
    id: 'mover',
    kind: 'unit',
    parent: 'school0',
    name: { sv: 'Flyttande enhet' },
    moves: Array.from({ length: moves }, (_, i) => ({ from: day(i + 1), parent: `school${(i + 1) % 10}` })),
    sources: ['s'],
  })
  return skeleton(units)
}

interface Shape {
  name: string
  /** What n counts, and how many entries (units, items, moves) a document of size n has. */
  size: string
  entries: (n: number) => number
  make: (n: number) => ProgrammeDocumentInput
  /** False for a shape that may be refused (too deep): then its time to refuse is what is measured. */
  mustBeValid?: false
}

const SHAPES: Shape[] = [
  {
    name: 'programme (syntheticProgramme)',
    size: 'n units and n timeline items',
    entries: (n) => 2 * n,
    make: (n) => syntheticProgramme(n, n),
  },
  {
    name: 'dated tree, every unit moved',
    size: 'n units with one move each',
    entries: (n) => 2 * n,
    make: datedMovingTree,
  },
  { name: 'one unit moving', size: 'n moves of one unit', entries: (n) => n, make: oneUnitMoving },
  {
    name: 'dated chain',
    size: 'n units, each under the last',
    entries: (n) => n,
    make: datedChain,
    mustBeValid: false,
  },
]

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? Number.NaN
}

function runsFor(entries: number): number {
  return entries <= 10_000 ? 15 : entries <= 60_000 ? 7 : 3
}

const columns = [
  'shape',
  'n',
  'entries',
  'median (ms)',
  'µs per entry',
  'CPU µs per entry',
  'runs',
  'outcome',
]
const rows: string[][] = []
/** Prints a row as it is measured (the shape's name left, the figures right) and keeps it for the file. */
function report(shape: Shape, cells: string[]): void {
  rows.push([shape.name, ...cells])
  console.log(`${shape.name.padEnd(30)}${cells.map((cell) => cell.padStart(16)).join(' ')}`)
}

console.log('Validation scaling: validateProgramme on generated documents, medians')
console.log(
  `${columns[0]!.padEnd(30)}${columns
    .slice(1)
    .map((cell) => cell.padStart(16))
    .join(' ')}`,
)
for (const shape of SHAPES) {
  let gaveUp: number | undefined
  for (const n of SIZES) {
    const entries = shape.entries(n)
    const counts = [n.toLocaleString('en'), entries.toLocaleString('en')]
    if (gaveUp !== undefined) {
      report(shape, [
        ...counts,
        '—',
        '—',
        '—',
        '0',
        `not run: n = ${gaveUp.toLocaleString('en')} took > ${GIVE_UP_MS / 1000} s`,
      ])
      continue
    }
    const input = shape.make(n)
    const first = performance.now()
    const firstCpu = process.cpuUsage()
    const result = validateProgramme(input) // also warms up the JIT
    const firstMs = performance.now() - first
    const firstCpuUsed = process.cpuUsage(firstCpu)
    if (!result.ok && shape.mustBeValid !== false)
      throw new Error(`${shape.name}, n = ${n}: ${JSON.stringify(result.issues.slice(0, 3))}`)
    const samples = firstMs > GIVE_UP_MS ? [firstMs] : []
    const cpuSamples = firstMs > GIVE_UP_MS ? [(firstCpuUsed.user + firstCpuUsed.system) / 1000] : []
    const runs = firstMs > GIVE_UP_MS ? 1 : runsFor(entries)
    while (samples.length < runs) {
      const start = performance.now()
      const cpu = process.cpuUsage()
      validateProgramme(input)
      const used = process.cpuUsage(cpu)
      samples.push(performance.now() - start)
      cpuSamples.push((used.user + used.system) / 1000)
    }
    const ms = median(samples)
    const perEntry = (value: number) => ((value * 1000) / entries).toFixed(2)
    const outcome = result.ok ? 'valid' : `refused: ${result.issues[0]?.code ?? '?'}`
    report(shape, [
      ...counts,
      ms.toFixed(1),
      perEntry(ms),
      perEntry(median(cpuSamples)),
      String(runs),
      outcome,
    ])
    if (ms > GIVE_UP_MS) gaveUp = n
  }
}

const resultsDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../bench/results')
await mkdir(resultsDir, { recursive: true })
const results = {
  suite: 'core-validation-scaling',
  node: process.version,
  finishedAt: new Date().toISOString(),
  tables: [
    {
      title: 'Validation time by document size (@kth-vs/core, Node)',
      columns,
      rows,
      notes: [
        '`validateProgramme` on a generated document, shape and semantic checks, after one unmeasured run. Linear validation keeps the time per entry about the same as the document grows. The CPU time (user and system, of every thread of the process, so the garbage collector too) is steadier than the wall time on a busy machine.',
        ...SHAPES.map((shape) => `${shape.name}: ${shape.size}.`),
      ],
    },
  ],
}
await writeFile(
  path.join(resultsDir, 'core-validation-scaling.json'),
  `${JSON.stringify(results, null, 2)}\n`,
)
