export { VsElement, DEFAULT_TIMEOUT_MS, type VsErrorDetail, type VsLoadDetail } from './vs-element.js'
export { resolveLanguage, onLanguageChange } from './language.js'
export { defineElement } from './define-element.js'
export type { DataOrigin, LoadOutcome } from './load-data.js'
