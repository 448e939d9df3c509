// The demo site's production server: the built pages under the strict Content-Security-Policy the
// widgets promise to work under, the built Storybook at /storybook/, and the kit's files with the
// headers another site needs to load them (CORS, a JavaScript content type, caching by version).
import { existsSync, readFileSync } from 'node:fs'
import { createServer } from 'node:http'
import sirv from 'sirv'
import { DEFAULT_EMBED_CONFIG, checkEmbedConfig, embedPagePolicy } from '../src/embed/embed-policy.js'

/** Trusted Types policies the kit creates: Lit's, for its templates. Nothing else is needed. */
export const TRUSTED_TYPES_POLICIES = ['lit-html']

/**
 * A strict policy: nothing from elsewhere, no inline script or style, Trusted Types enforced.
 * @param {string} trustedTypes - the `trusted-types` directive's value
 */
function strictPolicy(trustedTypes) {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    `trusted-types ${trustedTypes}`,
  ].join('; ')
}

/** The policy the demo pages and the embed page are served with: the kit needs nothing more. */
export const SITE_POLICY = strictPolicy(TRUSTED_TYPES_POLICIES.join(' '))

/**
 * The builder's policy. The builder is a Lit element of its own bundle, so its page holds two copies
 * of Lit (its own and the CDN file's), and both name their policy `lit-html`: as on any page that
 * uses Lit besides the kit, the name has to be allowed twice.
 */
export const BUILDER_POLICY = strictPolicy(`${TRUSTED_TYPES_POLICIES.join(' ')} 'allow-duplicates'`)

/** A configuration file that cannot be used; the message says which entry and why. */
export class EmbedConfigError extends Error {}

/**
 * Reads and checks `embed-config.json`. A missing file means the defaults.
 * @param {string} path
 * @returns {import('../src/embed/embed-policy.js').EmbedConfig}
 */
export function readEmbedConfig(path) {
  if (!existsSync(path)) return { ...DEFAULT_EMBED_CONFIG }
  let value
  try {
    value = JSON.parse(readFileSync(path, 'utf8'))
  } catch (error) {
    throw new EmbedConfigError(`${path} is not JSON: ${error instanceof Error ? error.message : error}`)
  }
  const checked = checkEmbedConfig(value)
  if (!checked.ok) throw new EmbedConfigError(`${path}:\n  ${checked.problems.join('\n  ')}`)
  return checked.config
}

// The kit's files that other sites load: the CDN file (also under its version), its source map, the
// iframe host script and JSON (data files, the embed configuration).
const SHARED_FILE = /(^|\/)(kth-vs\.js|kth-vs\.js\.map|kth-vs-embed\.js|[^/]+\.json)$/
const VERSIONED_FILE = /^\/\d+\.\d+\.\d+[^/]*\//

/**
 * The headers another origin needs for one of the kit's files. A module script or a script with
 * `integrity` is fetched with CORS, so the file must allow every origin; its content type must be
 * JavaScript, or `nosniff` makes the browser refuse it.
 * @param {string} pathname
 * @returns {Record<string, string>}
 */
export function sharedFileHeaders(pathname) {
  if (!SHARED_FILE.test(pathname)) return {}
  return {
    'access-control-allow-origin': '*',
    'cross-origin-resource-policy': 'cross-origin',
    // A versioned file never changes; the unversioned one follows each release.
    'cache-control': VERSIONED_FILE.test(pathname)
      ? 'public, max-age=31536000, immutable'
      : 'public, max-age=300',
  }
}

/**
 * @param {{ siteDir: string, storybookDir?: string, embedConfig: import('../src/embed/embed-policy.js').EmbedConfig }} options
 * @returns {import('node:http').Server}
 */
export function createSiteServer({ siteDir, storybookDir, embedConfig }) {
  const embedPolicy = embedPagePolicy(SITE_POLICY, embedConfig)
  const pagePolicy = `${SITE_POLICY}; frame-ancestors 'self'`
  const builderPolicy = `${BUILDER_POLICY}; frame-ancestors 'self'`
  const configText = `${JSON.stringify(embedConfig, null, 2)}\n`
  const site = sirv(siteDir, {
    dev: false,
    setHeaders: (res, pathname) => {
      const policy =
        pathname === '/embed.html'
          ? embedPolicy
          : pathname.endsWith('/builder.html')
            ? builderPolicy
            : pagePolicy
      res.setHeader('Content-Security-Policy', policy)
      res.setHeader('X-Content-Type-Options', 'nosniff')
      for (const [name, value] of Object.entries(sharedFileHeaders(pathname))) res.setHeader(name, value)
    },
  })
  // Storybook's own manager needs inline scripts and styles, so it is served without the page CSP.
  const storybook = storybookDir && existsSync(storybookDir) ? sirv(storybookDir, { dev: false }) : undefined

  return createServer((req, res) => {
    const url = req.url ?? '/'
    const pathname = url.split('?')[0] ?? '/'
    if (pathname === '/storybook') {
      res.writeHead(301, { location: '/storybook/' }).end()
    } else if (pathname.startsWith('/storybook/') && storybook) {
      req.url = url.slice('/storybook'.length)
      storybook(req, res, () => {
        res.writeHead(404).end('Not found')
      })
    } else if (pathname === '/embed-config.json') {
      // The configuration the server runs with, so the page checks `src` against the same lists.
      res.writeHead(200, {
        'content-type': 'application/json; charset=utf-8',
        'cache-control': 'no-cache',
        'x-content-type-options': 'nosniff',
      })
      res.end(configText)
    } else {
      site(req, res, () => {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      })
    }
  })
}
