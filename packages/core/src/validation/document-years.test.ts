import { parseICalendar } from '@kth-vs/test-fixtures/icalendar-reader'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { formatDateRange, formatIso, formatPartialDate, type PartialDate } from '../dates/index.js'
import { partialDate } from '../dates/test-arbitraries.js'
import { toICalendar } from '../ical/icalendar.js'
import { orgTreeAt } from '../org/index.js'
import { calendarEvents, organisationIndex, timelineEntries } from '../programme/adapters.js'
import type { ProgrammeDocumentInput } from '../schema/programme.js'
import { entryStatus, groupByYear, programmeProgress } from '../timeline/entries.js'
import { assignLanes } from '../timeline/lanes.js'
import { timelineView } from '../views/timeline.js'
import { DOCUMENT_YEARS } from './limits.js'
import { validateProgramme } from './validate.js'

/** A document whose programme, timeline and organisation all start at `start` and end at `end`. */
function documentSpanning(start: string, end: string): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: { id: 'p', name: { sv: 'P' }, start, end, sources: ['s'] },
    sources: [{ id: 's', url: 'https://www.kth.se/', read: end }],
    units: [
      { id: 'kth', kind: 'university', name: { sv: 'KTH' }, validFrom: start, validTo: end, sources: ['s'] },
      {
        id: 'vs',
        kind: 'support-organisation',
        parent: 'kth',
        name: { sv: 'VS' },
        validFrom: start,
        renames: [{ from: end, name: { sv: 'Verksamhetsstöd' } }],
        validTo: end,
        sources: ['s'],
      },
    ],
    timeline: [
      { id: 'first', kind: 'milestone', date: start, title: { sv: 'Först' }, sources: ['s'] },
      { id: 'last', kind: 'decision', date: end, title: { sv: 'Sist' }, sources: ['s'] },
      { id: 'all', kind: 'phase', start, end, title: { sv: 'Hela tiden' }, sources: ['s'] },
    ],
  }
}

const years = { min: DOCUMENT_YEARS.min, max: DOCUMENT_YEARS.max }
// Dates at the edges of the years allowed, often, and anywhere between.
const edgeDate: fc.Arbitrary<PartialDate> = fc.oneof(
  partialDate({ min: years.min, max: years.min + 1 }),
  partialDate({ min: years.max - 1, max: years.max }),
  partialDate(years),
)

describe(`dates in the years ${DOCUMENT_YEARS.min}–${DOCUMENT_YEARS.max}`, () => {
  it('pass validation and every part of the core handles them', () => {
    fc.assert(
      fc.property(edgeDate, edgeDate, (a, b) => {
        const [first, last] = [a, b].sort((x, y) => x.year - y.year)
        const [start, end] = [formatIso(first!), formatIso(last!)]
        const result = validateProgramme(documentSpanning(start, end))
        // A same-year pair may still run backwards (2999-autumn, 2999-spring): that is another check.
        if (!result.ok) {
          expect(result.issues.map((found) => found.code)).toEqual(expect.arrayContaining(['range_reversed']))
          return
        }
        const entries = timelineEntries(result.document)
        assignLanes(entries)
        groupByYear(entries)
        const span = entries.find((entry) => entry.id === 'all')!.interval
        for (const today of [span.start, span.end, '1000-01-01', '9999-12-31']) {
          programmeProgress(span, today)
          for (const entry of entries) entryStatus(entry.interval, today)
          for (const lang of ['sv', 'en'] as const) {
            const view = timelineView(result.document, { lang, today, zoom: 'year' })
            expect(view.items.length).toBeGreaterThan(0)
          }
        }
        for (const lang of ['sv', 'en'] as const) {
          formatPartialDate(first!, lang)
          formatDateRange(first!, last!, lang)
          const feed = toICalendar(calendarEvents(result.document, entries, lang), {
            prodId: 'test',
            name: 'P',
            stamp: new Date(0),
          })
          const events = parseICalendar(feed)
          expect(events.map((event) => event['DTSTART'])).toEqual(
            entries.map((entry) => entry.interval.start.replaceAll('-', '')),
          )
        }
        const index = organisationIndex(result.document)
        for (const day of [span.start, span.end]) expect(orgTreeAt(index, day).nodes.size).toBe(2)
      }),
      { numRuns: 300 },
    )
  })

  it('outside them are refused where they are written, in both languages', () => {
    const outside = fc.oneof(
      partialDate({ min: DOCUMENT_YEARS.max + 1, max: DOCUMENT_YEARS.max + 2 }),
      partialDate({ min: 9998, max: 9999 }),
      partialDate({ min: DOCUMENT_YEARS.max + 1, max: 9999 }),
    )
    fc.assert(
      fc.property(outside, (date) => {
        const text = formatIso(date)
        const doc = documentSpanning('2022', '2026')
        doc.timeline![1]!.date = text
        expect(validateProgramme(doc).issues).toEqual([
          expect.objectContaining({
            code: 'date_out_of_range',
            pathText: 'timeline[1].date',
            message: {
              sv: `${JSON.stringify(text)} ligger utanför åren 1000–2999; förväntade ett datum från år 1000 till och med 2999`,
              en: `${JSON.stringify(text)} is outside the years 1000–2999; expected a date from 1000 to 2999`,
            },
          }),
        ])
      }),
      { numRuns: 200 },
    )
  })
})
