/** Where the command writes; injected so tests can capture it. */
export interface CliIo {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const HELP = `Usage: kth-vs <command> [options]

Commands:
  help        Show this help

Options:
  -h, --help  Show help
`

/**
 * Runs the `kth-vs` command with the given arguments and returns its exit status.
 * @param args - the arguments after the command name
 * @param io - where output and errors go
 */
export async function run(args: readonly string[], io: CliIo): Promise<number> {
  const [command] = args
  if (command === undefined || command === 'help' || command === '--help' || command === '-h') {
    io.stdout(HELP)
    return 0
  }
  io.stderr(`kth-vs: unknown command "${command}"\n\n${HELP}`)
  return 2
}
