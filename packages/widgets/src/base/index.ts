export {
  VsElement,
  DEFAULT_TIMEOUT_MS,
  type VsElementEventMap,
  type IsoDay,
  type VsErrorDetail,
  type VsLoadDetail,
} from './vs-element.js'
export { resolveLanguage, onLanguageChange } from './language.js'
export { defineElement } from './define-element.js'
export type { DataOrigin, LoadOutcome } from './load-data.js'
export { broadcast, listen, readSyncDetail, SYNC_EVENT, type SyncDetail, type SyncMessage } from './sync.js'
export { styleProperties, type StyleProperties } from './style-properties.js'
export { DisclosureController, renderDisclosure, type DisclosureOptions } from './disclosure.js'
export { disclosureStyles } from './disclosure.styles.js'
export { noticeStyles } from './notice.styles.js'
export { RovingFocusController, type FocusHost, type RovingFocusOptions } from './roving-focus.js'
export {
  TreeNavigationController,
  type TreeNavigationOptions,
  type TreeNavigationRow,
} from './tree-navigation.js'
export { renderNestedList, type NestedListOptions } from './nested-list.js'
export { renderLink } from './sources.js'
