/**
 * The text of one static part of a `css` template, minified: no comments, white space collapsed and
 * dropped around braces and semicolons, quoted strings kept.
 */
export function minifyCss(text: string, edges?: { first?: boolean; last?: boolean }): string

/** The text of one static part of an `html` or `svg` template, line breaks and indentation collapsed. */
export function collapseHtml(text: string): string

/** A module's source with the static text of every `css`, `html` and `svg` tagged template minified. */
export function minifyTemplates(source: string, kind?: 'js' | 'ts'): string
