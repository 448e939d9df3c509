import type { HeadingLevel, Language, LinkView, NoteView, Phrase, ViewText } from '@kth-vs/core'

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

/**
 * Escapes text for HTML: `&`, `<`, `>`, `"` and `'` become character references, so the result is safe
 * both as element content and inside a quoted attribute value. Every text from data goes through it.
 * @param text - any text
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => ESCAPES[char] ?? char)
}

const TEMPLATE_ONLY = Symbol('SafeHtml')

/**
 * A piece of markup known to be safe: made only by the {@link markup} tag from literal template parts and
 * escaped values, never from a plain string.
 */
export class SafeHtml {
  readonly #markup: string

  /** @internal Use the {@link markup} tag. */
  constructor(token: symbol, value: string) {
    if (token !== TEMPLATE_ONLY) throw new TypeError('SafeHtml is made by the markup tag only')
    this.#markup = value
  }

  /** The markup. */
  toString(): string {
    return this.#markup
  }
}

/** What a template may interpolate: text (escaped), numbers, markup, lists of these (one per line) or nothing. */
export type HtmlValue = SafeHtml | string | number | readonly HtmlValue[] | undefined | null | false

function interpolate(value: HtmlValue): string {
  if (value === undefined || value === null || value === false) return ''
  if (value instanceof SafeHtml) return value.toString()
  if (Array.isArray(value)) return value.map(interpolate).join('\n')
  return escapeHtml(String(value))
}

// Indentation in templates follows the TypeScript around them, not the markup; dropping it keeps the
// output one element per line, flush left, however deeply a template sits in the code. (The tag is not
// called `html` so that Prettier leaves the templates' line breaks, which are the output's, alone.)
function dedent(literal: string): string {
  return literal.replace(/\n[ \t]+/g, '\n')
}

/**
 * Tagged template for markup: the literal parts are written as they are, every interpolated string or
 * number is escaped with {@link escapeHtml}, {@link SafeHtml} values are inserted as markup and lists are
 * joined one item per line. Indentation after a line break in the literal parts is dropped. Attribute
 * values must be quoted in the template (`href="${url}"`).
 */
export function markup(strings: TemplateStringsArray, ...values: readonly HtmlValue[]): SafeHtml {
  // Real template literals pass frozen arrays; a hand-made array of "literal" strings is refused.
  if (!Object.isFrozen(strings) || !Array.isArray(strings.raw)) {
    throw new TypeError('markup must be used as a template tag')
  }
  let result = dedent(strings[0] ?? '')
  values.forEach((value, i) => {
    result += interpolate(value) + dedent(strings[i + 1] ?? '')
  })
  return new SafeHtml(TEMPLATE_ONLY, result)
}

/** A heading element of the given level; the tags are literal, so no markup comes from data. */
export function heading(level: HeadingLevel, content: HtmlValue): SafeHtml {
  switch (level) {
    case 2:
      return markup`<h2>${content}</h2>`
    case 3:
      return markup`<h3>${content}</h3>`
    case 4:
      return markup`<h4>${content}</h4>`
    case 5:
      return markup`<h5>${content}</h5>`
    case 6:
      return markup`<h6>${content}</h6>`
  }
}

/**
 * A text of a view as escaped text. A text shown in the other language, because a translation is
 * missing, is wrapped in a `<span lang>` so screen readers pronounce it right.
 */
export function text(value: ViewText, lang: Language): SafeHtml {
  return value.lang === lang ? markup`${value.text}` : markup`<span lang="${value.lang}">${value.text}</span>`
}

/** Words and texts of a view in reading order, each text marked with its language when it differs. */
export function phrase(parts: Phrase, lang: Language): SafeHtml {
  return parts.reduce<SafeHtml>(
    (all, part) => markup`${all}${typeof part === 'string' ? part : text(part, lang)}`,
    markup``,
  )
}

/** A link when the view gave it a safe target, else its label as plain text. */
export function link(value: LinkView, lang: Language): SafeHtml {
  const label = text(value.label, lang)
  if (value.href === undefined) return label
  return value.hreflang === undefined
    ? markup`<a href="${value.href}">${label}</a>`
    : markup`<a href="${value.href}" hreflang="${value.hreflang}">${label}</a>`
}

/** The notes about what a fallback shows, each behind a disclosure named for its kind, as the widgets show them. */
export function notes(values: readonly NoteView[], lang: Language): SafeHtml {
  return markup`${values.map(
    (note) => markup`<details>
      <summary>${note.label}</summary>
      <p>${text(note.text, lang)}</p>
    </details>`,
  )}`
}

/** Wraps a widget's fallback content in `<div class="vs-fallback" lang>`, one element per line, no blank lines. */
export function fallbackWrapper(lang: Language, content: HtmlValue): string {
  const wrapped = markup`<div class="vs-fallback" lang="${lang}">
    ${content}
    </div>`.toString()
  // Optional parts that render as nothing leave empty lines behind; whitespace between elements is free.
  return `${wrapped.replace(/\n(?:[ \t]*\n)+/g, '\n')}\n`
}
