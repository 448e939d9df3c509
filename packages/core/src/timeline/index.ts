/**
 * Timeline logic: status of entries relative to today, programme progress, ordering, grouping,
 * filtering and lane layout.
 *
 * @packageDocumentation
 */
export * from './entries.js'
export * from './lanes.js'
