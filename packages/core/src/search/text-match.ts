/**
 * Forgiving text matching for search boxes: case- and diacritic-insensitive, so a user typing on a
 * keyboard without å, ä and ö still finds Swedish names.
 */

// Combining marks left over after canonical decomposition (the ring of å, the dots of ä and ö, accents).
const COMBINING_MARKS = /\p{M}/gu

// Created once: building a collator is costly, and sorting calls it for every comparison.
const swedishCollator = new Intl.Collator('sv')

/**
 * Normalises text for searching: lower-cases it, decomposes it (NFD) and strips the combining marks,
 * so 'Ledningsråd' becomes 'ledningsrad'. Letters without a decomposition (ß, æ, ø) are left as they are.
 */
export function normalizeForSearch(text: string): string {
  // Lower-case first: some lower-case forms (such as that of İ) decompose into a letter and a mark.
  return text.toLowerCase().normalize('NFD').replace(COMBINING_MARKS, '')
}

/** Splits a query into normalised tokens at whitespace; a blank query has no tokens. */
export function queryTokens(query: string): string[] {
  return normalizeForSearch(query)
    .split(/\s+/u)
    .filter((token) => token.length > 0)
}

/**
 * True when every token (from {@link queryTokens}) is a substring of the normalised `text`.
 * Lets a caller tokenise a query once and test many texts.
 */
export function matchesTokens(text: string, tokens: readonly string[]): boolean {
  const normalized = normalizeForSearch(text)
  return tokens.every((token) => normalized.includes(token))
}

/** Compares two strings in Swedish alphabetical order (å, ä, ö after z); usable as a sort comparator. */
export function compareSwedish(a: string, b: string): number {
  return swedishCollator.compare(a, b)
}
