import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, parsePartialDate, rangeInterval, toDayInterval } from '../dates/index.js'
import type { DayInterval } from '../dates/index.js'
import { formatDuration, formatRelativeToToday } from './format.js'

function when(start: string, end?: string): DayInterval {
  const first = parsePartialDate(start)
  const last = end === undefined ? undefined : parsePartialDate(end)
  if (first === undefined || (end !== undefined && last === undefined)) throw new Error('bad test date')
  return last === undefined ? toDayInterval(first) : rangeInterval(first, last)
}

describe('formatDuration', () => {
  it.each([
    ['a quarter', when('2023-Q1'), '3 månader', '3 months'],
    ['a month', when('2023-02'), '1 månad', '1 month'],
    ['a year and a half', when('2022-03', '2023-08'), '1 år 6 månader', '1 year 6 months'],
    ['the programme', when('2022-03-01', '2026-09-30'), '4 år 7 månader', '4 years 7 months'],
    ['a single day', when('2023-01-01'), '1 dag', '1 day'],
    ['some days', when('2023-01-01', '2023-01-05'), '5 dagar', '5 days'],
    ['a month and days', when('2023-01-01', '2023-02-14'), '1 månad 14 dagar', '1 month 14 days'],
    ['a year', when('2024'), '1 år', '1 year'],
    ['two years', when('2023', '2024'), '2 år', '2 years'],
  ])('words %s in both languages', (_, interval, sv, en) => {
    expect(formatDuration(interval, 'sv')).toBe(sv)
    expect(formatDuration(interval, 'en')).toBe(en)
  })

  it('rejects an interval that ends before it starts', () => {
    expect(() => formatDuration({ start: '2023-02-01', end: '2023-01-31' }, 'sv')).toThrow(RangeError)
  })

  it('words any run of whole months as years and months, the same numbers in both languages', () => {
    const month = fc
      .tuple(fc.integer({ min: 2000, max: 2040 }), fc.integer({ min: 1, max: 12 }))
      .map(([year, m]) => ({ year, m }))
    fc.assert(
      fc.property(month, fc.integer({ min: 0, max: 150 }), ({ year, m }, extra) => {
        const total = extra + 1
        const endIndex = year * 12 + (m - 1) + extra
        const text = (y: number, mm: number) => `${y}-${String(mm).padStart(2, '0')}`
        const interval = when(text(year, m), text(Math.floor(endIndex / 12), (endIndex % 12) + 1))
        const years = Math.floor(total / 12)
        const months = total % 12
        const en = [
          years > 0 ? `${years} ${years === 1 ? 'year' : 'years'}` : '',
          months > 0 ? `${months} ${months === 1 ? 'month' : 'months'}` : '',
        ]
        const sv = [
          years > 0 ? `${years} år` : '',
          months > 0 ? `${months} ${months === 1 ? 'månad' : 'månader'}` : '',
        ]
        expect(formatDuration(interval, 'en')).toBe(en.filter(Boolean).join(' '))
        expect(formatDuration(interval, 'sv')).toBe(sv.filter(Boolean).join(' '))
      }),
    )
  })

  it('words short runs of days as days', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 1, max: 27 }), (offset, days) => {
        const start = addDays('2015-01-01', offset)
        const interval = { start, end: addDays(start, days - 1) }
        expect(formatDuration(interval, 'en')).toBe(days === 1 ? '1 day' : `${days} days`)
        expect(formatDuration(interval, 'sv')).toBe(days === 1 ? '1 dag' : `${days} dagar`)
      }),
    )
  })
})

describe('formatRelativeToToday', () => {
  it('counts a past entry from its last day', () => {
    const interval = when('2024-11-27')
    expect(formatRelativeToToday(interval, '2026-11-27', 'sv')).toBe('för 2 år sedan')
    expect(formatRelativeToToday(interval, '2026-11-27', 'en')).toBe('2 years ago')
    expect(formatRelativeToToday(when('2023-Q1'), '2023-04-02', 'sv')).toBe('för 2 dagar sedan')
    expect(formatRelativeToToday(when('2023-Q1'), '2023-04-01', 'en')).toBe('1 day ago')
  })

  it('counts an upcoming entry to its first day', () => {
    const interval = when('2023-03-31')
    expect(formatRelativeToToday(interval, '2022-12-31', 'sv')).toBe('om 3 månader')
    expect(formatRelativeToToday(interval, '2022-12-31', 'en')).toBe('in 3 months')
    expect(formatRelativeToToday(when('2023-Q1'), '2022-12-31', 'sv')).toBe('om 1 dag')
    expect(formatRelativeToToday(when('2023-Q1'), '2022-12-31', 'en')).toBe('in 1 day')
  })

  it('says ongoing while today is inside the interval', () => {
    expect(formatRelativeToToday(when('2023-Q1'), '2023-02-15', 'sv')).toBe('pågår')
    expect(formatRelativeToToday(when('2023-Q1'), '2023-02-15', 'en')).toBe('ongoing')
  })

  it('says the same numbers in Swedish and English', () => {
    const day = fc.integer({ min: 0, max: 4000 }).map((n) => addDays('2018-01-01', n))
    fc.assert(
      fc.property(day, day, (start, today) => {
        const interval = { start, end: addDays(start, 10) }
        const digits = (text: string) => text.match(/\d+/g) ?? []
        const sv = formatRelativeToToday(interval, today, 'sv')
        const en = formatRelativeToToday(interval, today, 'en')
        expect(digits(sv)).toEqual(digits(en))
        expect(sv.startsWith('om ')).toBe(en.startsWith('in '))
        expect(sv.startsWith('för ') && sv.endsWith(' sedan')).toBe(en.endsWith(' ago'))
      }),
    )
  })
})
