import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, dayInInterval, parsePartialDate, rangeInterval, toDayInterval } from '../dates/index.js'
import type { DayInterval } from '../dates/index.js'
import {
  TIMELINE_KINDS,
  TIMELINE_STATUSES,
  entryStatus,
  filterEntries,
  groupByYear,
  programmeProgress,
  shownStatus,
  sortEntries,
} from './entries.js'
import type { TimelineEntry, TimelineStatus } from './entries.js'

function partial(text: string) {
  const date = parsePartialDate(text)
  if (date === undefined) throw new Error(`bad test date ${text}`)
  return date
}

/** The interval of one partial date, or of a range of two. */
function when(start: string, end?: string): DayInterval {
  return end === undefined ? toDayInterval(partial(start)) : rangeInterval(partial(start), partial(end))
}

const PROGRAMME = when('2022-03-01', '2026-09-30')

// A KTH-like timeline: one context event before the programme, phases, decisions and milestones.
const ENTRIES: TimelineEntry[] = [
  { id: 'assignment', kind: 'decision', interval: when('2021-10-15'), context: true, bodies: ['rector'] },
  { id: 'programme', kind: 'period', interval: PROGRAMME },
  { id: 'start', kind: 'decision', interval: when('2022-03-01'), bodies: ['rector'] },
  { id: 'analysis', kind: 'phase', interval: when('2022-03', '2022-12') },
  { id: 'new-organisation', kind: 'milestone', interval: when('2023-01-01'), units: ['gvs'] },
  { id: 'first-quarter', kind: 'milestone', interval: when('2023-Q1'), areas: ['hr'] },
  { id: 'hr-decision', kind: 'decision', interval: when('2024-06-15'), areas: ['hr'], bodies: ['board'] },
  { id: 'transition', kind: 'phase', interval: when('2024-11', '2025-04'), areas: ['it', 'hr'] },
  { id: 'it-migration', kind: 'phase', interval: when('2025-03', '2025-06'), areas: ['it'] },
  { id: 'final-report', kind: 'milestone', interval: when('2026-09-30'), bodies: ['board'] },
]

const ids = (entries: readonly { id: string }[]) => entries.map((entry) => entry.id)

describe('entryStatus', () => {
  it('says everything is done after the programme', () => {
    for (const entry of ENTRIES) expect(entryStatus(entry.interval, '2026-11-27')).toBe('done')
  })

  it('honours precision: a quarter is ongoing on each of its days and upcoming before', () => {
    const quarter = when('2023-Q1')
    expect(entryStatus(quarter, '2022-12-31')).toBe('upcoming')
    expect(entryStatus(quarter, '2023-01-01')).toBe('ongoing')
    expect(entryStatus(quarter, '2023-02-15')).toBe('ongoing')
    expect(entryStatus(quarter, '2023-03-31')).toBe('ongoing')
    expect(entryStatus(quarter, '2023-04-01')).toBe('done')
  })

  it('treats a single day as ongoing on that day only', () => {
    const day = when('2023-01-01')
    expect([
      entryStatus(day, '2022-12-31'),
      entryStatus(day, '2023-01-01'),
      entryStatus(day, '2023-01-02'),
    ]).toEqual(['upcoming', 'ongoing', 'done'])
  })

  const RANK: Record<TimelineStatus, number> = { upcoming: 0, ongoing: 1, done: 2 }
  const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2022-01-01', n))
  const interval = fc
    .tuple(day, fc.integer({ min: 0, max: 400 }))
    .map(([start, length]) => ({ start, end: addDays(start, length) }))

  it('is exactly one of the three statuses, matching where today falls', () => {
    fc.assert(
      fc.property(interval, day, (span, today) => {
        const status = entryStatus(span, today)
        expect(TIMELINE_STATUSES).toContain(status)
        const holds = [today < span.start, span.start <= today && today <= span.end, today > span.end]
        expect(holds.filter(Boolean)).toHaveLength(1)
        expect(status).toBe(holds[0] ? 'upcoming' : holds[1] ? 'ongoing' : 'done')
      }),
    )
  })

  it('only moves forward, upcoming → ongoing → done, as today increases', () => {
    fc.assert(
      fc.property(interval, day, fc.integer({ min: 0, max: 500 }), (span, today, step) => {
        const later = addDays(today, step)
        expect(RANK[entryStatus(span, later)]).toBeGreaterThanOrEqual(RANK[entryStatus(span, today)])
      }),
    )
  })
})

describe('shownStatus', () => {
  const day = fc.integer({ min: 0, max: 800 }).map((n) => addDays('2022-01-01', n))
  const interval = fc
    .tuple(day, fc.integer({ min: 0, max: 400 }))
    .map(([start, length]) => ({ start, end: addDays(start, length) }))

  it('says unconfirmed instead of done only for an unconfirmed outcome, and only once its days have passed', () => {
    fc.assert(
      fc.property(interval, day, fc.option(fc.boolean(), { nil: undefined }), (span, today, unconfirmed) => {
        const status = entryStatus(span, today)
        const shown = shownStatus(span, today, unconfirmed)
        if (status === 'done' && unconfirmed === true) expect(shown).toBe('unconfirmed')
        else expect(shown).toBe(status)
      }),
    )
  })

  it('keeps upcoming and ongoing for a planned item still ahead or under way', () => {
    const span = { start: '2025-01-01', end: '2025-06-30' }
    expect(
      ['2024-12-31', '2025-01-01', '2025-06-30', '2025-07-01'].map((today) => shownStatus(span, today, true)),
    ).toEqual(['upcoming', 'ongoing', 'ongoing', 'unconfirmed'])
  })
})

describe('programmeProgress', () => {
  it('starts at zero on the first day', () => {
    expect(programmeProgress(PROGRAMME, '2022-03-01')).toEqual({
      status: 'ongoing',
      fraction: 0,
      daysElapsed: 0,
      daysTotal: 1675,
      daysLeft: 1675,
    })
  })

  it('counts whole days elapsed in the middle', () => {
    const progress = programmeProgress(PROGRAMME, '2024-06-15')
    expect(progress).toMatchObject({ status: 'ongoing', daysElapsed: 837, daysLeft: 1675 - 837 })
    expect(progress.fraction).toBeCloseTo(837 / 1675, 12)
  })

  it('has one day left on the last day and is complete afterwards', () => {
    expect(programmeProgress(PROGRAMME, '2026-09-30')).toMatchObject({ status: 'ongoing', daysLeft: 1 })
    expect(programmeProgress(PROGRAMME, '2026-11-27')).toEqual({
      status: 'done',
      fraction: 1,
      daysElapsed: 1675,
      daysTotal: 1675,
      daysLeft: 0,
    })
  })

  it('clamps before the start', () => {
    expect(programmeProgress(PROGRAMME, '2021-06-01')).toEqual({
      status: 'upcoming',
      fraction: 0,
      daysElapsed: 0,
      daysTotal: 1675,
      daysLeft: 1675,
    })
  })

  it('keeps the fraction within 0..1 and the days adding up', () => {
    fc.assert(
      fc.property(fc.integer({ min: -400, max: 2500 }), (offset) => {
        const progress = programmeProgress(PROGRAMME, addDays(PROGRAMME.start, offset))
        expect(progress.fraction).toBeGreaterThanOrEqual(0)
        expect(progress.fraction).toBeLessThanOrEqual(1)
        expect(progress.daysElapsed + progress.daysLeft).toBe(progress.daysTotal)
      }),
    )
  })
})

describe('sortEntries', () => {
  it('orders by start, then end, and keeps input order for equal intervals', () => {
    const entries: TimelineEntry[] = [
      { id: 'year', kind: 'period', interval: when('2023') },
      { id: 'day-1', kind: 'decision', interval: when('2023-01-01') },
      { id: 'earlier', kind: 'decision', interval: when('2022-12-31') },
      { id: 'day-2', kind: 'milestone', interval: when('2023-01-01') },
      { id: 'month', kind: 'phase', interval: when('2023-01') },
    ]
    expect(ids(sortEntries(entries))).toEqual(['earlier', 'day-1', 'day-2', 'month', 'year'])
    expect(ids(entries)[0]).toBe('year')
  })
})

describe('groupByYear', () => {
  it('groups the KTH timeline by start year, in date order', () => {
    expect(groupByYear(ENTRIES).map((group) => [group.year, ids(group.entries)])).toEqual([
      [2021, ['assignment']],
      [2022, ['start', 'analysis', 'programme']],
      [2023, ['new-organisation', 'first-quarter']],
      [2024, ['hr-decision', 'transition']],
      [2025, ['it-migration']],
      [2026, ['final-report']],
    ])
  })

  it('returns no groups for no entries', () => {
    expect(groupByYear([])).toEqual([])
  })

  it('keeps every entry exactly once, under its start year, years ascending', () => {
    const entry = fc
      .tuple(fc.integer({ min: 0, max: 2000 }), fc.integer({ min: 0, max: 400 }))
      .map(([offset, length]) => {
        const start = addDays('2021-06-01', offset)
        return { interval: { start, end: addDays(start, length) } }
      })
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), (entries) => {
        const groups = groupByYear(entries)
        const flat = groups.flatMap((group) => group.entries)
        expect(flat).toHaveLength(entries.length)
        expect(new Set(flat)).toEqual(new Set(entries))
        expect(flat).toEqual(sortEntries(entries))
        for (const group of groups) {
          for (const member of group.entries)
            expect(member.interval.start.slice(0, 4)).toBe(String(group.year))
        }
        const years = groups.map((group) => group.year)
        expect(years).toEqual([...new Set(years)].sort((a, b) => a - b))
      }),
    )
  })
})

describe('filterEntries', () => {
  it('hides context entries unless asked for', () => {
    expect(ids(filterEntries(ENTRIES))).not.toContain('assignment')
    expect(ids(filterEntries(ENTRIES, { includeContext: true }))).toContain('assignment')
  })

  it('filters by kind, area, body and unit', () => {
    expect(ids(filterEntries(ENTRIES, { kinds: ['phase'] }))).toEqual([
      'analysis',
      'transition',
      'it-migration',
    ])
    expect(ids(filterEntries(ENTRIES, { areas: ['it'] }))).toEqual(['transition', 'it-migration'])
    expect(ids(filterEntries(ENTRIES, { areas: ['hr', 'finance'] }))).toEqual([
      'first-quarter',
      'hr-decision',
      'transition',
    ])
    expect(ids(filterEntries(ENTRIES, { bodies: ['rector'], includeContext: true }))).toEqual([
      'assignment',
      'start',
    ])
    expect(ids(filterEntries(ENTRIES, { units: ['gvs'] }))).toEqual(['new-organisation'])
    expect(ids(filterEntries(ENTRIES, { kinds: ['decision'], bodies: ['board'] }))).toEqual(['hr-decision'])
  })

  it('treats an empty list as no criterion', () => {
    expect(filterEntries(ENTRIES, { kinds: [], areas: [] })).toEqual(filterEntries(ENTRIES))
  })

  it('keeps entries overlapping [from, to], sharing a single day included', () => {
    expect(ids(filterEntries(ENTRIES, { from: '2022-12-31', to: '2023-01-01' }))).toEqual([
      'programme',
      'analysis',
      'new-organisation',
      'first-quarter',
    ])
    expect(ids(filterEntries(ENTRIES, { from: '2025-05-01', to: '2026-09-29' }))).toEqual([
      'programme',
      'it-migration',
    ])
    expect(ids(filterEntries(ENTRIES, { from: '2026-09-30' }))).toEqual(['programme', 'final-report'])
    expect(ids(filterEntries(ENTRIES, { to: '2022-03-01', includeContext: true }))).toEqual([
      'assignment',
      'programme',
      'start',
      'analysis',
    ])
  })

  const day = fc.integer({ min: 0, max: 120 }).map((n) => addDays('2024-01-01', n))
  const entryArb = fc.record(
    {
      id: fc.string(),
      kind: fc.constantFrom(...TIMELINE_KINDS),
      interval: fc
        .tuple(day, fc.integer({ min: 0, max: 40 }))
        .map(([start, length]) => ({ start, end: addDays(start, length) })),
      areas: fc.array(fc.constantFrom('hr', 'it', 'finance')),
      context: fc.boolean(),
    },
    { requiredKeys: ['id', 'kind', 'interval'] },
  )

  it('is the identity with no criteria and context included', () => {
    fc.assert(
      fc.property(fc.array(entryArb), (entries) => {
        const kept = filterEntries(entries, { includeContext: true })
        expect(kept).toHaveLength(entries.length)
        kept.forEach((entry, i) => expect(entry).toBe(entries[i]))
      }),
    )
  })

  it('keeps exactly the entries that share a day with [from, to], in input order', () => {
    fc.assert(
      fc.property(fc.array(entryArb), day, day, (entries, from, to) => {
        // Brute force: walk the days of [from, to] and look for one inside the entry.
        const sharesDay = (entry: TimelineEntry) => {
          for (let d = from; d <= to; d = addDays(d, 1)) if (dayInInterval(d, entry.interval)) return true
          return false
        }
        expect(filterEntries(entries, { from, to, includeContext: true })).toEqual(entries.filter(sharesDay))
      }),
    )
  })
})
