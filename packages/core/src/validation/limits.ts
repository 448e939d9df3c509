// Limits that keep validation, and everything after it, quick on any input. They lie far above any real
// programme (VS has a few dozen units, five levels and a hundred dated items), so only generated or
// hostile documents meet them, and those get a clear message naming the field instead of a hang.

/** At most this many problems are reported; past it the document is too broken for a longer list to help. */
export const MAX_ISSUES = 200

/** The most levels the organisation may have on any day, counting the top unit as level 1. */
export const MAX_ORG_DEPTH = 100

/**
 * The most characters (UTF-16 code units) of JSON text `validateProgrammeJson` reads: ten million,
 * about 10 MB. A value given directly (`validateProgramme`) is bounded by its lists instead.
 */
export const MAX_DOCUMENT_LENGTH = 10_000_000

/** The most entries any list in a document may have, from `units` and `timeline` to an item's `sources`. */
export const MAX_LIST_LENGTH = 100_000

/**
 * The years a date in a document may fall in. Every part of the kit handles them with room to spare:
 * a day after the last (an iCalendar end), an axis a few years wide, formatting in both languages.
 */
export const DOCUMENT_YEARS = { min: 1000, max: 2999 } as const
