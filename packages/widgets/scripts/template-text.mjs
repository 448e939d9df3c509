// Shrinks the static text of Lit templates without changing what they mean. In a `css` template
// comments go, runs of white space become one space, and the space around braces and semicolons
// goes; quoted strings are kept as they are, and at the edge of a template part (next to an
// interpolation) one space is kept, so nothing is ever joined across it. In an `html` or `svg`
// template the indentation goes: a run of white space across a line break becomes one space, which
// HTML renders as it renders the run.

import ts from 'typescript'

const TOKENS = /("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\/\*[\s\S]*?\*\/)|(\s+)|([{};])|([^"'/\s{};]+|\/)/g

/**
 * The text of one static part of a `css` template, minified.
 * @param {string} text - the part as written
 * @param {{ first?: boolean, last?: boolean }} [edges] - whether the part starts or ends the template
 * @returns {string}
 */
export function minifyCss(text, { first = true, last = true } = {}) {
  const tokens = [...text.matchAll(TOKENS)].map(([, quoted, comment, white, punctuation, other]) =>
    comment !== undefined || white !== undefined
      ? { space: true, text: '' }
      : { space: false, text: quoted ?? punctuation ?? other ?? '', punctuation: punctuation !== undefined },
  )
  // For each token, the brace or semicolon that ends its stretch: a `{` ends a selector, a `;` or
  // `}` a declaration, in which the space after the colon can go. Unknown at an interpolation.
  const ends = new Array(tokens.length)
  let end
  for (let i = tokens.length - 1; i >= 0; i--) {
    if (tokens[i].punctuation) end = tokens[i].text
    ends[i] = end
  }
  let out = ''
  let space = false
  tokens.forEach((token, i) => {
    if (token.space) {
      space = true
      return
    }
    const declaration = ends[i] === ';' || ends[i] === '}'
    const around = token.punctuation || /[{};]$/.test(out) || (declaration && out.endsWith(':'))
    if (space && out !== '' && !around) out += ' '
    space = false
    out += token.text
  })
  // Next to an interpolation a space may separate two values, so keep one where there was any.
  const leading = !first && /^\s/.test(text) ? ' ' : ''
  const trailing = !last && /\s$/.test(text) && out !== '' && !/[{};]$/.test(out) ? ' ' : ''
  return leading + out + trailing
}

/**
 * The text of one static part of an `html` or `svg` template, with its line breaks and indentation
 * collapsed to single spaces.
 * @param {string} text - the part as written
 * @returns {string}
 */
export function collapseHtml(text) {
  return text.replace(/[ \t]*\n\s*/g, ' ')
}

const MINIFIERS = {
  css: (text, edges) => minifyCss(text, edges),
  html: (text) => collapseHtml(text),
  svg: (text) => collapseHtml(text),
}

/** The edits that minify the templates of one module's source, from last to first. */
function edits(source, kind) {
  const file = ts.createSourceFile(
    `module.${kind}`,
    source,
    ts.ScriptTarget.Latest,
    true,
    kind === 'ts' ? ts.ScriptKind.TS : ts.ScriptKind.JS,
  )
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

/**
 * A module's source with the static text of every `css`, `html` and `svg` tagged template minified.
 * @param {string} source - JavaScript, or TypeScript with `kind` 'ts'
 * @param {'js' | 'ts'} [kind]
 * @returns {string}
 */
export function minifyTemplates(source, kind = 'js') {
  let result = source
  for (const edit of edits(source, kind))
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end)
  return result
}
