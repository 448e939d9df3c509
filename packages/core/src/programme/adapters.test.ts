import { describe, expect, it } from 'vitest'
import { parseICalendar, toICalendar } from '../ical/index.js'
import { orgTreeAt, orgDiff, flattenTree } from '../org/index.js'
import { entryStatus } from '../timeline/index.js'
import { validDocument } from '../validation/test-documents.js'
import { validateProgramme } from '../validation/validate.js'
import { calendarEvents, organisationIndex, programmeInterval, timelineEntries } from './adapters.js'

function document() {
  const result = validateProgramme(validDocument())
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
      ['t1', '2022-06-14', '2022-06-14'],
      ['t2', '2022-01-01', '2022-12-31'],
      ['t3', '2023-01-01', '2023-01-01'],
      ['t4', '2026-09-30', '2026-09-30'],
    ])
    expect(entries[1]?.end).toEqual({ precision: 'season', year: 2022, season: 'autumn' })
    expect(entries.map((e) => entryStatus(e.interval, '2026-11-27'))).toEqual([
      'done',
      'done',
      'done',
      'done',
    ])
  })

  it('builds the organisation at a date, following validity and moves', () => {
    const index = organisationIndex(document())
    const ids = (day: string) => flattenTree(orgTreeAt(index, day)).map((node) => node.id)
    expect(ids('2022-12-31')).toEqual(['kth', 'ud', 'gvs', 'it'])
    expect(ids('2023-01-01')).toEqual(['kth', 'ud', 'vs', 'it'])
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
      uid: 'p.t1@kth-vs',
      summary: 'Direktiv',
      lang: 'sv',
      categories: ['decision'],
    })
    const parsed = parseICalendar(toICalendar(events, { prodId: '-//KTH//VS kit//EN', stamp: new Date(0) }))
    expect(parsed.map((event) => event.DTSTART)).toEqual(['20220614', '20220101', '20230101', '20260930'])
    expect(parsed[1]?.DTEND).toBe('20230101')
  })
})
