// Test support only: fast-check generators shared by the *.test.ts files here. Not exported from the package.
import fc from 'fast-check'
import { daysInMonth, isoDay } from './day.js'
import { SEASONS, type PartialDate } from './partial-date.js'

/** Year bounds for generated dates; a narrow range makes overlapping and equal dates common. */
export interface YearRange {
  min: number
  max: number
}

const ALL_YEARS: YearRange = { min: 1000, max: 9999 }

/** Day-precision dates, days limited to the month's real length. */
export function dayDate(years: YearRange = ALL_YEARS) {
  return fc
    .tuple(fc.integer(years), fc.integer({ min: 1, max: 12 }))
    .chain(([year, month]) =>
      fc
        .integer({ min: 1, max: daysInMonth(year, month) })
        .map((day): PartialDate & { precision: 'day' } => ({ precision: 'day', year, month, day })),
    )
}

/** Month-precision dates. */
export function monthDate(years: YearRange = ALL_YEARS) {
  return fc
    .record({ year: fc.integer(years), month: fc.integer({ min: 1, max: 12 }) })
    .map((d): PartialDate & { precision: 'month' } => ({ precision: 'month', ...d }))
}

/** Quarter-precision dates. */
export function quarterDate(years: YearRange = ALL_YEARS) {
  return fc
    .record({
      year: fc.integer(years),
      quarter: fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const),
    })
    .map((d): PartialDate & { precision: 'quarter' } => ({ precision: 'quarter', ...d }))
}

/** Season-precision dates. */
export function seasonDate(years: YearRange = ALL_YEARS) {
  return fc
    .record({ year: fc.integer(years), season: fc.constantFrom(...SEASONS) })
    .map((d): PartialDate & { precision: 'season' } => ({ precision: 'season', ...d }))
}

/** Year-precision dates. */
export function yearDate(years: YearRange = ALL_YEARS) {
  return fc.integer(years).map((year): PartialDate & { precision: 'year' } => ({ precision: 'year', year }))
}

/** Valid partial dates of any precision. */
export function partialDate(years: YearRange = ALL_YEARS): fc.Arbitrary<PartialDate> {
  return fc.oneof(dayDate(years), monthDate(years), quarterDate(years), seasonDate(years), yearDate(years))
}

/** Valid ISO days. */
export function isoDayString(years: YearRange = ALL_YEARS): fc.Arbitrary<string> {
  return dayDate(years).map((d) => isoDay(d.year, d.month, d.day))
}
