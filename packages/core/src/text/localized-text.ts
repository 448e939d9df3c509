/** Languages the kit speaks. Swedish first: it is the default everywhere. */
export const LANGUAGES = ['sv', 'en'] as const

/** One of the kit's languages. */
export type Language = (typeof LANGUAGES)[number]

/** A text in Swedish and English; one of them may be missing while a translation is pending. */
export interface LocalizedText {
  /** The Swedish text. */
  sv?: string
  /** The English text. */
  en?: string
}

/** A text picked for one language, and the language it is actually in. */
export interface LocalizedString {
  /** The text to show. */
  text: string
  /** The language of `text`: differs from the one asked for when a translation was missing. */
  lang: Language
  /** True when `text` is in another language than the one asked for. */
  isFallback: boolean
}

/**
 * Picks the text for `lang`, falling back to the other language when the requested one is missing,
 * and says which language was returned so a renderer can mark a fallback with its own `lang`.
 */
export function localize(text: LocalizedText, lang: Language): LocalizedString {
  const wanted = text[lang]
  if (wanted !== undefined) return { text: wanted, lang, isFallback: false }
  const other: Language = lang === 'sv' ? 'en' : 'sv'
  const fallback = text[other]
  // The schema guarantees one language; an empty string keeps callers total on unvalidated input.
  return { text: fallback ?? '', lang: other, isFallback: true }
}

/** Normalises a BCP 47 tag such as `en-GB` or `sv-SE` to a kit language, or undefined if it is neither. */
export function toLanguage(tag: string | null | undefined): Language | undefined {
  const primary = tag?.trim().toLowerCase().split('-')[0]
  return primary === 'sv' || primary === 'en' ? primary : undefined
}
