/**
 * Sourced, bilingual programme datasets for the KTH VS kit, each a programme document that
 * `validateProgramme` from `@kth-vs/core` accepts with no issues.
 *
 * @packageDocumentation
 */
export { vsProgramme } from './vs.js'
export { premisesProgramme } from './premises.js'
