// Runs after tsc in the widgets' build: minifies the static text of every `css`, `html` and `svg`
// tagged template in dist, where the npm entries are, so each widget's styles and markup travel
// without indentation and comments (see template-text.mjs for what may change).
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { minifyTemplates } from './template-text.mjs'

async function* modules(dir) {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) yield* modules(file)
    else if (entry.name.endsWith('.js')) yield file
  }
}

const dist = path.resolve(import.meta.dirname, '../dist')
let saved = 0
for await (const file of modules(dist)) {
  const source = await readFile(file, 'utf8')
  const result = minifyTemplates(source)
  if (result === source) continue
  saved += source.length - result.length
  await writeFile(file, result)
}
console.log(`minified the templates in dist: ${saved} characters fewer`)
