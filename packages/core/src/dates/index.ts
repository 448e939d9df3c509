export { addDays, daysBetween, isValidDay } from './day.js'
export {
  formatDateRange,
  formatDateText,
  formatPartialDate,
  htmlDatetime,
  partialDateExpectation,
} from './format.js'
export {
  compareDayIntervals,
  comparePartialDates,
  dayInInterval,
  intervalContains,
  intervalsOverlap,
  rangeInterval,
  textInterval,
  toDayInterval,
  type DayInterval,
} from './interval.js'
export {
  PRECISIONS,
  SEASONS,
  formatIso,
  parsePartialDate,
  type PartialDate,
  type Precision,
  type Season,
} from './partial-date.js'
export { PartialDateTextSchema } from './schema.js'
export { stockholmDay } from './stockholm.js'
