// The fixtures reach the core by path rather than as a dependency: the core's own tests use them,
// and a dependency each way would be a cycle. Only types come this way, and they vanish at run time.
export type { IssueCode } from '../../core/src/validation/issue.js'
export type { ProgrammeDocumentInput } from '../../core/src/schema/programme.js'
export type { Language, LocalizedText } from '../../core/src/text/localized-text.js'
