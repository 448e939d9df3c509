import { type DayInterval, textInterval } from '../dates/index.js'
import type { OrgUnit, ProgrammeDocument } from '../schema/programme.js'
import { EulerTourForest } from './euler-tour-forest.js'
import { type IssuePath, type ValidationIssue, issue } from './issue.js'
import { MAX_ISSUES, MAX_ORG_DEPTH } from './limits.js'

/** Earliest and latest days, standing in for an open end of a validity range. */
const DAWN = '0001-01-01'
const DUSK = '9999-12-31'

/** The inclusive days a unit is valid; open ends run to the edges of time. */
export function unitValidity(unit: Pick<OrgUnit, 'validFrom' | 'validTo'>): DayInterval {
  return {
    start: (unit.validFrom !== undefined ? textInterval(unit.validFrom)?.start : undefined) ?? DAWN,
    end: (unit.validTo !== undefined ? textInterval(unit.validTo)?.end : undefined) ?? DUSK,
  }
}

// Inside the checks days are numbers (days since 1970-01-01), so the day before a move needs no
// calendar; open ends lie far outside any real day.
const BEFORE_ALL = -1e9
const AFTER_ALL = 1e9
const MS_PER_DAY = 86_400_000

// The days come from textInterval, so they are real ISO days and need no checking again.
function dayNumber(day: string): number {
  return Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / MS_PER_DAY
}

function dayText(day: number): string {
  if (day === BEFORE_ALL) return DAWN
  if (day === AFTER_ALL) return DUSK
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10)
}

/** Inclusive days as numbers. */
interface Days {
  from: number
  to: number
}

/** One stretch of a unit's life under one parent (or none), with the field that says so. */
interface ParentPeriod extends Days {
  parent: string | undefined
  path: IssuePath
}

function validityDays(unit: OrgUnit): Days {
  const from = unit.validFrom === undefined ? undefined : textInterval(unit.validFrom)?.start
  const to = unit.validTo === undefined ? undefined : textInterval(unit.validTo)?.end
  return {
    from: from === undefined ? BEFORE_ALL : dayNumber(from),
    to: to === undefined ? AFTER_ALL : dayNumber(to),
  }
}

/** The parent a unit has over each stretch of its validity, following its moves. */
function parentPeriods(unit: OrgUnit, validity: Days): ParentPeriod[] {
  // Of moves on the same day the later in the list wins, as in the organisation tree.
  const moves = (unit.moves ?? [])
    .map((move, j) => {
      const start = textInterval(move.from)?.start
      return { parent: move.parent, day: start === undefined ? validity.from : dayNumber(start), j }
    })
    .sort((a, b) => a.day - b.day)
  const periods: ParentPeriod[] = []
  let parent = unit.parent
  let from = validity.from
  let path: IssuePath = ['parent']
  for (const move of moves) {
    const to = Math.min(move.day - 1, validity.to)
    if (from <= to) periods.push({ parent, from, to, path })
    parent = move.parent
    from = Math.max(move.day, from)
    path = ['moves', move.j, 'parent']
  }
  if (from <= validity.to) periods.push({ parent, from, to: validity.to, path })
  return periods
}

function describe(days: Days, lang: 'sv' | 'en'): string {
  const from = days.from === BEFORE_ALL ? undefined : dayText(days.from)
  const to = days.to === AFTER_ALL ? undefined : dayText(days.to)
  if (lang === 'sv') {
    if (from && to) return `${from}–${to}`
    if (from) return `från ${from}`
    if (to) return `till ${to}`
    return 'alltid'
  }
  if (from && to) return `${from} to ${to}`
  if (from) return `from ${from}`
  if (to) return `until ${to}`
  return 'always'
}

/** A cycle's units, for a message: the first few, then how many more, and back to the first. */
function describeCycle(ids: readonly string[]): string {
  const shown = ids.length > 10 ? [...ids.slice(0, 9), `… (+${ids.length - 9})`] : [...ids]
  return [...shown.map((id, i) => (i === 9 ? id : JSON.stringify(id))), JSON.stringify(ids[0])].join(' → ')
}

/**
 * Checks the organisation over time: every unit valid only while its parent is, no unit its own
 * ancestor on any day, at most {@link MAX_ORG_DEPTH} levels on any day, and one root at a time.
 *
 * The parents change on the days units start, end and move. The check goes through those days in
 * order and keeps the organisation of the day in an {@link EulerTourForest}, hanging a unit under its
 * parent when a stretch under that parent begins and cutting it off when the stretch ends; a unit
 * whose parent is already below it closes a cycle and is left unhung (and tried again when that part
 * of the tree changes). Each change costs O(log n), so the whole check is O(p log p) in the number of
 * stretches (units plus moves), however deep the tree and however many days there are.
 */
export function checkOrganisation(doc: ProgrammeDocument, issues: ValidationIssue[]): void {
  // The first record of each id; later ones are reported as duplicates.
  const units: { unit: OrgUnit; index: number }[] = []
  const numberOf = new Map<string, number>()
  doc.units.forEach((unit, index) => {
    if (numberOf.has(unit.id)) return
    numberOf.set(unit.id, units.length)
    units.push({ unit, index })
  })
  const validity = units.map(({ unit }) => validityDays(unit))
  const periods = units.map(({ unit }, n) => parentPeriods(unit, validity[n] as Days))
  const where = (n: number, period: ParentPeriod): IssuePath => [
    'units',
    units[n]?.index ?? 0,
    ...period.path,
  ]

  // A unit must only exist while its parent does.
  const rootPeriods: { n: number; period: ParentPeriod }[] = []
  units.forEach(({ unit }, n) => {
    for (const period of periods[n] ?? []) {
      if (period.parent === undefined) {
        rootPeriods.push({ n, period })
        continue
      }
      const parentNumber = numberOf.get(period.parent)
      if (parentNumber === undefined) continue // reported as an unresolved reference
      const parentValidity = validity[parentNumber] as Days
      if (period.from < parentValidity.from || period.to > parentValidity.to) {
        issues.push(
          issue(where(n, period), 'outside_parent_validity', {
            sv: `${JSON.stringify(unit.id)} gäller ${describe(period, 'sv')} men överordnad ${JSON.stringify(period.parent)} gäller ${describe(parentValidity, 'sv')}; förväntade att enheten bara gäller när den överordnade gör det`,
            en: `${JSON.stringify(unit.id)} is valid ${describe(period, 'en')} but its parent ${JSON.stringify(period.parent)} is valid ${describe(parentValidity, 'en')}; expected the unit to be valid only while its parent is`,
          }),
        )
      }
    }
  })

  checkTreesOverTime(units, numberOf, periods, where, issues)

  // One root at any date: stretches without a parent must not overlap.
  rootPeriods.sort((a, b) => a.period.from - b.period.from)
  let latest: (typeof rootPeriods)[number] | undefined
  for (const root of rootPeriods) {
    if (latest && root.period.from <= latest.period.to) {
      const day = dayText(root.period.from)
      const id = units[root.n]?.unit.id
      const other = units[latest.n]?.unit.id
      issues.push(
        issue(['units', units[root.n]?.index ?? 0, 'parent'], 'multiple_roots', {
          sv: `saknas, så ${JSON.stringify(id)} blir en andra rot bredvid ${JSON.stringify(other)} den ${day}; förväntade en enda rot vid varje datum`,
          en: `is missing, so ${JSON.stringify(id)} is a second root beside ${JSON.stringify(other)} on ${day}; expected one root at any date`,
        }),
      )
    }
    if (!latest || root.period.to > latest.period.to) latest = root
  }
}

/** A day on which a unit is hung under its parent (`link`) or, after that day, cut off from it. */
interface Change {
  day: number
  link: boolean
  n: number
  parent: number
  period: ParentPeriod
}

function checkTreesOverTime(
  units: readonly { unit: OrgUnit; index: number }[],
  numberOf: ReadonlyMap<string, number>,
  periods: readonly ParentPeriod[][],
  where: (n: number, period: ParentPeriod) => IssuePath,
  issues: ValidationIssue[],
): void {
  const changes: Change[] = []
  periods.forEach((list, n) => {
    for (const period of list) {
      const parent = period.parent === undefined ? undefined : numberOf.get(period.parent)
      if (parent === undefined) continue
      changes.push({ day: period.from, link: true, n, parent, period })
      if (period.to !== AFTER_ALL) changes.push({ day: period.to, link: false, n, parent, period })
    }
  })
  // Hangings at the start of their day, cuttings at its end.
  changes.sort((a, b) => a.day - b.day || (a.link === b.link ? 0 : a.link ? -1 : 1))

  const forest = new EulerTourForest(units.length)
  const hungUnder = new Int32Array(units.length).fill(-1)
  // A unit whose parent was below it when its stretch began, waiting for that to change.
  const waiting = new Map<number, Change>()
  const reported = new Set<string>()
  let cycles = 0
  let depthReported = false
  const id = (n: number) => units[n]?.unit.id ?? ''

  const reportCycle = (change: Change): void => {
    cycles++
    // The parent is in the unit's tree, whose root the unit is: walk up from the parent to it.
    const loop = [change.n]
    for (let at = change.parent; at !== change.n && at !== -1; at = hungUnder[at] as number) loop.push(at)
    const key = loop.map(id).sort().join('>')
    if (reported.has(key)) return
    reported.add(key)
    const chain = describeCycle(loop.map(id))
    issues.push(
      issue(where(change.n, change.period), 'parent_cycle', {
        sv: `bildar en cykel ${chain}; förväntade ett träd där ingen enhet är sin egen överordnade`,
        en: `forms a cycle ${chain}; expected a tree where no unit is its own ancestor`,
      }),
    )
  }

  const hang = (change: Change, day: number): void => {
    if (forest.connected(change.n, change.parent)) {
      waiting.set(change.n, change)
      if (cycles < MAX_ISSUES) reportCycle(change)
      return
    }
    waiting.delete(change.n)
    forest.link(change.n, change.parent)
    hungUnder[change.n] = change.parent
    const depth = forest.depthOfTree(change.n)
    if (depth > MAX_ORG_DEPTH && !depthReported) {
      depthReported = true
      const on = day === BEFORE_ALL ? '' : dayText(day)
      const [unit, parent] = [JSON.stringify(id(change.n)), JSON.stringify(id(change.parent))]
      issues.push(
        issue(where(change.n, change.period), 'too_deep', {
          sv: `${unit} under ${parent} gör organisationen ${depth} nivåer djup${on ? ` den ${on}` : ''}; förväntade högst ${MAX_ORG_DEPTH} nivåer`,
          en: `${unit} under ${parent} makes the organisation ${depth} levels deep${on ? ` on ${on}` : ''}; expected at most ${MAX_ORG_DEPTH} levels`,
        }),
      )
    }
  }

  for (const change of changes) {
    if (change.link) {
      hang(change, change.day)
      continue
    }
    if (waiting.get(change.n)?.period === change.period) {
      waiting.delete(change.n)
      continue
    }
    if (hungUnder[change.n] !== change.parent) continue
    // A unit left waiting at the top of this tree may fit once the tree loses this branch.
    const top = waiting.size > 0 ? forest.rootOf(change.n) : -1
    forest.cut(change.n)
    hungUnder[change.n] = -1
    const retry = waiting.get(top)
    // Everything in the forest now holds on this day, so a chain found now is one of this day.
    if (retry !== undefined) hang(retry, change.day)
  }
}
