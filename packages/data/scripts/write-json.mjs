// Writes each dataset as a JSON file beside the built module, with "$schema" so editors get completion.
import { writeFileSync } from 'node:fs'
import * as datasets from '../dist/index.js'

const files = { 'vs.json': datasets.vsProgramme, 'premises.json': datasets.premisesProgramme }
for (const [name, dataset] of Object.entries(files)) {
  const json = { $schema: 'https://unpkg.com/@kth-vs/core/dist/schema.json', ...dataset }
  writeFileSync(new URL(`../dist/${name}`, import.meta.url), JSON.stringify(json, null, 2) + '\n')
}
