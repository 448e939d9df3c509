import { describe, expect, it } from 'vitest'
import { parseICalendar } from '@kth-vs/test-fixtures/icalendar-reader'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { toICalendar } from '../ical/index.js'
import { orgTreeAt, orgDiff, flattenTree } from '../org/index.js'
import { entryStatus } from '../timeline/index.js'
import { validateProgramme } from '../validation/validate.js'
import { calendarEvents, organisationIndex, programmeInterval, timelineEntries } from './adapters.js'

function document() {
  const result = validateProgramme(sampleProgramme())
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.document
}

describe('programme adapters', () => {
  it('resolves the programme’s days from its partial dates', () => {
    expect(programmeInterval(document())).toEqual({ start: '2022-03-01', end: '2026-09-30' })
  })

  it('resolves a date or a range of any precision to days', () => {
    const entries = timelineEntries(document())
    expect(entries.map((e) => [e.id, e.interval.start, e.interval.end])).toEqual([
      ['T1', '2022-06-14', '2022-06-14'],
      ['T2', '2023-01-01', '2023-01-31'],
      ['T3', '2023-04-01', '2023-06-30'],
      ['T4', '2022-07-01', '2022-12-31'],
      ['T5', '2024-01-01', '2024-12-31'],
      ['T6', '2024-06-01', '2025-03-31'],
      ['T0', '2019-01-01', '2019-01-01'],
    ])
    expect(entries[3]?.start).toEqual({ precision: 'season', year: 2022, season: 'autumn' })
    expect(entries[5]?.end).toEqual({ precision: 'month', year: 2025, month: 3 })
    expect(entries.map((e) => entryStatus(e.interval, '2024-12-31'))).toEqual([
      'done',
      'done',
      'done',
      'done',
      'ongoing',
      'ongoing',
      'done',
    ])
  })

  it('builds the organisation at a date, following validity and moves', () => {
    const index = organisationIndex(document())
    const ids = (day: string) => flattenTree(orgTreeAt(index, day)).map((node) => node.id)
    expect(ids('2022-12-31')).toEqual(['kth', 'ud', 'gvs', 'it', 'hr-dept'])
    expect(ids('2023-01-01')).toEqual(['kth', 'ud', 'vs', 'it', 'hr-dept'])
    expect(orgDiff(index, '2022-12-31', '2023-01-01').map((c) => [c.kind, c.id])).toEqual([
      ['added', 'vs'],
      ['removed', 'gvs'],
      ['moved', 'it'],
    ])
  })

  it('exports the timeline as calendar events with stable UIDs', () => {
    const doc = document()
    const events = calendarEvents(doc, timelineEntries(doc), 'en')
    expect(events[0]).toMatchObject({
      uid: 'p.T1@kth-vs',
      summary: 'The President decides',
      lang: 'en',
      categories: ['decision'],
    })
    // A title without English is exported in Swedish, and says so.
    expect(events[3]).toMatchObject({ summary: 'Förberedelser', lang: 'sv' })
    const parsed = parseICalendar(toICalendar(events, { prodId: '-//KTH//VS kit//EN', stamp: new Date(0) }))
    expect(parsed.map((event) => event.DTSTART)).toEqual([
      '20220614',
      '20230101',
      '20230401',
      '20220701',
      '20240101',
      '20240601',
      '20190101',
    ])
    expect(parsed[1]?.DTEND).toBe('20230201')
  })
})
