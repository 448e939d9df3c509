/**
 * iCalendar (RFC 5545) export of programme dates as all-day events.
 *
 * @packageDocumentation
 */
export { KIT_PRODUCT_ID, toICalendar } from './icalendar.js'
export type { CalendarEvent, ICalendarOptions } from './icalendar.js'
