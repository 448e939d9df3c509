// The CDN file: every widget registered, for a page that takes one script tag. The host page's named
// elements are put out of the libraries' way first, before any of them runs.
import './named-globals.js'

export * from '../define.js'
