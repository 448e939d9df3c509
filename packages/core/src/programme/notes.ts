import type { Note, ProgrammeDocument } from '../schema/programme.js'

/**
 * The notes (where sources disagree, are silent or were corrected) that concern any of the given items,
 * in document order.
 * @param document - a validated programme document
 * @param ids - ids of principles, areas, bodies, units, timeline items …
 */
export function notesAbout(document: ProgrammeDocument, ids: Iterable<string>): Note[] {
  const wanted = new Set(ids)
  return document.notes.filter((note) => note.about.some((id) => wanted.has(id)))
}
