import type { LocalizedText } from '../text/localized-text.js'

/** A new name for a unit, in effect from `from` until a later rename. */
export interface OrgRename {
  /** First day the name is in effect, 'YYYY-MM-DD' inclusive. */
  from: string
  /** The name from that day. */
  name: LocalizedText
}

/** A move of a unit to another parent, in effect from `from` until a later move. */
export interface OrgMove {
  /** First day under the new parent, 'YYYY-MM-DD' inclusive. */
  from: string
  /** The id of the parent from that day. */
  parentId: string
}

/** One organisational unit over its whole lifetime: the generic input of the organisation logic. */
export interface OrgNodeInput {
  /** Unique id; one record per id. */
  id: string
  /** Parent unit before any move; undefined for a top-level unit. */
  parentId?: string | undefined
  /** Name before any rename. */
  name: LocalizedText
  /** first day valid, 'YYYY-MM-DD' inclusive; undefined = since always */
  from?: string | undefined
  /** last day valid, 'YYYY-MM-DD' inclusive; undefined = still valid */
  to?: string | undefined
  /** Renames, in any order; the one with the latest `from` on or before a day is in effect that day. */
  renames?: readonly OrgRename[] | undefined
  /** Moves, in any order; the one with the latest `from` on or before a day is in effect that day. */
  moves?: readonly OrgMove[] | undefined
}

/**
 * Lookup structures over a list of units, built once by {@link buildOrgIndex} and shared by the
 * date-dependent functions so each of them stays linear.
 */
export interface OrgIndex {
  /** The units in input order, first record per id. */
  readonly units: readonly OrgNodeInput[]
  /** Units by id. */
  readonly byId: ReadonlyMap<string, OrgNodeInput>
  /**
   * For each parent id, every unit that has it as parent on some day (the base parent or a move target),
   * in input order. A unit that moves appears under each of its parents.
   */
  readonly childrenOf: ReadonlyMap<string, readonly OrgNodeInput[]>
  /** Units without a base parent, in input order: the only ones that can be roots on some day. */
  readonly rootCandidates: readonly OrgNodeInput[]
  /** Ids of records ignored because an earlier record had the same id, once per ignored record. */
  readonly duplicateIds: readonly string[]
}

const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/

/**
 * Throws a RangeError unless `day` looks like 'YYYY-MM-DD'. Validity is decided by comparing strings,
 * which silently gives wrong answers for other shapes such as '2023-1-1'.
 *
 * @internal
 */
export function assertIsoDay(day: string, label = 'day'): void {
  if (!ISO_DAY.test(day))
    throw new RangeError(`${label} must be an ISO day 'YYYY-MM-DD', got ${JSON.stringify(day)}`)
}

/** True when `unit` exists on `day` ('YYYY-MM-DD'); both ends of its validity are inclusive. */
export function isValidOn(unit: OrgNodeInput, day: string): boolean {
  // ISO days sort lexically in date order, so no parsing is needed.
  return (unit.from === undefined || unit.from <= day) && (unit.to === undefined || day <= unit.to)
}

// Past this many renames or moves, a unit's list is sorted once and searched by halves: a tree with a
// unit that moves thousands of times would otherwise scan them all for every day and every parent.
const SCAN_AT_MOST = 16
const sortedLists = new WeakMap<readonly { from: string }[], readonly { from: string }[]>()

// The entry with the latest `from` on or before `day`; of equal `from`s the later in the list wins.
function latestOn<T extends { from: string }>(entries: readonly T[] | undefined, day: string): T | undefined {
  if (entries === undefined) return undefined
  if (entries.length <= SCAN_AT_MOST) {
    let best: T | undefined
    for (const entry of entries) {
      if (entry.from <= day && (best === undefined || entry.from >= best.from)) best = entry
    }
    return best
  }
  let sorted = sortedLists.get(entries) as readonly T[] | undefined
  if (sorted === undefined) {
    // A stable sort keeps equal `from`s in list order, so the last one on or before the day wins.
    sorted = [...entries].sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0))
    sortedLists.set(entries, sorted)
  }
  // The number of entries on or before the day.
  let low = 0
  let high = sorted.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((sorted[middle] as T).from <= day) low = middle + 1
    else high = middle
  }
  return sorted[low - 1]
}

/** The name of `unit` in effect on `day`: the latest rename on or before it, else the base name. */
export function nameOn(unit: OrgNodeInput, day: string): LocalizedText {
  return latestOn(unit.renames, day)?.name ?? unit.name
}

/** The parent id of `unit` in effect on `day`: the latest move on or before it, else the base parent. */
export function parentOn(unit: OrgNodeInput, day: string): string | undefined {
  const move = latestOn(unit.moves, day)
  return move === undefined ? unit.parentId : move.parentId
}

function addChild(childrenOf: Map<string, OrgNodeInput[]>, parentId: string, unit: OrgNodeInput): void {
  const list = childrenOf.get(parentId)
  if (list === undefined) childrenOf.set(parentId, [unit])
  else list.push(unit)
}

/**
 * Indexes units by id and by every parent they ever have, in one pass. Later records with an id already
 * seen are ignored (and listed in `duplicateIds`) so that ids stay unique in every tree.
 */
export function buildOrgIndex(units: readonly OrgNodeInput[]): OrgIndex {
  const kept: OrgNodeInput[] = []
  const byId = new Map<string, OrgNodeInput>()
  const childrenOf = new Map<string, OrgNodeInput[]>()
  const rootCandidates: OrgNodeInput[] = []
  const duplicateIds: string[] = []

  for (const unit of units) {
    if (byId.has(unit.id)) {
      duplicateIds.push(unit.id)
      continue
    }
    byId.set(unit.id, unit)
    kept.push(unit)

    if (unit.parentId === undefined) rootCandidates.push(unit)
    else addChild(childrenOf, unit.parentId, unit)

    if (unit.moves !== undefined && unit.moves.length > 0) {
      // A unit moving back to an earlier parent must still be listed once per parent.
      const listed = new Set<string | undefined>([unit.parentId])
      for (const move of unit.moves) {
        if (listed.has(move.parentId)) continue
        listed.add(move.parentId)
        addChild(childrenOf, move.parentId, unit)
      }
    }
  }

  return { units: kept, byId, childrenOf, rootCandidates, duplicateIds }
}
