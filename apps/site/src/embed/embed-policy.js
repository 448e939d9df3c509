// Who may frame the embed page and where it may fetch data from. Whoever deploys the site sets both in
// `embed-config.json` beside `embed.html`; the server turns the same lists into the page's
// Content-Security-Policy and the page refuses a `src` the list does not allow, with a message that
// says so. Plain JavaScript, so the Node server and the page share one reading of the file.

/**
 * @typedef {object} EmbedConfig
 * @property {string[]} dataHosts - hosts `embed.html?src=` may fetch from: `'self'` or
 *   `scheme://host[:port]`, where the host may start with `*.` for every subdomain
 * @property {string[]} frameAncestors - pages that may show `embed.html` in a frame, in the same form
 */

/** KTH's own hosts: kth.se and every subdomain, over https. */
const KTH_HOSTS = ['https://kth.se', 'https://*.kth.se']

/** @type {Readonly<EmbedConfig>} The lists when the deployment sets none: this site and KTH's hosts. */
export const DEFAULT_EMBED_CONFIG = Object.freeze({
  dataHosts: ["'self'", ...KTH_HOSTS],
  frameAncestors: ["'self'", ...KTH_HOSTS],
})

// A CSP host source limited to what the page can check the same way: scheme, host (optionally `*.`)
// and port; no paths, no bare hosts, no scheme-only sources such as `https:`.
const HOST_SOURCE = /^(https?):\/\/(\*\.)?([a-z0-9-]+(?:\.[a-z0-9-]+)*)(?::(\d{1,5}))?$/

/**
 * Reads one entry of a list.
 * @param {string} entry
 * @returns {{ self: true } | { self: false, scheme: string, wildcard: boolean, host: string, port: string }
 *   | undefined}
 */
function parseSource(entry) {
  if (entry === "'self'") return { self: true }
  const match = HOST_SOURCE.exec(entry.toLowerCase())
  if (!match) return undefined
  const [, scheme = '', wildcard, host = '', port] = match
  return { self: false, scheme, wildcard: wildcard !== undefined, host, port: port ?? '' }
}

/**
 * Checks a parsed `embed-config.json`.
 * @param {unknown} value
 * @returns {{ ok: true, config: EmbedConfig } | { ok: false, problems: string[] }}
 */
export function checkEmbedConfig(value) {
  /** @type {string[]} */
  const problems = []
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { ok: false, problems: ['the file must hold an object with "dataHosts" and "frameAncestors"'] }
  }
  const record = /** @type {Record<string, unknown>} */ (value)
  /** @type {Record<string, string[]>} */
  const lists = {}
  for (const key of ['dataHosts', 'frameAncestors']) {
    const list = record[key] ?? /** @type {Record<string, string[]>} */ (DEFAULT_EMBED_CONFIG)[key]
    if (!Array.isArray(list)) {
      problems.push(`"${key}" must be a list of hosts`)
      continue
    }
    list.forEach((entry, index) => {
      if (typeof entry !== 'string' || parseSource(entry) === undefined) {
        problems.push(
          `"${key}"[${index}] is ${JSON.stringify(entry)}; expected 'self' or scheme://host[:port] such as https://*.kth.se`,
        )
      }
    })
    lists[key] = list.filter((entry) => typeof entry === 'string')
  }
  for (const key of Object.keys(record)) {
    if (key !== 'dataHosts' && key !== 'frameAncestors' && key !== '$comment') {
      problems.push(`"${key}" is not a setting; the settings are "dataHosts" and "frameAncestors"`)
    }
  }
  if (problems.length > 0) return { ok: false, problems }
  return {
    ok: true,
    config: { dataHosts: lists.dataHosts ?? [], frameAncestors: lists.frameAncestors ?? [] },
  }
}

/**
 * Whether a URL's origin is on a list, read as a CSP source list reads it: `'self'` is `selfOrigin`,
 * `https://*.kth.se` is every subdomain of kth.se (not kth.se itself), a missing port is the scheme's
 * default port.
 * @param {string} url - an absolute URL
 * @param {readonly string[]} entries - the list
 * @param {string} selfOrigin - the origin of the embed page
 * @returns {boolean}
 */
export function isAllowedOrigin(url, entries, selfOrigin) {
  let target
  try {
    target = new URL(url)
  } catch {
    return false
  }
  if (target.protocol !== 'https:' && target.protocol !== 'http:') return false
  const scheme = target.protocol.slice(0, -1)
  const port = target.port
  const host = target.hostname.toLowerCase()
  return entries.some((entry) => {
    const source = parseSource(entry)
    if (source === undefined) return false
    if (source.self) return target.origin === selfOrigin
    if (source.scheme !== scheme || source.port !== port) return false
    return source.wildcard ? host.endsWith(`.${source.host}`) : host === source.host
  })
}

/**
 * The Content-Security-Policy of the embed page for a configuration: the site's strict policy, with
 * `connect-src` opened to exactly the data hosts and `frame-ancestors` set to the listed pages.
 * @param {string} basePolicy - the policy every page of the site is served with
 * @param {EmbedConfig} config
 * @returns {string}
 */
export function embedPagePolicy(basePolicy, config) {
  const sources = (/** @type {readonly string[]} */ list) => (list.length > 0 ? list.join(' ') : "'none'")
  return `${basePolicy}; connect-src ${sources(config.dataHosts)}; frame-ancestors ${sources(config.frameAncestors)}`
}
