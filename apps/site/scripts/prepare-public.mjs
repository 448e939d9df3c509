// Puts the kit's files among the site's static files, as a web team would publish them: the widgets'
// CDN file and the iframe host script under a stable name and under their version (for SRI), the
// release's integrity hashes for the builder, and the embed page's configuration.
import { createHash } from 'node:crypto'
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const cdn = require.resolve('@kth-vs/widgets/cdn')
const { version } = require('@kth-vs/widgets/package.json')
const hostScript = new URL('../src/embed/kth-vs-embed.js', import.meta.url).pathname
const publicDir = new URL('../public/', import.meta.url)
const versionDir = new URL(`${version}/`, publicDir)
mkdirSync(versionDir, { recursive: true })

/**
 * The `integrity` value of a file: its SHA-384, as browsers check it.
 * @param {string} path
 */
function integrity(path) {
  return `sha384-${createHash('sha384').update(readFileSync(path)).digest('base64')}`
}

for (const dir of [publicDir, versionDir]) {
  copyFileSync(cdn, new URL('kth-vs.js', dir))
  copyFileSync(`${cdn}.map`, new URL('kth-vs.js.map', dir))
  copyFileSync(hostScript, new URL('kth-vs-embed.js', dir))
}
const release = {
  version,
  integrity: { 'kth-vs.js': integrity(cdn), 'kth-vs-embed.js': integrity(hostScript) },
}
writeFileSync(new URL('release.json', publicDir), `${JSON.stringify(release, null, 2)}\n`)
copyFileSync(new URL('../embed-config.json', import.meta.url), new URL('embed-config.json', publicDir))
