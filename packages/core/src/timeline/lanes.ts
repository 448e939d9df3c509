/* eslint-disable @typescript-eslint/no-non-null-assertion -- heap indexes are in range by construction */
import { sortEntries } from './entries.js'
import type { TimelineEntry } from './entries.js'

/** Lanes for drawing overlapping entries side by side. */
export interface LaneAssignment {
  /** Number of lanes used; equals the largest number of entries that share one day. */
  lanes: number
  /** Lane (0-based) of each entry, by id. */
  laneOf: Map<string, number>
}

/** A lane and the last day it is busy. */
interface LaneEnd {
  end: string
  lane: number
}

// Ties on the end day go to the lower lane so the layout does not depend on heap internals.
function before(a: LaneEnd, b: LaneEnd): boolean {
  return a.end < b.end || (a.end === b.end && a.lane < b.lane)
}

/** A binary min-heap of lane end days: a timeline rarely has many lanes, but this keeps it O(n log n). */
class LaneHeap {
  private readonly items: LaneEnd[] = []

  peek(): LaneEnd | undefined {
    return this.items[0]
  }

  push(item: LaneEnd): void {
    const items = this.items
    items.push(item)
    let i = items.length - 1
    while (i > 0) {
      const parent = (i - 1) >> 1
      const p = items[parent]!
      if (!before(item, p)) break
      items[i] = p
      i = parent
    }
    items[i] = item
  }

  /** Replaces the smallest item, which is cheaper than a pop followed by a push. */
  replaceTop(item: LaneEnd): void {
    const items = this.items
    const n = items.length
    let i = 0
    for (;;) {
      const left = 2 * i + 1
      if (left >= n) break
      const right = left + 1
      const child = right < n && before(items[right]!, items[left]!) ? right : left
      const c = items[child]!
      if (!before(c, item)) break
      items[i] = c
      i = child
    }
    items[i] = item
  }
}

/**
 * Puts entries into as few lanes as possible so that no two entries sharing a day are in one lane
 * (interval partitioning). Entries are taken by start day (then end, then input order) and each goes
 * into the lane that frees up first if that lane ended before the entry starts, else into a new lane;
 * this greedy choice is optimal, so `lanes` equals the largest number of entries covering one day.
 * Ids are expected to be unique; a repeated id keeps the lane of its last occurrence.
 */
export function assignLanes(entries: readonly Pick<TimelineEntry, 'id' | 'interval'>[]): LaneAssignment {
  const byStart = sortEntries(entries)
  const heap = new LaneHeap()
  const laneOf = new Map<string, number>()
  let lanes = 0
  for (const entry of byStart) {
    const first = heap.peek()
    // Intervals are inclusive: a lane whose last day is the entry's first day is still busy.
    if (first !== undefined && first.end < entry.interval.start) {
      laneOf.set(entry.id, first.lane)
      heap.replaceTop({ end: entry.interval.end, lane: first.lane })
    } else {
      laneOf.set(entry.id, lanes)
      heap.push({ end: entry.interval.end, lane: lanes })
      lanes += 1
    }
  }
  return { lanes, laneOf }
}
