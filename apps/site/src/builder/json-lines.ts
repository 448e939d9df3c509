/** A path into a JSON document, as validation issues give it: property names and array indexes. */
export type JsonPath = readonly (string | number)[]

/** What a scan of JSON text found: the line of every path it reached, and where it stopped, if early. */
export interface JsonScan {
  /** Lines (from 1) by path key (see {@link pathKey}): where a property's name, or an array element, starts. */
  lines: Map<string, number>
  /** The line of the first syntax error, when the text is not valid JSON. */
  errorLine?: number
}

/** A map key for a path. */
export function pathKey(path: JsonPath): string {
  return JSON.stringify(path)
}

class Stop extends Error {}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y
const LITERAL = /true|false|null/y

/**
 * Reads JSON text the way `JSON.parse` does, but remembers on which line each property and array
 * element begins. On a syntax error it stops and says on which line, keeping what it found before.
 * Best effort: it is for pointing editors at a line, never for reading the data.
 */
export function scanJson(text: string): JsonScan {
  const lines = new Map<string, number>()
  let pos = 0
  let line = 1

  const fail = (): never => {
    throw new Stop()
  }
  const space = () => {
    while (pos < text.length) {
      const char = text[pos]
      if (char === '\n') line++
      else if (char !== ' ' && char !== '\t' && char !== '\r') break
      pos++
    }
  }
  const string = (): string => {
    if (text[pos] !== '"') fail()
    const start = pos
    pos++
    while (pos < text.length) {
      const char = text[pos] as string
      if (char === '"') {
        pos++
        return JSON.parse(text.slice(start, pos)) as string
      }
      if (char < ' ') fail()
      if (char === '\\') {
        const next = text[pos + 1] ?? ''
        if (next === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) fail()
          pos += 6
        } else if ('"\\/bfnrt'.includes(next) && next !== '') pos += 2
        else fail()
      } else pos++
    }
    return fail()
  }
  const token = (pattern: RegExp) => {
    pattern.lastIndex = pos
    if (!pattern.test(text)) fail()
    pos = pattern.lastIndex
  }
  const value = (path: JsonPath): void => {
    space()
    const char = text[pos]
    if (char === '{') {
      pos++
      space()
      if (text[pos] === '}') {
        pos++
        return
      }
      for (;;) {
        space()
        const keyLine = line
        const key = string()
        const at = [...path, key]
        // A repeated name overwrites, as in JSON.parse, where the last one wins.
        lines.set(pathKey(at), keyLine)
        space()
        if (text[pos] !== ':') fail()
        pos++
        value(at)
        space()
        if (text[pos] === ',') pos++
        else if (text[pos] === '}') {
          pos++
          return
        } else fail()
      }
    } else if (char === '[') {
      pos++
      space()
      if (text[pos] === ']') {
        pos++
        return
      }
      for (let index = 0; ; index++) {
        space()
        lines.set(pathKey([...path, index]), line)
        value([...path, index])
        space()
        if (text[pos] === ',') pos++
        else if (text[pos] === ']') {
          pos++
          return
        } else fail()
      }
    } else if (char === '"') string()
    else if (char === '-' || (char !== undefined && char >= '0' && char <= '9')) token(NUMBER)
    else token(LITERAL)
  }

  try {
    space()
    // The document's own line stands in for a missing top-level field.
    lines.set(pathKey([]), line)
    value([])
    space()
    if (pos < text.length) fail()
    return { lines }
  } catch (error) {
    // Anything but a syntax error (nesting too deep for the stack) leaves the lines found so far.
    return error instanceof Stop ? { lines, errorLine: line } : { lines }
  }
}

/** Where an issue's path is in the text: its line, and whether that is the path itself or the nearest enclosing one. */
export interface PathLine {
  line: number
  /** False when the path itself is not in the text (a missing field) and its nearest parent is given. */
  exact: boolean
}

/**
 * Finds the line of a path in JSON text: the line of the property's name (or the array element), else
 * of the nearest enclosing property (or the document's start), as for a missing field. Undefined for
 * the document as a whole, or when the scan did not get that far.
 */
export function lineOfPath(scan: JsonScan, path: JsonPath): PathLine | undefined {
  if (path.length === 0) return undefined
  for (let length = path.length; length >= 0; length--) {
    const line = scan.lines.get(pathKey(path.slice(0, length)))
    if (line !== undefined) return { line, exact: length === path.length }
  }
  return undefined
}

/**
 * The line of a JSON syntax error: where the scan stopped, else where the parser's message says
 * (`… at position 52` or `(line 3 column 5)`), else undefined.
 */
export function lineOfSyntaxError(text: string, scan: JsonScan, message?: string): number | undefined {
  if (scan.errorLine !== undefined) return scan.errorLine
  const lineMatch = message && /\bline (\d+)/.exec(message)
  if (lineMatch) return Number(lineMatch[1])
  const position = message && /\bposition (\d+)/.exec(message)
  if (position) return text.slice(0, Number(position[1])).split('\n').length
  return undefined
}

/** The offsets of a line's first character and of its end (before the line break), for selecting it. */
export function lineRange(text: string, line: number): [start: number, end: number] {
  let start = 0
  for (let n = 1; n < line; n++) {
    const next = text.indexOf('\n', start)
    if (next === -1) return [text.length, text.length]
    start = next + 1
  }
  const end = text.indexOf('\n', start)
  return [start, end === -1 ? text.length : end]
}
