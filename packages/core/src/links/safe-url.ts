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

// The page a link will sit on is not known here, so a link is resolved against stand-ins for it, one
// served over https and one over http, because some text (`https:x`) means another thing on each.
// A link that names no scheme must stay on the page's own site under both.
const STAND_IN_PAGES = [
  { href: 'https://page.invalid/a/b/page.html', origin: 'https://page.invalid' },
  { href: 'http://page.invalid/a/b/page.html', origin: 'http://page.invalid' },
] as const
const RESOLVED_SCHEMES: readonly string[] = SAFE_URL_SCHEMES.map((scheme) => `${scheme}:`)

/** What the check reads of a parsed URL. */
interface ParsedUrl {
  readonly href: string
  readonly origin: string
  readonly protocol: string
}

// The WHATWG URL parser of the platform (every browser, Node and worker has it), typed here without the
// DOM library, which the core does not build with.
const UrlParser = (globalThis as unknown as { URL: new (url: string, base: string) => ParsedUrl }).URL

/** A URL as a browser reads it: tabs and newlines dropped, controls and white space trimmed at both ends. */
function normaliseUrl(url: string): string {
  return url.replace(IGNORED_INSIDE, '').replace(TRIMMED_AT_ENDS, '')
}

/** The URL a browser makes of `url` on the page `base`, or undefined when it cannot make one. */
function resolve(url: string, base: string): ParsedUrl | undefined {
  try {
    return new UrlParser(url, base)
  } catch {
    return undefined
  }
}

/**
 * Tells whether a link target is safe to put in an `href`: an http(s) or mailto URL, or a relative URL
 * that stays on the page's site. The link is resolved as a browser resolves it, so text that only
 * looks relative but leaves the site (`//evil.example`, `\\evil.example`, `/\evil.example`, or
 * `https:evil.example`, which is relative on an https page and another site on an http one) is refused,
 * as is anything that cannot be resolved.
 * @param url - the link target as written in the data
 */
export function isSafeUrl(url: string): boolean {
  const normalised = normaliseUrl(url)
  if (normalised === '') return false
  const scheme = SCHEME.exec(normalised)?.[1]?.toLowerCase()
  if (scheme !== undefined && !(SAFE_URL_SCHEMES as readonly string[]).includes(scheme)) return false
  // An absolute link must mean the same on every page; a relative one must stay on the page's site.
  const absolute = scheme === undefined ? undefined : resolve(normalised, 'about:blank')
  if (scheme !== undefined && absolute === undefined) return false
  return STAND_IN_PAGES.every((page) => {
    const resolved = resolve(normalised, page.href)
    if (resolved === undefined || !RESOLVED_SCHEMES.includes(resolved.protocol)) return false
    return absolute === undefined ? resolved.origin === page.origin : resolved.href === absolute.href
  })
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
