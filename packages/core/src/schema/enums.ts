/** Kinds of organisation unit, from the university itself down to a unit inside a department. */
export const UNIT_KINDS = [
  'university',
  'president',
  'university-director',
  'support-organisation',
  'department',
  'unit',
  'school',
  'office',
  'group',
] as const
/** A kind of organisation unit. */
export type UnitKind = (typeof UNIT_KINDS)[number]

/**
 * Typed links between units and bodies, read as "from KIND to":
 * a unit serves another, a body advises a person's unit, a body prepares matters for another, and so on.
 */
export const RELATION_KINDS = [
  'serves',
  'advises',
  'member-of',
  'reports-to',
  'prepares-for',
  'consults',
] as const
/** A kind of relation between units and bodies. */
export type RelationKind = (typeof RELATION_KINDS)[number]

/** What the date of a dated item stands for: the event itself, or only the day it was published. */
export const DATE_MEANINGS = ['event', 'published'] as const
/** What a date stands for. */
export type DateMeaning = (typeof DATE_MEANINGS)[number]

/** Kinds of governance body. */
export const BODY_KINDS = [
  'steering-group',
  'council',
  'secretariat',
  'cooperation-group',
  'working-group',
  'student-union',
] as const
/** A kind of governance body. */
export type BodyKind = (typeof BODY_KINDS)[number]

/** Kinds of note: where sources disagree, what no source says, a correction of a source, or context. */
export const NOTE_KINDS = ['disagreement', 'unknown', 'correction', 'context'] as const
/** A kind of note. */
export type NoteKind = (typeof NOTE_KINDS)[number]
