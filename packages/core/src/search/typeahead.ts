import { normalizeForSearch } from './text-match.js'

/**
 * Finds where type-ahead should move in a list of labels (for example the visible items of a tree):
 * the first label after `current` that starts with `prefix`, wrapping around, ignoring case and
 * diacritics. When the prefix is one character typed again ('a', 'a'), it cycles through the labels
 * that start with it. Returns -1 when nothing matches.
 * @param labels - the labels in display order
 * @param current - the index of the item that has focus now
 * @param prefix - what the reader has typed so far
 */
export function typeaheadIndex(labels: readonly string[], current: number, prefix: string): number {
  const wanted = normalizeForSearch(prefix)
  if (wanted === '' || labels.length === 0) return -1
  // A repeated single letter ("aaa") means "next item starting with a", as in file managers.
  const repeated = [...wanted].every((char) => char === wanted[0]) ? (wanted[0] ?? '') : undefined
  const search = repeated ?? wanted
  // A longer prefix refines the current match, so it may stay on the current item.
  const offset = repeated !== undefined ? 1 : 0
  for (let step = 0; step < labels.length; step++) {
    const index = (current + offset + step + labels.length) % labels.length
    if (normalizeForSearch(labels[index] ?? '').startsWith(search)) return index
  }
  return -1
}
