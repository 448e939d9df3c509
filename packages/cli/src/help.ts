/** The commands `kth-vs` has, in the order its help lists them. */
export const COMMANDS = ['validate', 'schema', 'ics', 'render', 'help'] as const

/** One of {@link COMMANDS}. */
export type Command = (typeof COMMANDS)[number]

const LANG_OPTION = `  --lang sv|en        Language of the output (default: from LC_ALL, LC_MESSAGES or LANG
                      when it starts with sv or en, else sv)`

/** The help text of the command itself. */
export const MAIN_HELP = `Usage: kth-vs <command> [options]

Tools for programme documents of the KTH VS kit.

Commands:
  validate <file|->   Check a programme document and list its problems
  schema              Print the JSON Schema of a programme document
  ics [file|-]        Print the timeline as an iCalendar file
  render <widget>     Print a widget's content as static HTML
  help [command]      Show help for a command

Options:
  -h, --help          Show help
  -v, --version       Show the version

Run 'kth-vs help <command>' for the options of a command.
Exit status: 0 success, 1 invalid programme data, 2 usage or file error.
`

/** The help text of each command. */
export const COMMAND_HELP: Record<Command, string> = {
  validate: `Usage: kth-vs validate <file|-> [options]

Checks a programme document (a JSON file, or standard input for -): its shape, then unique ids,
references, date ranges and the organisation tree. Prints one line per problem, "path: message",
and a summary line; a valid document gives "Giltig: <name>" (sv) or "Valid: <name>" (en).

Options:
${LANG_OPTION}
  --json              Print {"ok", "issues"} as JSON instead, with messages in both languages
  -h, --help          Show this help

Exit status: 0 valid, 1 invalid, 2 the file cannot be read or the arguments are wrong.

Examples:
  kth-vs validate programme.json
  kth-vs validate --lang en programme.json
  curl -s https://example.org/vs.json | kth-vs validate --json -
`,
  schema: `Usage: kth-vs schema

Prints the JSON Schema of a programme document (the schema shipped as @kth-vs/core/schema.json),
for editors and other validators.

Options:
  -h, --help          Show this help

Example:
  kth-vs schema > programme.schema.json
`,
  ics: `Usage: kth-vs ics [file|-] [options]

Prints the programme's timeline as an iCalendar (RFC 5545) file of all-day events. Without a file
it uses the built-in VS programme; - reads standard input.

Options:
${LANG_OPTION}
  --include-context   Include context events from before or around the programme
  --stamp <time>      DTSTAMP of the events, an ISO 8601 date-time (default: now)
  -h, --help          Show this help

Examples:
  kth-vs ics > vs.ics
  kth-vs ics programme.json --lang en --stamp 2026-01-01T00:00:00Z
`,
  render: `Usage: kth-vs render <widget> [options]

Prints the content a widget shows as static, semantic HTML (headings, lists, tables; no scripts or
styles), wrapped in <div class="vs-fallback" lang="...">. Use it on pages that allow no scripts, or
inside the element as fallback content that shows until the element upgrades.

Widgets:
  principle-cards     The guiding principles, as an ordered list
  support-areas       The support areas, as a list of cards or a table (--view)
  governance          The governance bodies, as a description list
  timeline            The timeline grouped by year, as it stands on --as-of
  org-chart           The organisation on --as-of, as nested lists
  programme           The programme at a glance, as it stands on --as-of

Options (named as the element's attributes, and read the same way):
  --data <file|->     Programme document to render (default: the built-in VS programme)
${LANG_OPTION}
  --heading-level <n> Level 2-6 of the headings (default 3)
  --as-of <YYYY-MM-DD> The day shown (default: today in Stockholm); --now is its older name
  --compare-from <YYYY-MM-DD>, --compare-to <YYYY-MM-DD>
                      org-chart: the organisation on --compare-to, marking what changed since
                      --compare-from
  --root <id>         org-chart: only this unit and the units under it
  --filter-kind <kinds>  timeline: only these kinds, space-separated (decision milestone phase period)
  --filter-area <ids> timeline: only items of these support areas, space-separated
  --from <YYYY-MM-DD>, --to <YYYY-MM-DD>
                      timeline: only items that run on or after --from and on or before --to
  --context           timeline: include context events (also --include-context)
  --view <cards|table> support-areas: cards (default) or a table
  -h, --help          Show this help

Examples:
  kth-vs render principle-cards --lang en --heading-level 2
  kth-vs render timeline --data programme.json --as-of 2024-06-01 --filter-kind "decision milestone"
  kth-vs render org-chart --as-of 2022-12-31 > org-fallback.html
`,
  help: `Usage: kth-vs help [command]

Shows help for the command, or for kth-vs itself.
`,
}

/** True when `name` is one of {@link COMMANDS}. */
export function isCommand(name: string): name is Command {
  return (COMMANDS as readonly string[]).includes(name)
}
