import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { addDays, daysBetween, daysInMonth, isValidDay } from './day.js'
import { isoDayString } from './test-arbitraries.js'

describe('isValidDay', () => {
  it('accepts real calendar days, including leap days', () => {
    expect(isValidDay('2022-06-14')).toBe(true)
    expect(isValidDay('2024-02-29')).toBe(true)
    expect(isValidDay('2000-02-29')).toBe(true)
    expect(isValidDay('1000-01-01')).toBe(true)
    expect(isValidDay('9999-12-31')).toBe(true)
  })

  it('rejects impossible days, other shapes and years outside 1000–9999', () => {
    for (const day of [
      '2023-02-29',
      '1900-02-29',
      '2022-04-31',
      '2022-13-01',
      '2022-00-10',
      '2022-01-00',
      '2022-6-14',
      '2022-06-14T00:00',
      ' 2022-06-14',
      '0999-12-31',
      '2022-06',
      '',
    ]) {
      expect(isValidDay(day), day).toBe(false)
    }
  })
})

describe('daysInMonth', () => {
  it('knows month lengths and leap years', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12].map((m) => daysInMonth(2023, m))).toEqual([
      31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31,
    ])
    expect(daysInMonth(2024, 2)).toBe(29)
    expect(daysInMonth(2100, 2)).toBe(28)
    expect(daysInMonth(2000, 2)).toBe(29)
  })
})

describe('addDays and daysBetween', () => {
  it('do calendar arithmetic across months, years and DST changes', () => {
    expect(addDays('2022-06-14', 1)).toBe('2022-06-15')
    expect(addDays('2022-12-31', 1)).toBe('2023-01-01')
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29')
    expect(addDays('2023-03-25', 2)).toBe('2023-03-27')
    expect(addDays('2023-10-28', 2)).toBe('2023-10-30')
    expect(addDays('2022-06-14', 0)).toBe('2022-06-14')
    expect(daysBetween('2023-01-01', '2024-01-01')).toBe(365)
    expect(daysBetween('2024-01-01', '2025-01-01')).toBe(366)
    expect(daysBetween('2023-03-26', '2023-03-27')).toBe(1)
    expect(daysBetween('2022-06-15', '2022-06-14')).toBe(-1)
  })

  it('throw on invalid days, fractional counts and results outside years 1000–9999', () => {
    expect(() => addDays('2023-02-29', 1)).toThrow(RangeError)
    expect(() => addDays('2022-06-14', 0.5)).toThrow(RangeError)
    expect(() => addDays('2022-06-14', Number.NaN)).toThrow(RangeError)
    expect(() => addDays('1000-01-01', -1)).toThrow(RangeError)
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError)
    expect(() => addDays('2022-06-14', 1e15)).toThrow(RangeError)
    expect(() => daysBetween('2022-06-14', 'tomorrow')).toThrow(RangeError)
  })

  it('addDays(d, n) is n days after d', () => {
    fc.assert(
      fc.property(
        isoDayString({ min: 1100, max: 9900 }),
        fc.integer({ min: -30_000, max: 30_000 }),
        (day, n) => {
          const later = addDays(day, n)
          expect(isValidDay(later)).toBe(true)
          expect(daysBetween(day, later)).toBe(n)
          expect(addDays(later, -n)).toBe(day)
          // ISO strings order like the days they name.
          expect(Math.sign(later.localeCompare(day))).toBe(Math.sign(n))
        },
      ),
    )
  })

  it('steps one day at a time through consecutive valid days', () => {
    fc.assert(
      fc.property(isoDayString({ min: 1000, max: 9998 }), (day) => {
        const next = addDays(day, 1)
        const [y, m, d] = day.split('-').map(Number) as [number, number, number]
        const expected = d < daysInMonth(y, m) ? [y, m, d + 1] : m < 12 ? [y, m + 1, 1] : [y + 1, 1, 1]
        expect(next.split('-').map(Number)).toEqual(expected)
      }),
    )
  })
})
