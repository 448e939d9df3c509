export * from './base/index.js'
export { VsPrincipleCards } from './principle-cards/index.js'
