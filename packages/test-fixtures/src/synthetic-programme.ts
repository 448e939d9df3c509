import type { ProgrammeDocumentInput } from './core.js'

/** A deterministic pseudo-random generator, so every run measures the same document. */
function random(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state * 1664525 + 1013904223) >>> 0
    return state / 2 ** 32
  }
}

const KINDS = ['decision', 'milestone', 'phase', 'period'] as const

const pad = (n: number) => String(n).padStart(2, '0')

/**
 * A valid, made-up programme document of the given size, for benchmarks and load tests: a tree of units (a university, five schools and
 * branches below them, some valid only before or after 2023-01-01, some moved or renamed) and dated
 * timeline items of every precision.
 */
export function syntheticProgramme(unitCount: number, itemCount: number, seed = 1): ProgrammeDocumentInput {
  const next = random(seed)
  const units: NonNullable<ProgrammeDocumentInput['units']> = [
    { id: 'u0', kind: 'university', name: { sv: 'KTH', en: 'KTH' }, sources: ['s'] },
  ]
  for (let i = 1; i < unitCount; i++) {
    const parentIndex = i <= 5 ? 0 : Math.floor(next() * Math.min(i, 2000))
    const parent = units[parentIndex] ?? units[0]
    if (!parent) break
    const unit: (typeof units)[number] = {
      id: `u${i}`,
      kind: i <= 5 ? 'school' : 'unit',
      parent: parent.id,
      name: {
        sv: `Enhet ${i} för ${['ekonomi', 'HR', 'forskning', 'utbildning', 'kommunikation'][i % 5]}`,
        en: `Unit ${i}`,
      },
      sources: ['s'],
    }
    // Inherit the parent's limits, then narrow some of them, so every unit lies inside its parent's validity.
    if (parent.validFrom) unit.validFrom = parent.validFrom
    if (parent.validTo) unit.validTo = parent.validTo
    const roll = next()
    if (i > 5 && roll < 0.1 && !parent.validFrom && !parent.validTo) unit.validTo = '2022-12-31'
    else if (i > 5 && roll < 0.2 && !parent.validFrom && !parent.validTo) unit.validFrom = '2023-01-01'
    else if (i > 5 && roll < 0.25)
      unit.renames = [{ from: '2024-04-01', name: { sv: `Enhet ${i} (ny)`, en: `Unit ${i} (new)` } }]
    units.push(unit)
  }
  const timeline: NonNullable<ProgrammeDocumentInput['timeline']> = []
  for (let i = 0; i < itemCount; i++) {
    const year = 2018 + Math.floor(next() * 9)
    const month = 1 + Math.floor(next() * 12)
    const kind = KINDS[i % KINDS.length] ?? 'milestone'
    const dated =
      i % 5 === 0
        ? `${year}`
        : i % 5 === 1
          ? `${year}-Q${1 + (month % 4)}`
          : i % 5 === 2
            ? `${year}-${pad(month)}`
            : `${year}-${pad(month)}-${pad(1 + Math.floor(next() * 28))}`
    const item: (typeof timeline)[number] =
      kind === 'phase' || kind === 'period'
        ? {
            id: `t${i}`,
            kind,
            start: `${year}-${pad(month)}`,
            end: `${year + 1}-${pad(month)}`,
            title: { sv: `Fas ${i}`, en: `Phase ${i}` },
            sources: ['s'],
          }
        : {
            id: `t${i}`,
            kind,
            date: dated,
            title: { sv: `Händelse ${i}`, en: `Event ${i}` },
            units: [`u${i % unitCount}`],
            sources: ['s'],
          }
    timeline.push(item)
  }
  return {
    schemaVersion: 1,
    programme: {
      id: 'bench',
      name: { sv: 'Testprogram', en: 'Test programme' },
      start: '2022-03',
      end: '2026-09-30',
      sources: ['s'],
    },
    sources: [{ id: 's', url: 'https://intra.kth.se/' }],
    units,
    timeline,
  }
}
