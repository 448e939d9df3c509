/**
 * The KTH VS kit's core: the programme document model and its validation, bilingual partial dates,
 * timeline and organisation logic, search, safe links and iCalendar export. DOM-free.
 *
 * @packageDocumentation
 */
export * from './text/localized-text.js'
export * from './views/index.js'
export * from './links/safe-url.js'
export * from './dates/index.js'
export * from './schema/index.js'
export * from './validation/index.js'
export * from './timeline/index.js'
export * from './org/index.js'
export * from './search/text-match.js'
export { typeaheadIndex } from './search/typeahead.js'
export * from './ical/index.js'
export * from './programme/index.js'
