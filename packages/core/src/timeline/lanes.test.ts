import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayInInterval, intervalsOverlap } from '../dates/index.js'
import type { DayInterval } from '../dates/index.js'
import { assignLanes } from './lanes.js'

interface Item {
  id: string
  interval: DayInterval
}

/** Brute force: walks every day the items cover and counts the items on it. */
function maxOverlap(items: readonly Item[]): number {
  if (items.length === 0) return 0
  const first = items.reduce(
    (min, item) => (item.interval.start < min ? item.interval.start : min),
    '9999-12-31',
  )
  const last = items.reduce((max, item) => (item.interval.end > max ? item.interval.end : max), '0000-01-01')
  let best = 0
  for (let day = first; day <= last; day = addDays(day, 1)) {
    best = Math.max(best, items.filter((item) => dayInInterval(day, item.interval)).length)
  }
  return best
}

describe('assignLanes', () => {
  it('needs two lanes for the overlapping transition and IT phases', () => {
    const result = assignLanes([
      { id: 'transition', interval: { start: '2024-11-01', end: '2025-04-30' } },
      { id: 'it-migration', interval: { start: '2025-03-01', end: '2025-06-30' } },
    ])
    expect(result.lanes).toBe(2)
    expect(result.laneOf).toEqual(
      new Map([
        ['transition', 0],
        ['it-migration', 1],
      ]),
    )
  })

  it('reuses a lane once the previous entry has ended, but not on a shared last day', () => {
    const result = assignLanes([
      { id: 'analysis', interval: { start: '2022-03-01', end: '2022-12-31' } },
      { id: 'touching', interval: { start: '2022-12-31', end: '2023-01-31' } },
      { id: 'after', interval: { start: '2023-01-01', end: '2023-06-30' } },
    ])
    expect(result.lanes).toBe(2)
    expect(result.laneOf.get('analysis')).toBe(0)
    expect(result.laneOf.get('touching')).toBe(1)
    expect(result.laneOf.get('after')).toBe(0)
  })

  it('uses no lanes for no entries', () => {
    expect(assignLanes([])).toEqual({ lanes: 0, laneOf: new Map() })
  })

  // Where a first-fit-in-input-order layout would need three lanes, the greedy by start needs two.
  it('is optimal where placing in input order is not', () => {
    const result = assignLanes([
      { id: 'c', interval: { start: '2024-01-05', end: '2024-01-09' } },
      { id: 'a', interval: { start: '2024-01-01', end: '2024-01-02' } },
      { id: 'b', interval: { start: '2024-01-03', end: '2024-01-06' } },
      { id: 'd', interval: { start: '2024-01-01', end: '2024-01-04' } },
    ])
    expect(result.lanes).toBe(2)
  })

  const items = fc
    .array(fc.tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 12 })), { maxLength: 30 })
    .map((spans) =>
      spans.map(([offset, length], i): Item => {
        const start = addDays('2024-02-20', offset)
        return { id: `e${i}`, interval: { start, end: addDays(start, length) } }
      }),
    )

  it('never puts two entries sharing a day in one lane', () => {
    fc.assert(
      fc.property(items, (entries) => {
        const { laneOf } = assignLanes(entries)
        for (const a of entries) {
          for (const b of entries) {
            if (a !== b && intervalsOverlap(a.interval, b.interval)) {
              expect(laneOf.get(a.id)).not.toBe(laneOf.get(b.id))
            }
          }
        }
      }),
    )
  })

  it('uses exactly as many lanes as entries share one day at most, and gives every entry one of them', () => {
    fc.assert(
      fc.property(items, (entries) => {
        const { lanes, laneOf } = assignLanes(entries)
        expect(lanes).toBe(maxOverlap(entries))
        expect(laneOf.size).toBe(entries.length)
        for (const lane of laneOf.values()) {
          expect(Number.isInteger(lane) && lane >= 0 && lane < lanes).toBe(true)
        }
      }),
    )
  })
})
