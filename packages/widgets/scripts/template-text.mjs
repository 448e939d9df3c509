// Shrinks the static text of Lit templates without changing what they mean. In a `css` template
// comments go, runs of white space become one space, and the space around braces and semicolons
// goes; quoted strings are kept as they are, and at the edge of a template part (next to an
// interpolation) one space is kept, so nothing is ever joined across it. In an `html` or `svg`
// template the indentation goes: a run of white space across a line break becomes one space, which
// HTML renders as it renders the run.

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
