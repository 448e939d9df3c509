/**
 * Views: for each widget, everything it shows worked out from a document in one language (names,
 * dates, statuses, sentences, notes, the tab stop and the layout), so the widgets and the static HTML
 * of `kth-vs render` only turn a view into markup. The words come from one catalogue.
 *
 * A view for another widget (such as a programme overview) is one more module here: a function
 * `<name>View(document, options)` returning its content, its words as a `<NAME>_MESSAGES` constant in
 * `messages.ts`, and the shared parts (names, links, sources, notes, the day rule) from `parts.ts` and
 * `attributes.ts`.
 *
 * @packageDocumentation
 */
export * from './messages.js'
export * from './parts.js'
export * from './attributes.js'
export * from './timeline.js'
export * from './principles.js'
export * from './support-areas.js'
export * from './governance-graph.js'
export * from './governance.js'
export * from './org-chart.js'
export * from './programme.js'
