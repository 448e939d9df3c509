import { type Language, isHttpUrl } from '@kth-vs/core'
import { type AttributePair, WIDGETS, type WidgetName, optionsFor } from './options.js'

/** The widgets' CDN file, as published beside the pages. */
export const CDN_FILE = 'kth-vs.js'
/** The page an iframe shows one widget on. */
export const EMBED_PAGE = 'embed.html'
/** The script a host page loads so its iframes take the height of their widget. */
export const EMBED_HOST_SCRIPT = 'kth-vs-embed.js'

/**
 * A published release of the kit, as `release.json` beside `kth-vs.js` describes it: the version (a
 * folder of the same name holds that release's files, never changed) and each file's SRI hash.
 */
export interface Release {
  version: string
  integrity: { 'kth-vs.js': string; 'kth-vs-embed.js': string }
}

const VERSION = /^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/
const INTEGRITY = /^sha(?:256|384|512)-[A-Za-z0-9+/]+={0,2}$/

/** Reads a `release.json`; anything else than a version and two SRI hashes is no release. */
export function readRelease(value: unknown): Release | undefined {
  if (typeof value !== 'object' || value === null) return undefined
  const { version, integrity } = value as { version?: unknown; integrity?: unknown }
  if (typeof version !== 'string' || !VERSION.test(version)) return undefined
  if (typeof integrity !== 'object' || integrity === null) return undefined
  const hashes = integrity as Record<string, unknown>
  const cdn = hashes['kth-vs.js']
  const host = hashes['kth-vs-embed.js']
  if (typeof cdn !== 'string' || !INTEGRITY.test(cdn)) return undefined
  if (typeof host !== 'string' || !INTEGRITY.test(host)) return undefined
  return { version, integrity: { 'kth-vs.js': cdn, 'kth-vs-embed.js': host } }
}

/** Where a widget's data comes from, as far as the snippet is concerned. */
export type SnippetData =
  /** The VS programme built into the widgets. */
  | { kind: 'builtin' }
  /** The editor's own document; `url` is where it is published, when they have said. */
  | { kind: 'own'; value: unknown; url?: string }

/** Everything a snippet is made from. */
export interface SnippetRequest {
  widget: WidgetName
  /** The language the widget speaks. */
  lang: Language
  /** The widget's attributes, from `attributesFor`. */
  attributes: readonly AttributePair[]
  data: SnippetData
  /** Where `kth-vs.js` and `embed.html` are published; a folder, with or without its final slash. */
  baseUrl: string
  /** The iframe's accessible name. */
  title: string
  /**
   * The release published at `baseUrl`, when known: the snippet then loads that version's files with
   * their SRI hashes, so the page runs exactly the files it was tested with.
   */
  release?: Release
}

const ATTRIBUTE_NAME = /^[a-z][a-z0-9-]*$/

/** Escapes text for a double-quoted HTML attribute value (and for text between tags). */
export function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}

/**
 * Writes a value as JSON that is safe inside `<script type="application/json">`: every `<` is written
 * `\u003c`, so no `</script>` or `<!--` in the data can end or change the block. JSON reads it back as `<`.
 */
export function jsonForScript(value: unknown, indent = 2): string {
  return JSON.stringify(value, null, indent).replace(/</g, '\\u003c')
}

/**
 * The absolute URL of a published file in the folder `baseUrl`, or undefined when `baseUrl` is not an
 * absolute http(s) URL. A missing final slash is added: `https://x.kth.se/vs` means the folder `vs/`.
 */
export function assetUrl(baseUrl: string, file: string): string | undefined {
  const trimmed = baseUrl.trim()
  if (!/^https?:\/\//i.test(trimmed)) return undefined
  try {
    const base = new URL(trimmed)
    if (!base.pathname.endsWith('/')) base.pathname += '/'
    base.search = ''
    base.hash = ''
    return new URL(file, base).href
  } catch {
    return undefined
  }
}

/** A script tag for one of the kit's files: pinned to the release with its hash, when there is one. */
function kitScript(
  request: SnippetRequest,
  file: keyof Release['integrity'],
  module: boolean,
): string | undefined {
  const release = request.release
  const src = assetUrl(request.baseUrl, release ? `${release.version}/${file}` : file)
  if (src === undefined) return undefined
  const type = module ? ' type="module"' : ''
  // A hash needs the file fetched with CORS; `anonymous` sends no cookies to the kit's host.
  const pin = release
    ? ` integrity="${escapeAttribute(release.integrity[file])}" crossorigin="anonymous"`
    : ''
  const loading = module ? '' : ' async'
  return `<script${type} src="${escapeAttribute(src)}"${pin}${loading}></script>`
}

function attributeText([name, value]: AttributePair): string {
  // Names come from the option table; a stray one is dropped rather than written into the page.
  if (!ATTRIBUTE_NAME.test(name)) return ''
  return value === '' ? ` ${name}` : ` ${name}="${escapeAttribute(value)}"`
}

/**
 * The script form: the CDN script tag and the element with its attributes; with the editor's own data,
 * an inline `<script type="application/json">` child holding it.
 * @returns the snippet, or undefined when `baseUrl` is not an absolute http(s) URL
 */
export function scriptSnippet(request: SnippetRequest): string | undefined {
  const script = kitScript(request, CDN_FILE, true)
  if (script === undefined) return undefined
  const { tag } = WIDGETS[request.widget]
  const attributes: AttributePair[] = [['lang', request.lang], ...request.attributes]
  const open = `<${tag}${attributes.map(attributeText).join('')}>`
  const lines = [script]
  if (request.data.kind === 'own') {
    const json = jsonForScript(request.data.value)
      .split('\n')
      .map((line) => `    ${line}`)
      .join('\n')
    lines.push(open, '  <script type="application/json">', json, '  </script>', `</${tag}>`)
  } else {
    lines.push(`${open}</${tag}>`)
  }
  return lines.join('\n')
}

/** The reasons an iframe snippet cannot be made. */
export type IframeProblem = 'base-url' | 'data-url'

/** The URL of the embed page showing the widget, with its options as query parameters. */
export function embedUrl(request: SnippetRequest): string | IframeProblem {
  const page = assetUrl(request.baseUrl, EMBED_PAGE)
  if (page === undefined) return 'base-url'
  const params = new URLSearchParams({ widget: request.widget, lang: request.lang })
  if (request.data.kind === 'own') {
    // The embed page cannot take a whole document in its URL: the data has to be published as a file.
    const url = request.data.url?.trim() ?? ''
    if (!isHttpUrl(url)) return 'data-url'
    params.set('src', url)
  }
  const passed = new Set(
    optionsFor(request.widget)
      .filter((spec) => !spec.scriptOnly)
      .map((spec) => spec.attribute),
  )
  for (const [name, value] of request.attributes) if (passed.has(name)) params.set(name, value)
  const url = new URL(page)
  url.search = params.toString()
  return url.href
}

/** The iframe's height before the host script has measured its content. */
export const IFRAME_START_HEIGHT = 480

/**
 * The iframe form: an `<iframe>` showing `embed.html` with the widget's options, as wide as the column
 * it stands in, and the host script that resizes it to its content. Attributes the embed page cannot
 * pass on (such as `sync`) are left out. Width and height are attributes, not a `style`, which a strict
 * Content-Security-Policy on the host page would block.
 * @returns the snippet, or the reason it cannot be made: no usable base URL, or own data without a
 *   published http(s) URL
 */
export function iframeSnippet(request: SnippetRequest): string | IframeProblem {
  const src = embedUrl(request)
  if (src === 'base-url' || src === 'data-url') return src
  const host = kitScript(request, EMBED_HOST_SCRIPT, false) as string
  return [
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(request.title)}" width="100%" height="${IFRAME_START_HEIGHT}" loading="lazy"></iframe>`,
    host,
  ].join('\n')
}
