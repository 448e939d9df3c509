/** Where the command reads and writes; injected so tests (and other hosts) can supply their own. */
export interface CliIo {
  /** Writes to standard output. */
  stdout: (text: string) => void
  /** Writes to standard error. */
  stderr: (text: string) => void
  /** Reads all of standard input, for the file name `-`; without it `-` is an error. */
  readStdin?: () => Promise<string>
  /** Environment variables, for the default language (LC_ALL, LC_MESSAGES, LANG); none when absent. */
  env?: Readonly<Record<string, string | undefined>>
  /** The current time, for today's date and the iCalendar stamp; the system clock when absent. */
  now?: () => Date
}
