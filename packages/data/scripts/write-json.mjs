// Writes each dataset as a JSON file beside the built module, with "$schema" so editors get completion:
// the schema of the core version this data package is released with (the two are versioned together).
import { writeFileSync } from 'node:fs'
import { releaseVersionOf, unpkgUrl } from '../../../tooling/release-version.mjs'
import * as datasets from '../dist/index.js'

const version = releaseVersionOf(new URL('../package.json', import.meta.url))
const $schema = unpkgUrl('@kth-vs/core', version, 'dist/schema.json')
const files = { 'vs.json': datasets.vsProgramme, 'premises.json': datasets.premisesProgramme }
for (const [name, dataset] of Object.entries(files)) {
  const json = { $schema, ...dataset }
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), JSON.stringify(json, null, 2) + '\n')
}
