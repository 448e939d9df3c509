import { type Language, NOTE_KIND_LABELS, type Note } from '@kth-vs/core'
import { type SafeHtml, markup, text } from './html.js'

/**
 * The notes that concern what a fallback shows (where sources disagree, are silent or were corrected),
 * as the widgets show them behind their disclosures; nothing when there are none.
 */
export function renderNotes(notes: readonly Note[], lang: Language): SafeHtml {
  if (notes.length === 0) return markup``
  return markup`<ul class="vs-notes">
    ${notes.map((note) => markup`<li><strong>${NOTE_KIND_LABELS[lang][note.kind]}:</strong> ${text(note.text, lang)}</li>`)}
  </ul>`
}
