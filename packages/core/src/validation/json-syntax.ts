/** What is wrong at the first place where a text stops being JSON. */
export type JsonSyntaxProblem =
  | { kind: 'end'; expected: JsonExpectation }
  | { kind: 'character'; character: string; expected: JsonExpectation }
  | { kind: 'control'; character: string }
  | { kind: 'escape' }
  | { kind: 'number' }

/** What JSON allows where the problem is. */
export type JsonExpectation =
  | 'value'
  | 'name'
  | 'name-or-end'
  | 'colon'
  | 'comma-or-brace'
  | 'comma-or-bracket'
  | 'value-or-end'
  | 'end-of-text'

/** The first syntax error in a text, and where it is. */
export interface JsonSyntaxError {
  /** Offset of the error, in UTF-16 code units from the start of the text. */
  offset: number
  /** Line of the error, counting from 1. */
  line: number
  /** Column of the error in characters (code points), counting from 1. */
  column: number
  problem: JsonSyntaxProblem
}

type State = 'value' | 'after-value' | 'name-or-end' | 'name' | 'colon' | 'value-or-end'

const WHITESPACE = new Set([' ', '\t', '\n', '\r'])
const LITERALS: Record<string, string> = { t: 'true', f: 'false', n: 'null' }
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y

/**
 * Finds the first place where `text` stops being JSON (RFC 8259), with its line and column, so a
 * message can point at it in any language without quoting the engine's own wording. Linear, and
 * without recursion, so deep nesting cannot overflow the stack.
 * @returns the error, or undefined when the text is JSON
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  // Open containers: '{' or '['. The state says what may come next.
  const open: string[] = []
  let state: State = 'value'
  let at = 0
  const fail = (offset: number, problem: JsonSyntaxProblem): JsonSyntaxError => ({
    offset,
    ...lineAndColumn(text, offset),
    problem,
  })
  const expectation = (): JsonExpectation =>
    state === 'after-value'
      ? open.length === 0
        ? 'end-of-text'
        : open.at(-1) === '{'
          ? 'comma-or-brace'
          : 'comma-or-bracket'
      : state
  for (;;) {
    while (at < text.length && WHITESPACE.has(text[at] as string)) at++
    if (at >= text.length) {
      if (state === 'after-value' && open.length === 0) return undefined
      return fail(at, { kind: 'end', expected: expectation() })
    }
    const char = text[at] as string
    const unexpected = () =>
      fail(at, {
        kind: 'character',
        character: String.fromCodePoint(text.codePointAt(at) ?? 0),
        expected: expectation(),
      })
    if (state === 'after-value') {
      const closer = open.at(-1) === '{' ? '}' : ']'
      if (open.length > 0 && char === ',') {
        state = open.at(-1) === '{' ? 'name' : 'value'
      } else if (open.length > 0 && char === closer) {
        open.pop()
      } else return unexpected()
      at++
      continue
    }
    if (state === 'colon') {
      if (char !== ':') return unexpected()
      state = 'value'
      at++
      continue
    }
    if ((state === 'name-or-end' && char === '}') || (state === 'value-or-end' && char === ']')) {
      open.pop()
      state = 'after-value'
      at++
      continue
    }
    if (state === 'name' || state === 'name-or-end') {
      if (char !== '"') return unexpected()
      const end = stringEnd(text, at)
      if (typeof end !== 'number') return fail(end.offset, end.problem)
      at = end
      state = 'colon'
      continue
    }
    // A value is expected.
    if (char === '{' || char === '[') {
      open.push(char)
      state = char === '{' ? 'name-or-end' : 'value-or-end'
      at++
      continue
    }
    if (char === '"') {
      const end = stringEnd(text, at)
      if (typeof end !== 'number') return fail(end.offset, end.problem)
      at = end
    } else if (char === '-' || (char >= '0' && char <= '9')) {
      NUMBER.lastIndex = at
      const match = NUMBER.exec(text)
      const next = match ? at + match[0].length : at
      // "01", "1.", "-" and "1e" stop short of a digit JSON requires or forbids.
      if (!match || match[0] === '-' || /[\d.eE+-]/.test(text[next] ?? ''))
        return fail(at, { kind: 'number' })
      at = next
    } else {
      const literal = LITERALS[char]
      if (literal === undefined) return unexpected()
      for (let i = 1; i < literal.length; i++) {
        if (at + i >= text.length) return fail(at + i, { kind: 'end', expected: 'value' })
        if (text[at + i] !== literal[i]) {
          at += i
          return fail(at, {
            kind: 'character',
            character: String.fromCodePoint(text.codePointAt(at) ?? 0),
            expected: 'value',
          })
        }
      }
      at += literal.length
    }
    state = 'after-value'
  }
}

/** The offset just after the string that starts at `start`, or what is wrong with it. */
function stringEnd(text: string, start: number): number | { offset: number; problem: JsonSyntaxProblem } {
  let at = start + 1
  while (at < text.length) {
    const code = text.charCodeAt(at)
    if (code === 0x22) return at + 1
    if (code < 0x20) return { offset: at, problem: { kind: 'control', character: text[at] as string } }
    if (code === 0x5c) {
      ESCAPE.lastIndex = at
      if (!ESCAPE.test(text)) return { offset: at, problem: { kind: 'escape' } }
      at = ESCAPE.lastIndex
    } else at++
  }
  return { offset: at, problem: { kind: 'end', expected: 'value' } }
}

/** Line and column (in code points) of an offset; CRLF, CR and LF each end a line. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1
  let lineStart = 0
  for (let i = 0; i < offset; i++) {
    const char = text[i]
    if (char === '\n' || (char === '\r' && text[i + 1] !== '\n')) {
      line++
      lineStart = i + 1
    }
  }
  let column = 1
  for (let i = lineStart; i < offset; i++) {
    const code = text.charCodeAt(i)
    // The second half of a surrogate pair is the same character as the first.
    if (!(code >= 0xdc00 && code <= 0xdfff && i > lineStart && isHighSurrogate(text.charCodeAt(i - 1))))
      column++
  }
  return { line, column }
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff
}

/**
 * A short excerpt of the line around `offset`, for a message: at most `radius` characters on each side,
 * cut with "…", with controls, invisible characters and line separators replaced by U+FFFD so it
 * prints as one safe line.
 */
export function excerptAround(text: string, offset: number, radius = 12): string {
  let start = offset
  let end = offset
  for (let n = 0; n < radius && start > 0 && !isLineBreak(text[start - 1]); n++) {
    start -= isLowSurrogateAt(text, start - 1) ? 2 : 1
  }
  for (let n = 0; n < radius && end < text.length && !isLineBreak(text[end]); n++) {
    end += isHighSurrogate(text.charCodeAt(end)) ? 2 : 1
  }
  const before = start > 0 && !isLineBreak(text[start - 1]) ? '…' : ''
  const after = end < text.length && !isLineBreak(text[end]) ? '…' : ''
  // Controls, invisible format characters (such as bidi overrides) and line separators.
  const clean = text.slice(start, end).replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '\uFFFD')
  return `${before}${clean}${after}`
}

function isLineBreak(char: string | undefined): boolean {
  return char === '\n' || char === '\r'
}

function isLowSurrogateAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xdc00 && code <= 0xdfff && index > 0 && isHighSurrogate(text.charCodeAt(index - 1))
}
