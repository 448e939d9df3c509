import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parsePartialDate, toDayInterval } from '../dates/index.js'
import { escapeText, foldLine, toICalendarUrl } from './icalendar.js'
import { parseICalendar } from '@kth-vs/test-fixtures/icalendar-reader'
import { toICalendar } from './index.js'
import type { CalendarEvent } from './index.js'

const OPTIONS = { prodId: '-//KTH//VS kit//EN', stamp: new Date('2026-11-27T08:05:09.123Z') }

const encoder = new TextEncoder()
const octets = (text: string) => encoder.encode(text).length

/** The physical lines of a feed, without the final empty string after the last CRLF. */
function physicalLines(feed: string): string[] {
  expect(feed.endsWith('\r\n')).toBe(true)
  return feed.slice(0, -2).split('\r\n')
}

/** The unfolded content lines of the first event. */
function eventLines(feed: string): string[] {
  const lines = feed.replace(/\r\n /g, '').split('\r\n')
  return lines.slice(lines.indexOf('BEGIN:VEVENT'), lines.indexOf('END:VEVENT') + 1)
}

function event(fields: Partial<CalendarEvent> = {}): CalendarEvent {
  return {
    uid: 'new-organisation@vs.kth.se',
    summary: 'Ny organisation',
    start: '2023-01-01',
    end: '2023-01-01',
    ...fields,
  }
}

describe('toICalendar', () => {
  it('writes a single-day event as a complete calendar', () => {
    const feed = toICalendar(
      [
        event({
          description: 'GVS startar.',
          url: 'https://www.kth.se/vs',
          categories: ['Milstolpe'],
          lang: 'sv',
        }),
      ],
      { ...OPTIONS, name: 'VS-programmet' },
    )
    expect(feed).toBe(
      [
        'BEGIN:VCALENDAR',
        'VERSION:2.0',
        'PRODID:-//KTH//VS kit//EN',
        'CALSCALE:GREGORIAN',
        'METHOD:PUBLISH',
        'X-WR-CALNAME:VS-programmet',
        'BEGIN:VEVENT',
        'UID:new-organisation@vs.kth.se',
        'DTSTAMP:20261127T080509Z',
        'DTSTART;VALUE=DATE:20230101',
        'DTEND;VALUE=DATE:20230102',
        'SUMMARY;LANGUAGE=sv:Ny organisation',
        'DESCRIPTION;LANGUAGE=sv:GVS startar.',
        'URL:https://www.kth.se/vs',
        'CATEGORIES:Milstolpe',
        'TRANSP:TRANSPARENT',
        'END:VEVENT',
        'END:VCALENDAR',
        '',
      ].join('\r\n'),
    )
  })

  it('leaves out the name, language and optional properties when not given', () => {
    const feed = toICalendar([event()], OPTIONS)
    expect(feed).not.toContain('X-WR-CALNAME')
    expect(eventLines(feed)).toEqual([
      'BEGIN:VEVENT',
      'UID:new-organisation@vs.kth.se',
      'DTSTAMP:20261127T080509Z',
      'DTSTART;VALUE=DATE:20230101',
      'DTEND;VALUE=DATE:20230102',
      'SUMMARY:Ny organisation',
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    ])
  })

  it('writes a range with an exclusive end, across a year boundary', () => {
    const lines = eventLines(toICalendar([event({ start: '2024-11-01', end: '2025-12-31' })], OPTIONS))
    expect(lines).toContain('DTSTART;VALUE=DATE:20241101')
    expect(lines).toContain('DTEND;VALUE=DATE:20260101')
  })

  it('writes a month-precision item given as its interval, leap day included', () => {
    const interval = toDayInterval(parsePartialDate('2024-02')!)
    const lines = eventLines(toICalendar([event(interval)], OPTIONS))
    expect(lines).toContain('DTSTART;VALUE=DATE:20240201')
    expect(lines).toContain('DTEND;VALUE=DATE:20240301')
  })

  it('writes several events in order and an empty calendar without any', () => {
    const feed = toICalendar([event({ uid: 'a' }), event({ uid: 'b' })], OPTIONS)
    expect(parseICalendar(feed).map((e) => e.UID)).toEqual(['a', 'b'])
    expect(toICalendar([], OPTIONS)).not.toContain('VEVENT')
  })

  it('rejects invalid or inverted days and an invalid stamp', () => {
    expect(() => toICalendar([event({ start: '2023-02-30', end: '2023-03-01' })], OPTIONS)).toThrow(
      RangeError,
    )
    expect(() => toICalendar([event({ start: '2023-03-02', end: '2023-03-01' })], OPTIONS)).toThrow(
      RangeError,
    )
    expect(() => toICalendar([event()], { ...OPTIONS, stamp: new Date(NaN) })).toThrow(RangeError)
  })

  it('escapes TEXT values, categories one by one', () => {
    const lines = eventLines(
      toICalendar(
        [
          event({
            summary: 'Beslut; IT, HR \\ ekonomi',
            description: 'Rad 1\r\nRad 2\rRad 3\nRad 4',
            categories: ['Beslut', 'HR, ekonomi', 'a;b'],
          }),
        ],
        OPTIONS,
      ),
    )
    expect(lines).toContain('SUMMARY:Beslut\\; IT\\, HR \\\\ ekonomi')
    expect(lines).toContain('DESCRIPTION:Rad 1\\nRad 2\\nRad 3\\nRad 4')
    expect(lines).toContain('CATEGORIES:Beslut,HR\\, ekonomi,a\\;b')
  })

  it('strips control characters except tab, and replaces lone surrogates', () => {
    expect(escapeText('a\u0000b\u0007c\td\u001be\u007ff')).toBe('abc\tdef')
    expect(escapeText('x\uD800y\uDC00z')).toBe('x\uFFFDy\uFFFDz')
    expect(escapeText('\u{1F600}')).toBe('\u{1F600}')
  })

  it('writes only absolute http(s) URLs', () => {
    expect(toICalendarUrl('https://www.kth.se/vs?a=1#b')).toBe('https://www.kth.se/vs?a=1#b')
    expect(toICalendarUrl(' HTTP://intra.kth.se/ ')).toBe('HTTP://intra.kth.se/')
    expect(toICalendarUrl('https://sv.wikipedia.org/wiki/Kungliga_Tekniska_högskolan')).toBe(
      'https://sv.wikipedia.org/wiki/Kungliga_Tekniska_h%C3%B6gskolan',
    )
    for (const url of [
      'javascript:alert(1)',
      'mailto:vs@kth.se',
      'ftp://kth.se',
      '/vs',
      'https://',
      'https://a b',
    ]) {
      expect(toICalendarUrl(url)).toBeUndefined()
    }
    const lines = eventLines(toICalendar([event({ url: 'javascript:alert(1)' })], OPTIONS))
    expect(lines.some((line) => line.startsWith('URL'))).toBe(false)
  })
})

describe('folding', () => {
  it('does not fold a line of exactly 75 octets and folds one of 76', () => {
    expect(foldLine('x'.repeat(75))).toBe('x'.repeat(75))
    expect(foldLine('x'.repeat(76))).toBe(`${'x'.repeat(75)}\r\n x`)
  })

  it('folds multi-byte characters whole, every physical line at most 75 octets', () => {
    for (const text of ['å'.repeat(100), `a${'😀'.repeat(60)}`, `ab${'€'.repeat(70)}`, 'å😀€a'.repeat(40)]) {
      const feed = toICalendar([event({ summary: text, description: `${text}\n${text}` })], OPTIONS)
      for (const line of physicalLines(feed)) {
        expect(octets(line)).toBeLessThanOrEqual(75)
        // Folding works on the string, so the only way to split a character is between its surrogates.
        expect(line).not.toMatch(/[\uD800-\uDBFF]$|^ ?[\uDC00-\uDFFF]/)
      }
      expect(parseICalendar(feed)[0]?.SUMMARY).toBe(text)
    }
  })

  it('fills lines up to the limit: a line break is only taken when the next character does not fit', () => {
    const folded = foldLine(`SUMMARY:${'å'.repeat(40)}`).split('\r\n')
    // 8 octets of name, then 33 two-octet characters (74 octets); the 34th would make 76.
    expect(folded[0]).toBe(`SUMMARY:${'å'.repeat(33)}`)
    expect(folded[1]).toBe(` ${'å'.repeat(7)}`)
  })

  it('keeps an escape pair on one line', () => {
    const folded = foldLine(`${'x'.repeat(74)}\\nabc`).split('\r\n')
    expect(folded).toEqual(['x'.repeat(74), ' \\nabc'])
  })
})

describe('round trip', () => {
  // Full-range code points, with the characters that need escaping or stripping made frequent.
  const text = fc.string({
    unit: fc.oneof(
      { weight: 4, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }) },
      {
        weight: 1,
        arbitrary: fc.constantFrom(
          '\r',
          '\n',
          '\r\n',
          ',',
          ';',
          '\\',
          '\\n',
          '\t',
          '\u0000',
          '\u001f',
          '\u007f',
        ),
      },
    ),
    maxLength: 200,
  })

  /** What a TEXT value should read back as: line breaks normalised, RFC 5545 control characters gone. */
  const normalised = (value: string) =>
    // eslint-disable-next-line no-control-regex
    value.replace(/\r\n|\r/g, '\n').replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')

  it('reads back summary and description', () => {
    fc.assert(
      fc.property(
        text,
        text,
        fc.constantFrom(undefined, 'sv' as const, 'en' as const),
        (summary, description, lang) => {
          const feed = toICalendar([event({ summary, description, lang })], OPTIONS)
          const [parsed, ...rest] = parseICalendar(feed)
          expect(rest).toHaveLength(0)
          expect(parsed?.SUMMARY).toBe(normalised(summary))
          expect(parsed?.DESCRIPTION).toBe(normalised(description))
        },
      ),
    )
  })

  it('keeps every physical line within 75 octets and never writes a bare LF or CR', () => {
    fc.assert(
      fc.property(text, text, text, (summary, description, uid) => {
        const feed = toICalendar([event({ uid, summary, description, categories: [summary, uid] })], {
          ...OPTIONS,
          name: description,
        })
        expect(feed).not.toMatch(/(?<!\r)\n|\r(?!\n)/)
        for (const line of physicalLines(feed)) expect(octets(line)).toBeLessThanOrEqual(75)
        expect(parseICalendar(feed)[0]?.UID).toBe(normalised(uid))
      }),
    )
  })
})
