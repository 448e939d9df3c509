/**
 * iCalendar (RFC 5545) export of programme dates as all-day events, and a minimal reader for tests.
 *
 * @packageDocumentation
 */
export { KIT_PRODUCT_ID, toICalendar } from './icalendar.js'
export type { CalendarEvent, ICalendarOptions } from './icalendar.js'
export { parseICalendar } from './parse.js'
