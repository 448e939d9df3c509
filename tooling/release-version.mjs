// The version a package's public addresses name (CDN files, the JSON Schema's URL, README snippets).
// 0.0.0 marks packages never released: their addresses already name the first release, 0.1.0, which
// the pending minor changesets make of them.
import { readFileSync } from 'node:fs'

/** @param {string} version a package.json version */
export function releaseVersion(version) {
  return version === '0.0.0' ? '0.1.0' : version
}

/** @param {URL | string} packageJson path of a package.json */
export function releaseVersionOf(packageJson) {
  return releaseVersion(JSON.parse(readFileSync(packageJson, 'utf8')).version)
}

/** The versioned address of a file inside a published package, as served by unpkg. */
export function unpkgUrl(name, version, path) {
  return `https://unpkg.com/${name}@${version}/${path}`
}
