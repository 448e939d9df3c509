export * from './issue.js'
export { ITEM_KINDS, type ItemKind } from './references.js'
export { unitValidity } from './semantic.js'
export * from './validate.js'
