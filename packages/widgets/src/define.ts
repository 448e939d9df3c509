// Registers every widget. Importing this module is the one side effect of the package.
export * from './principle-cards/define.js'
