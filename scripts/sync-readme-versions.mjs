// Keeps the versions in the READMEs' addresses (`@kth-vs/widgets@0.1.0/dist/cdn/kth-vs.js` …) equal to
// the packages' release version. `pnpm version-packages` runs it after `changeset version`; with
// --check it only lists the addresses that differ and fails, as the tests run it.
import { readFileSync, writeFileSync } from 'node:fs'
import { releaseVersionOf } from '../tooling/release-version.mjs'

const root = new URL('../', import.meta.url)
const PACKAGES = ['core', 'data', 'widgets', 'cli']
const READMES = ['README.md', ...PACKAGES.map((name) => `packages/${name}/README.md`)]
const ADDRESS = /@kth-vs\/(core|data|widgets|cli)@(\d+\.\d+\.\d+(?:-[\w.]+)?)/g

const versions = Object.fromEntries(
  PACKAGES.map((name) => [name, releaseVersionOf(new URL(`packages/${name}/package.json`, root))]),
)

/** Every versioned address in a README that names another version than its package's release. */
function versionMismatches() {
  return READMES.flatMap((readme) =>
    [...readFileSync(new URL(readme, root), 'utf8').matchAll(ADDRESS)]
      .filter(([, name, version]) => version !== versions[name])
      .map(([found, name]) => ({ readme, found, expected: `@kth-vs/${name}@${versions[name]}` })),
  )
}

function sync() {
  for (const readme of READMES) {
    const path = new URL(readme, root)
    const text = readFileSync(path, 'utf8')
    const synced = text.replace(ADDRESS, (_, name) => `@kth-vs/${name}@${versions[name]}`)
    if (synced !== text) writeFileSync(path, synced)
  }
}

if (process.argv.includes('--check')) {
  const mismatches = versionMismatches()
  for (const { readme, found, expected } of mismatches)
    console.error(`${readme}: ${found} should be ${expected}`)
  process.exit(mismatches.length ? 1 : 0)
} else {
  sync()
}
