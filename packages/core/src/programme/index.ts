export { sortByOrder } from './order.js'
export {
  calendarEvents,
  organisationIndex,
  orgNodeFromUnit,
  programmeInterval,
  timelineEntries,
  type ProgrammeTimelineEntry,
} from './adapters.js'
export { relationHolds, relationsOf, type RelationView } from './relations.js'
export * from './spreadsheet.js'
export { notesAbout } from './notes.js'
