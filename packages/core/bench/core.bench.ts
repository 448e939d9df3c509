// Measures the core on a generated programme of 10,000 units and 2,000 timeline items.
// Run with `pnpm bench`; prints medians of repeated runs, never asserts on time.
import { cpus } from 'node:os'
import { performance } from 'node:perf_hooks'
import {
  assignLanes,
  buildOrgIndex,
  organisationIndex,
  orgDiff,
  orgTreeAt,
  searchOrg,
  timelineEntries,
  validateProgramme,
  type ProgrammeDocument,
} from '../src/index.js'
import { syntheticProgramme } from '@kth-vs/test-fixtures/synthetic-programme'

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]!
}

function measure(name: string, goalMs: number | undefined, runs: number, task: () => unknown): void {
  for (let i = 0; i < 3; i++) task() // warm up the JIT
  const samples: number[] = []
  for (let i = 0; i < runs; i++) {
    const start = performance.now()
    task()
    samples.push(performance.now() - start)
  }
  const goal =
    goalMs === undefined ? '' : ` (goal < ${goalMs} ms: ${median(samples) < goalMs ? 'met' : 'MISSED'})`
  console.log(
    `${name.padEnd(44)} median ${median(samples).toFixed(2).padStart(8)} ms over ${runs} runs${goal}`,
  )
}

const input = syntheticProgramme(10_000, 2_000)
const validated = validateProgramme(input)
if (!validated.ok)
  throw new Error(`generated document is invalid: ${JSON.stringify(validated.issues.slice(0, 3))}`)
const document: ProgrammeDocument = validated.document
const index = organisationIndex(document)
const tree = orgTreeAt(index, '2024-06-01')

console.log(`Core benchmark: ${document.units.length} units, ${document.timeline.length} timeline items`)
console.log(`Node ${process.version}, ${cpus().length} × ${cpus()[0]?.model ?? 'unknown CPU'}`)
measure('validate (shape + semantics)', undefined, 15, () => validateProgramme(input))
measure('validate and index (org + timeline)', 50, 15, () => {
  const result = validateProgramme(input)
  if (result.ok) {
    organisationIndex(result.document)
    timelineEntries(result.document)
  }
})
measure('tree at a date', 5, 50, () => orgTreeAt(index, '2022-12-31'))
// One unit that has moved under each of 20,000 parents in turn: the tree asks for its parent once per parent.
const moves = Array.from({ length: 20_000 }, (_, i) => ({
  from: new Date(Date.UTC(2000, 0, 1 + i)).toISOString().slice(0, 10),
  parentId: `p${i}`,
}))
const movingIndex = buildOrgIndex([
  { id: 'root', name: { sv: 'KTH' } },
  ...moves.map(({ parentId }) => ({ id: parentId, parentId: 'root', name: { sv: parentId } })),
  { id: 'mover', parentId: 'p0', name: { sv: 'Flyttar' }, moves },
])
measure('tree at a date, one unit moved 20,000 times', undefined, 15, () =>
  orgTreeAt(movingIndex, '2030-01-01'),
)
measure('diff between two dates', undefined, 30, () => orgDiff(index, '2022-12-31', '2024-06-01'))
measure('search "enhet 12 hr"', 5, 50, () => searchOrg(tree, 'enhet 12 hr', 'sv'))
measure('lanes for 2,000 items', undefined, 50, () => assignLanes(timelineEntries(document)))
