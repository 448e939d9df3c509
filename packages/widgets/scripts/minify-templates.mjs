// Runs after tsc in the widgets' build: minifies the static text of every `css`, `html` and `svg`
// tagged template in dist, where the npm entries are, so each widget's styles and markup travel
// without indentation and comments (see template-text.mjs for what may change).
import { readFile, readdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import ts from 'typescript'
import { collapseHtml, minifyCss } from './template-text.mjs'

const MINIFIERS = {
  css: (text, edges) => minifyCss(text, edges),
  html: (text) => collapseHtml(text),
  svg: (text) => collapseHtml(text),
}

/** The edits that minify the templates of one module's source, from last to first. */
function edits(source) {
  const file = ts.createSourceFile('module.js', source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS)
  const found = []
  const stack = [file]
  while (stack.length > 0) {
    const node = stack.pop()
    const minify =
      ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag) ? MINIFIERS[node.tag.text] : undefined
    if (minify !== undefined) {
      const template = node.template
      const parts = ts.isNoSubstitutionTemplateLiteral(template)
        ? [template]
        : [template.head, ...template.templateSpans.map((span) => span.literal)]
      parts.forEach((part, i) => {
        // The raw text lies between the part's delimiters: ` or } before, ` or ${ after.
        const start = part.getStart(file) + 1
        const end =
          part.getEnd() -
          (part.kind === ts.SyntaxKind.TemplateHead || part.kind === ts.SyntaxKind.TemplateMiddle ? 2 : 1)
        const text = source.slice(start, end)
        found.push({ start, end, text: minify(text, { first: i === 0, last: i === parts.length - 1 }) })
      })
    }
    node.forEachChild((child) => {
      stack.push(child)
    })
  }
  return found.sort((a, b) => b.start - a.start)
}

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
  let result = source
  for (const edit of edits(source)) result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  if (result === source) continue
  saved += source.length - result.length
  await writeFile(file, result)
}
console.log(`minified the templates in dist: ${saved} characters fewer`)
