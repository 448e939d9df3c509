export {
  VsElement,
  DEFAULT_TIMEOUT_MS,
  type VsElementEventMap,
  type VsErrorDetail,
  type VsLoadDetail,
} from './vs-element.js'
export { resolveLanguage, onLanguageChange } from './language.js'
export { defineElement } from './define-element.js'
export type { DataOrigin, LoadOutcome } from './load-data.js'
export { broadcast, listen, readSyncDetail, SYNC_EVENT, type SyncDetail, type SyncMessage } from './sync.js'
export { styleProperties, type StyleProperties } from './style-properties.js'
export {
  disclosureStyles,
  renderDisclosure,
  renderNote,
  toggled,
  type DisclosureOptions,
} from './disclosure.js'
export { renderSourceLabel, renderSourceLink } from './sources.js'
