// The document methods Lit calls, for the CDN build only: its build step has Lit call them on
// `pageDocument` (see tsup.config.ts), so that no named element on the host page can shadow them.

export const DOCUMENT_METHODS = [
  'createComment',
  'createDocumentFragment',
  'createElement',
  'createTextNode',
  'createTreeWalker',
  'importNode',
] as const

/**
 * The document's methods that Lit calls, taken from the prototype and called on the real document, so
 * that no markup on the page can shadow them.
 */
export const pageDocument = Object.freeze(
  Object.fromEntries(
    DOCUMENT_METHODS.map((name) => {
      const method = Document.prototype[name] as (this: Document, ...args: unknown[]) => unknown
      return [name, (...args: unknown[]) => method.apply(document, args)]
    }),
  ),
) as unknown as Pick<Document, (typeof DOCUMENT_METHODS)[number]>
