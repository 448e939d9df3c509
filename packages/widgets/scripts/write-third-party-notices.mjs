// Writes the licences of the third-party code inside the CDN file beside it. Which packages are
// inside is read from the file's source map, so the notice follows the bundle as it changes.
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'

const cdnDir = resolve(dirname(fileURLToPath(import.meta.url)), '../dist/cdn')
const bundle = 'kth-vs.js'
const mapPath = join(cdnDir, `${bundle}.map`)
const LICENCE_FILE = /^(licen[cs]e|copying)(\.(md|txt))?$/i

if (!existsSync(mapPath)) {
  throw new Error(`${mapPath} is missing: the notice is made from the CDN file's source map`)
}
const { sources } = JSON.parse(readFileSync(mapPath, 'utf8'))

/** The folder of the npm package a bundled source file came from, or undefined for the kit's own code. */
function packageDirOf(source) {
  const path = resolve(cdnDir, source)
  const at = path.lastIndexOf('/node_modules/')
  if (at < 0) return undefined
  const [scopeOrName, name] = path.slice(at + '/node_modules/'.length).split('/')
  return (
    path.slice(0, at) +
    '/node_modules/' +
    (scopeOrName.startsWith('@') ? `${scopeOrName}/${name}` : scopeOrName)
  )
}

const repositoryOf = (manifest) =>
  String(manifest.repository?.url ?? manifest.repository ?? '').replace(/^git\+|\.git$/g, '')

const packages = [...new Set(sources.map(packageDirOf).filter(Boolean))].map((dir) => {
  const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'))
  const file = readdirSync(dir).find((name) => LICENCE_FILE.test(name))
  return {
    name: manifest.name,
    version: manifest.version,
    licence: manifest.license,
    repository: repositoryOf(manifest),
    text: file ? readFileSync(join(dir, file), 'utf8').trim() : undefined,
  }
})

// Some packages of a monorepo ship without the repository's licence file; they are under that licence.
for (const found of packages.filter((p) => p.text === undefined)) {
  const sibling = packages.find(
    (p) => p.text && p.repository && p.repository === found.repository && p.licence === found.licence,
  )
  if (!sibling) throw new Error(`${found.name} ships no licence text and no package of its repository does`)
  found.text = sibling.text
}

const byText = new Map()
for (const found of packages.sort((a, b) => a.name.localeCompare(b.name))) {
  byText.set(found.text, [...(byText.get(found.text) ?? []), found])
}

const sections = [...byText].map(([text, group]) =>
  [
    ...group.map((p) => `${p.name} ${p.version} (${p.licence})${p.repository ? ` ${p.repository}` : ''}`),
    '',
    text,
  ].join('\n'),
)
const notice = [
  `${bundle} contains the KTH VS kit (MIT licence, see LICENSE in @kth-vs/widgets) and the following`,
  'third-party packages, under the licences below.',
  '',
  ...sections.flatMap((section) => ['-'.repeat(80), '', section, '']),
].join('\n')

writeFileSync(join(cdnDir, 'THIRD-PARTY-NOTICES.txt'), notice)
console.log(`THIRD-PARTY-NOTICES.txt: ${packages.map((p) => p.name).join(', ')}`)
