export * from './text/localized-text.js'
