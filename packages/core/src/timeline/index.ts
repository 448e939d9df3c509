/**
 * Timeline logic: status of entries relative to today, programme progress, ordering, grouping,
 * filtering, lane layout and bilingual wording of lengths and distances.
 *
 * @packageDocumentation
 */
export * from './entries.js'
export * from './lanes.js'
export * from './format.js'
