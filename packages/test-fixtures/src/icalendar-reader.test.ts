import { describe, expect, it } from 'vitest'
import { parseICalendar } from './icalendar-reader.js'

describe('parseICalendar', () => {
  it('unfolds lines continued with a space or a tab, with CRLF or bare LF', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'BEGIN:VEVENT',
      'UID:a',
      'SUMMARY:Ny orga',
      ' nisation',
      'DESCRIPTION:rad 1\\n',
      '\trad 2',
      'END:VEVENT',
      'END:VCALENDAR',
    ]
    const expected = [{ UID: 'a', SUMMARY: 'Ny organisation', DESCRIPTION: 'rad 1\nrad 2' }]
    expect(parseICalendar(text.join('\r\n'))).toEqual(expected)
    expect(parseICalendar(text.join('\n'))).toEqual(expected)
  })

  it('drops parameters, quoted ones with colons included, and upper-cases names', () => {
    const text = 'BEGIN:VEVENT\r\nsummary;LANGUAGE=sv;X-NOTE="a:b;c":Möte\r\nEND:VEVENT\r\n'
    expect(parseICalendar(text)).toEqual([{ SUMMARY: 'Möte' }])
  })

  it('unescapes TEXT values but not URLs or dates', () => {
    const text = [
      'BEGIN:VEVENT',
      'SUMMARY:a\\;b\\,c\\\\n\\Nd',
      'URL:https://example.org/a\\,b',
      'DTSTART;VALUE=DATE:20230101',
      'END:VEVENT',
    ].join('\r\n')
    expect(parseICalendar(text)).toEqual([
      { SUMMARY: 'a;b,c\\n\nd', URL: 'https://example.org/a\\,b', DTSTART: '20230101' },
    ])
  })

  it('returns one record per event and ignores calendar properties and nested components', () => {
    const text = [
      'BEGIN:VCALENDAR',
      'X-WR-CALNAME:VS',
      'BEGIN:VEVENT',
      'UID:1',
      'BEGIN:VALARM',
      'DESCRIPTION:Påminnelse',
      'END:VALARM',
      'END:VEVENT',
      'BEGIN:VEVENT',
      'UID:2',
      'END:VEVENT',
      'END:VCALENDAR',
    ].join('\r\n')
    expect(parseICalendar(text)).toEqual([{ UID: '1' }, { UID: '2' }])
  })

  it('skips an event that never ends and lines that are not content lines', () => {
    expect(parseICalendar('BEGIN:VEVENT\r\nUID:1\r\n')).toEqual([])
    expect(parseICalendar('BEGIN:VEVENT\r\nnot a line\r\n:x\r\nUID:1\r\nEND:VEVENT')).toEqual([{ UID: '1' }])
  })
})
