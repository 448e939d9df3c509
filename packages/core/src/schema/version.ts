/** The schema version this core reads and writes. */
export const SCHEMA_VERSION = 1
