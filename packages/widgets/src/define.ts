// Registers every widget. Importing this module is the one side effect of the package.
export * from './governance/define.js'
export * from './org-chart/define.js'
export * from './principle-cards/define.js'
export * from './programme/define.js'
export * from './support-areas/define.js'
export * from './timeline/define.js'
