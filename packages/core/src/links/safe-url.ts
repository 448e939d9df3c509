/** URL schemes a link may use. Anything else (javascript:, data:, vbscript:, file: …) is refused. */
export const SAFE_URL_SCHEMES = ['http', 'https', 'mailto'] as const

// Browsers drop tabs and newlines anywhere in a URL and trim C0 controls and spaces at its ends,
// so "java\tscript:" is javascript:. Normalise the same way before reading the scheme, and also trim
// every other kind of white space (no-break space, line separators, BOM …), because the URL that
// passes the check is the one written into the href.
const IGNORED_INSIDE = /[\t\n\r]/g
// eslint-disable-next-line no-control-regex
const TRIMMED_AT_ENDS = /^[\s\u0000-\u0020]+|[\s\u0000-\u0020]+$/g
const SCHEME = /^([a-zA-Z][a-zA-Z0-9+.-]*):/
// A host after the scheme, then optionally a path, query or fragment; no spaces or controls anywhere.
// eslint-disable-next-line no-control-regex
const ABSOLUTE_HTTP = /^https?:\/\/[^\s/?#@\\\u0000-\u001f]+(?:[/?#][^\s\u0000-\u001f]*)?$/i

/** A URL as a browser reads it: tabs and newlines dropped, controls and white space trimmed at both ends. */
function normaliseUrl(url: string): string {
  return url.replace(IGNORED_INSIDE, '').replace(TRIMMED_AT_ENDS, '')
}

/**
 * Tells whether a link target is safe to put in an `href`: an http(s) or mailto URL, or a relative one.
 * @param url - the link target as written in the data
 */
export function isSafeUrl(url: string): boolean {
  const normalised = normaliseUrl(url)
  if (normalised === '') return false
  const scheme = SCHEME.exec(normalised)?.[1]?.toLowerCase()
  if (scheme === undefined) return true
  return (SAFE_URL_SCHEMES as readonly string[]).includes(scheme)
}

/**
 * Tells whether a URL is an absolute http(s) URL, as sources must be.
 * @param url - the URL to check
 */
export function isHttpUrl(url: string): boolean {
  return ABSOLUTE_HTTP.test(url)
}

/**
 * Returns the URL when it is safe for an `href`, else undefined; renderers use it as a last guard.
 * @param url - the link target, possibly missing
 */
export function safeHref(url: string | undefined): string | undefined {
  // Return exactly the string that was checked, never a differently trimmed one.
  return url !== undefined && isSafeUrl(url) ? normaliseUrl(url) : undefined
}
