import { createRequire } from 'node:module'
import { icsCommand } from './commands/ics.js'
import { renderCommand } from './commands/render.js'
import { schemaCommand } from './commands/schema.js'
import { validateCommand } from './commands/validate.js'
import { COMMAND_HELP, type Command, MAIN_HELP, isCommand } from './help.js'
import type { CliIo } from './io.js'
import { CliError } from './support.js'
import { printableIo } from './terminal.js'

export type { CliIo } from './io.js'

const COMMAND_RUNNERS: Record<
  Exclude<Command, 'help'>,
  (args: readonly string[], io: CliIo) => number | Promise<number>
> = {
  validate: validateCommand,
  schema: schemaCommand,
  ics: icsCommand,
  render: renderCommand,
}

function version(): string {
  const manifest: unknown = createRequire(import.meta.url)('../package.json')
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest
    ? String(manifest.version)
    : 'unknown'
}

function isHelpFlag(arg: string): boolean {
  return arg === '--help' || arg === '-h'
}

function help(topic: string | undefined, io: CliIo): number {
  if (topic === undefined) {
    io.stdout(MAIN_HELP)
    return 0
  }
  if (isCommand(topic)) {
    io.stdout(COMMAND_HELP[topic])
    return 0
  }
  io.stderr(`kth-vs help: unknown command "${topic}"\n\n${MAIN_HELP}`)
  return 2
}

/**
 * Runs the `kth-vs` command with the given arguments and returns its exit status: 0 on success, 1 when
 * the programme data is invalid, 2 for a wrong command line or a file that cannot be read.
 * Never throws: every failure is written to `io.stderr`. Everything written has its control characters
 * (other than tab, line feed and the CR of a CRLF) replaced, whether it comes from the data or the
 * command line.
 * @param args - the arguments after the command name
 * @param terminal - where output and errors go, and where standard input, the environment and the clock come from
 */
export async function run(args: readonly string[], terminal: CliIo): Promise<number> {
  const io = printableIo(terminal)
  const [command, ...rest] = args
  if (command === undefined) {
    // A script that forgot its command should fail, not pass with the help text as its output.
    io.stderr(`kth-vs: no command given\n\n${MAIN_HELP}`)
    return 2
  }
  if (isHelpFlag(command)) return help(undefined, io)
  if (command === '--version' || command === '-v') {
    io.stdout(`${version()}\n`)
    return 0
  }
  if (!isCommand(command)) {
    const what = command.startsWith('-') ? `unknown option ${command}` : `unknown command "${command}"`
    io.stderr(`kth-vs: ${what}\n\n${MAIN_HELP}`)
    return 2
  }
  if (command === 'help') {
    // `kth-vs help --help` is the help of help, as `kth-vs validate --help` is the help of validate.
    return help(rest.find((arg) => !isHelpFlag(arg)) ?? (rest.length > 0 ? 'help' : undefined), io)
  }
  // Help wins over everything else, as in most tools, but not after `--` where it is a file name.
  const end = rest.indexOf('--')
  if ((end === -1 ? rest : rest.slice(0, end)).some(isHelpFlag)) return help(command, io)
  try {
    return await COMMAND_RUNNERS[command](rest, io)
  } catch (error) {
    if (error instanceof CliError) {
      const hint = error.showHelpHint ? `\nRun 'kth-vs help ${command}' for usage.` : ''
      io.stderr(`kth-vs ${command}: ${error.message}${hint}\n`)
    } else {
      io.stderr(
        `kth-vs ${command}: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
      )
    }
    return 2
  }
}
