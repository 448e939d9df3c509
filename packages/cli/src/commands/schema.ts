import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import type { CliIo } from '../io.js'
import { CliError, parseCommandArgs } from '../support.js'

/** The JSON Schema of a programme document, exactly as `@kth-vs/core` ships it. */
export function programmeJsonSchema(): string {
  const path = createRequire(import.meta.url).resolve('@kth-vs/core/schema.json')
  return readFileSync(path, 'utf8')
}

/** `kth-vs schema`: prints the JSON Schema of a programme document. */
export function schemaCommand(args: readonly string[], io: CliIo): number {
  const { positionals } = parseCommandArgs(args, {})
  if (positionals.length > 0)
    throw new CliError(`unexpected argument ${JSON.stringify(positionals[0])}`, true)
  const schema = programmeJsonSchema()
  io.stdout(schema.endsWith('\n') ? schema : `${schema}\n`)
  return 0
}
