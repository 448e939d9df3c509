export * from './enums.js'
export * from './primitives.js'
export * from './programme.js'
