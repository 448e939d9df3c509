import type { CliIo } from './io.js'

// C0 and C1 controls other than tab and line feed, so data cannot drive the terminal (move the cursor,
// clear the screen, retitle the window, rewrite a line). A carriage return is kept before a line feed
// only: iCalendar lines end in CRLF.
// eslint-disable-next-line no-control-regex
const CONTROLS = /\r(?!\n)|[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g

/** Makes text safe to print to a terminal by replacing control characters with U+FFFD. */
export function printable(text: string): string {
  return text.replace(CONTROLS, '\uFFFD')
}

/**
 * The same streams with every write made {@link printable}: whatever the command prints (messages,
 * HTML, iCalendar, JSON) and whatever it echoes of the command line reaches the terminal cleaned.
 */
export function printableIo(io: CliIo): CliIo {
  return { ...io, stdout: (text) => io.stdout(printable(text)), stderr: (text) => io.stderr(printable(text)) }
}
