import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { MAX_ORG_DEPTH, timelineEntries, validateProgramme } from '@kth-vs/core'
import { parseICalendar } from '@kth-vs/test-fixtures/icalendar-reader'
import { vsProgramme } from '@kth-vs/data'
import { afterAll, describe, expect, it } from 'vitest'
import { COMMANDS } from './help.js'
import type { CliIo } from './io.js'
import { FALLBACK_WIDGETS } from './render/index.js'
import { run } from './run.js'
import {
  hostileProgramme as hostileInput,
  sampleProgramme as sampleInput,
} from '@kth-vs/test-fixtures/sample-programme'

const dir = mkdtempSync(join(tmpdir(), 'kth-vs-cli-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function file(name: string, content: unknown): string {
  const path = join(dir, name)
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content))
  return path
}

const validFile = file('valid.json', sampleInput())
const invalidInput = sampleInput()
invalidInput.timeline = [{ ...invalidInput.timeline![1]!, date: '2022-13-01' }]
invalidInput.principles = [{ ...invalidInput.principles![0]!, order: 0 }]
const invalidFile = file('invalid.json', invalidInput)
const missingFile = join(dir, 'missing.json')

/** Runs the command with captured output, a given stdin and environment, and no LANG unless given. */
async function cli(args: string[], options: { stdin?: string; env?: CliIo['env'] } = {}) {
  const out: string[] = []
  const err: string[] = []
  const io: CliIo = {
    stdout: (text) => out.push(text),
    stderr: (text) => err.push(text),
    env: options.env ?? {},
    now: () => new Date('2024-06-01T10:00:00Z'),
    ...(options.stdin === undefined ? {} : { readStdin: async () => options.stdin ?? '' }),
  }
  const status = await run(args, io)
  return { status, stdout: out.join(''), stderr: err.join('') }
}

describe('kth-vs', () => {
  it('prints help and exits 0 when asked for it', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const { status, stdout } = await cli(args)
      expect(status).toBe(0)
      expect(stdout).toMatch(/^Usage: kth-vs/)
      for (const command of COMMANDS) expect(stdout).toContain(command)
    }
  })

  it('prints help to stderr and exits 2 without a command, as for any wrong command line', async () => {
    const { status, stdout, stderr } = await cli([])
    expect(status).toBe(2)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^kth-vs: no command given\n\nUsage: kth-vs/)
  })

  it('prints the help of each command, either way round', async () => {
    for (const command of COMMANDS) {
      const viaHelp = await cli(['help', command])
      expect(viaHelp.status).toBe(0)
      expect(viaHelp.stdout).toMatch(new RegExp(`^Usage: kth-vs ${command}`))
      expect(await cli([command, '--help'])).toEqual(viaHelp)
    }
    expect((await cli(['validate', 'x.json', '-h'])).stdout).toMatch(/^Usage: kth-vs validate/)
  })

  it('rejects an unknown command with exit status 2', async () => {
    const { status, stderr } = await cli(['frobnicate'])
    expect(status).toBe(2)
    expect(stderr).toContain('unknown command "frobnicate"')
    expect((await cli(['help', 'frobnicate'])).status).toBe(2)
    const option = await cli(['--frobnicate'])
    expect(option.status).toBe(2)
    expect(option.stderr).toContain('unknown option --frobnicate')
  })

  it('rejects unknown options and missing values of each command with exit status 2', async () => {
    for (const args of [
      ['validate', validFile, '--frobnicate'],
      ['schema', '--lang', 'en'],
      ['ics', '--stamp'],
      ['render', 'timeline', '-x'],
    ]) {
      const { status, stderr, stdout } = await cli(args)
      expect(status, args.join(' ')).toBe(2)
      expect(stderr).toMatch(
        new RegExp(`^kth-vs ${args[0]}: .+\\nRun 'kth-vs help ${args[0]}' for usage.\\n$`),
      )
      expect(stdout).toBe('')
    }
  })

  it('prints its version', async () => {
    const { version } = createRequire(import.meta.url)('../package.json') as { version: string }
    expect(await cli(['--version'])).toEqual({ status: 0, stdout: `${version}\n`, stderr: '' })
  })
})

describe('kth-vs validate', () => {
  it('says a valid file is valid, in Swedish by default', async () => {
    expect(await cli(['validate', validFile])).toEqual({
      status: 0,
      stdout: 'Giltig: Programmet\n',
      stderr: '',
    })
    expect((await cli(['validate', '--lang', 'en', validFile])).stdout).toBe('Valid: The programme\n')
  })

  it('takes the default language from LC_ALL, LC_MESSAGES or LANG', async () => {
    const stdout = async (env: CliIo['env']) => (await cli(['validate', validFile], { env })).stdout
    expect(await stdout({ LANG: 'en_GB.UTF-8' })).toBe('Valid: The programme\n')
    expect(await stdout({ LANG: 'en_GB.UTF-8', LC_ALL: 'sv_SE.UTF-8' })).toBe('Giltig: Programmet\n')
    expect(await stdout({ LANG: 'sv_SE.UTF-8', LC_MESSAGES: 'en_US.UTF-8' })).toBe('Valid: The programme\n')
    expect(await stdout({ LANG: 'de_DE.UTF-8' })).toBe('Giltig: Programmet\n')
    expect(await stdout({ LANG: 'C' })).toBe('Giltig: Programmet\n')
    expect(await stdout({ LC_ALL: '', LANG: 'en' })).toBe('Valid: The programme\n')
    expect((await cli(['validate', '--lang', 'sv', validFile], { env: { LANG: 'en_GB' } })).stdout).toBe(
      'Giltig: Programmet\n',
    )
  })

  it('lists the problems of an invalid file, one per line, with a summary, and exits 1', async () => {
    const sv = await cli(['validate', invalidFile])
    expect(sv.status).toBe(1)
    const lines = sv.stdout.trimEnd().split('\n')
    expect(lines).toHaveLength(3)
    expect(lines.slice(0, 2).every((line) => /^(timeline|principles)\[0\]\.\w+: /.test(line))).toBe(true)
    expect(lines.some((line) => line.startsWith('timeline[0].date: '))).toBe(true)
    expect(lines[2]).toBe('Ogiltig: 2 fel')
    const en = await cli(['validate', invalidFile, '--lang', 'en'])
    expect(en.status).toBe(1)
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe('Invalid: 2 problems')
    expect(en.stdout).not.toBe(sv.stdout)
  })

  it('reports text that is not JSON as a problem of the document', async () => {
    const { status, stdout } = await cli([
      'validate',
      '--lang',
      'en',
      file('broken.json', '{"schemaVersion": 1,'),
    ])
    expect(status).toBe(1)
    expect(stdout).toBe(
      '$: is not valid JSON: the text ends too early at line 1, column 21 (at "…Version\\": 1,"); ' +
        'expected a field name in double quotes\nInvalid: 1 problem\n',
    )
    expect((await cli(['validate', file('empty.json', '')])).stdout).toMatch(/^\$: är tomt/)
  })

  it('reads standard input for -, and accepts a byte order mark', async () => {
    const text = `\uFEFF${JSON.stringify(sampleInput())}`
    expect(await cli(['validate', '-'], { stdin: text })).toEqual({
      status: 0,
      stdout: 'Giltig: Programmet\n',
      stderr: '',
    })
    const invalid = await cli(['validate', '-', '--json'], { stdin: '[]' })
    expect(invalid.status).toBe(1)
    expect(JSON.parse(invalid.stdout)).toMatchObject({ ok: false, issues: [{ code: 'invalid_type' }] })
  })

  it('gives machines JSON with ok and the issues in both languages', async () => {
    const invalid = await cli(['validate', '--json', invalidFile])
    expect(invalid.status).toBe(1)
    const report = JSON.parse(invalid.stdout) as { ok: boolean; issues: unknown[] }
    const expected = validateProgramme(invalidInput)
    expect(expected.ok).toBe(false)
    expect(report).toEqual({ ok: false, issues: expected.issues })
    expect(report.issues[0]).toEqual({
      path: expect.any(Array),
      pathText: expect.any(String),
      code: expect.any(String),
      message: { sv: expect.any(String), en: expect.any(String) },
    })

    const valid = await cli(['validate', '--json', validFile])
    expect(valid.status).toBe(0)
    expect(JSON.parse(valid.stdout)).toEqual({
      ok: true,
      programme: { id: 'p', name: { sv: 'Programmet', en: 'The programme' } },
      issues: [],
    })
  })

  it('says clearly when the file cannot be read, and exits 2', async () => {
    const missing = await cli(['validate', missingFile])
    expect(missing).toEqual({
      status: 2,
      stdout: '',
      stderr: `kth-vs validate: cannot read ${JSON.stringify(missingFile)}: no such file\n`,
    })
    expect((await cli(['validate', '--json', missingFile])).status).toBe(2)
    expect((await cli(['validate', dir])).stderr).toContain('it is a directory')
  })

  it('needs exactly one file, stdin to read from and a known language', async () => {
    expect((await cli(['validate'])).stderr).toContain('expected a file to validate')
    expect((await cli(['validate', validFile, validFile])).stderr).toContain('expected one file, got 2')
    expect((await cli(['validate', '-'])).stderr).toContain('cannot read standard input')
    const lang = await cli(['validate', validFile, '--lang', 'de'])
    expect(lang.status).toBe(2)
    expect(lang.stderr).toContain('--lang must be sv or en, got "de"')
  })

  it('reads a file named like an option after --', async () => {
    const path = file('-h.json', sampleInput())
    const { status, stdout } = await cli(['validate', '--', path.replace(`${dir}/`, `${dir}/./`)])
    expect(status).toBe(0)
    expect(stdout).toBe('Giltig: Programmet\n')
  })

  it('keeps control characters from the data out of the terminal', async () => {
    const input = sampleInput()
    input.programme.name = { sv: 'Prog\u001b[31mram\u0007' }
    const { stdout } = await cli(['validate', file('controls.json', input)])
    expect(stdout).toBe('Giltig: Prog\uFFFD[31mram\uFFFD\n')
  })

  it('keeps control characters out of everything it prints, and out of what it echoes', async () => {
    const input = sampleInput()
    // ESC, BEL, a bare CR, and the C1 controls CSI and OSC, which terminals also obey.
    const hostile = 'A\u001b]0;owned\u0007B\u009b2JC\rD\u009d\u0085E\u007f'
    input.programme.name = { sv: hostile, en: hostile }
    input.units![0]!.name = { sv: hostile }
    input.timeline![0]!.title = { sv: hostile }
    const path = file('terminal.json', input)
    const outputs = [
      ...(await Promise.all(
        ['principle-cards', 'support-areas', 'governance', 'timeline', 'org-chart', 'programme'].map(
          (widget) => cli(['render', widget, '--data', path, '--now', '2024-06-01']),
        ),
      )),
      await cli(['validate', path]),
      await cli(['validate', '--json', path]),
      await cli(['ics', path]),
      await cli([`--\u001b[2J`]),
      await cli(['validate', `--\u009b2J`, path]),
      await cli(['render', `time\u001bline`]),
    ]
    for (const { stdout, stderr } of outputs) {
      // eslint-disable-next-line no-control-regex
      expect(stdout + stderr).not.toMatch(/\r(?!\n)|[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/)
    }
    expect(outputs[0]!.stdout).toContain('<h3>')
    expect(outputs[4]!.stdout).toContain(`<li>A\uFFFD]0;owned\uFFFDB\uFFFD2JC\uFFFDD\uFFFD\uFFFDE\uFFFD`)
    expect(outputs.at(-3)!.stderr).toMatch(/^kth-vs: unknown option --\uFFFD\[2J\n/)
    expect(outputs.at(-2)!.stderr).toMatch(/^kth-vs validate: unknown option --\uFFFD2J\n/)
    // iCalendar keeps its CRLF line ends.
    expect(outputs.at(-4)!.stdout).toMatch(/^BEGIN:VCALENDAR\r\n/)
  })
})

describe('kth-vs schema', () => {
  it('prints the JSON Schema shipped with the core', async () => {
    const { status, stdout, stderr } = await cli(['schema'])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    const schema = JSON.parse(stdout) as Record<string, unknown>
    expect(schema.$schema).toMatch(/^https:\/\/json-schema\.org\//)
    expect(schema).toMatchObject({ type: 'object', title: 'KTH VS kit programme document' })
    expect(schema.required).toEqual(expect.arrayContaining(['schemaVersion', 'programme', 'sources']))
    const shipped = createRequire(import.meta.url).resolve('@kth-vs/core/schema.json')
    expect(stdout).toBe(readFileSync(shipped, 'utf8'))
  })

  it('takes no arguments', async () => {
    expect((await cli(['schema', 'extra'])).status).toBe(2)
  })
})

describe('kth-vs ics', () => {
  const stamp = ['--stamp', '2026-01-02T03:04:05Z']

  it('prints the timeline of a file without context events as iCalendar', async () => {
    const { status, stdout, stderr } = await cli(['ics', validFile, ...stamp])
    expect(status).toBe(0)
    expect(stderr).toBe('')
    expect(stdout).toMatch(/^BEGIN:VCALENDAR\r\n/)
    expect(stdout).toContain('PRODID:-//KTH//VS kit//SV\r\n')
    expect(stdout).toContain('X-WR-CALNAME:Programmet\r\n')
    const events = parseICalendar(stdout)
    const items = sampleInput().timeline ?? []
    expect(events).toHaveLength(items.filter((item) => item.context !== true).length)
    const decision = events.find((event) => event.UID === 'p.T1@kth-vs')
    expect(decision).toMatchObject({
      SUMMARY: 'Rektor beslutar',
      DTSTART: '20220614',
      DTSTAMP: '20260102T030405Z',
    })
  })

  it('includes context events when asked, in English', async () => {
    const { stdout } = await cli(['ics', validFile, '--include-context', '--lang', 'en', ...stamp])
    const events = parseICalendar(stdout)
    expect(events).toHaveLength((sampleInput().timeline ?? []).length)
    expect(events.find((event) => event.UID === 'p.T0@kth-vs')).toMatchObject({
      SUMMARY: 'Background',
      DTSTART: '20190101',
      DTEND: '20190102',
    })
  })

  it('uses the built-in VS programme without a file, and the clock without --stamp', async () => {
    const { status, stdout } = await cli(['ics'])
    expect(status).toBe(0)
    const result = validateProgramme(vsProgramme)
    if (!result.ok) throw new Error('the default data is invalid')
    const expected = timelineEntries(result.document).filter((entry) => entry.context !== true).length
    const events = parseICalendar(stdout)
    expect(events).toHaveLength(expected)
    expect(events[0]?.DTSTAMP).toBe('20240601T100000Z')
  })

  it('reads standard input and reports invalid data on stderr with exit status 1', async () => {
    const fromStdin = await cli(['ics', '-', ...stamp], { stdin: readFileSync(validFile, 'utf8') })
    expect(fromStdin.stdout).toBe((await cli(['ics', validFile, ...stamp])).stdout)
    const invalid = await cli(['ics', invalidFile, '--lang', 'en'])
    expect(invalid.status).toBe(1)
    expect(invalid.stdout).toBe('')
    expect(invalid.stderr).toMatch(/Invalid: 2 problems\n$/)
  })

  it('refuses a stamp that is not ISO 8601 and a missing file', async () => {
    for (const value of [
      'yesterday',
      '2026-13-01T00:00:00Z',
      'March 7 2026',
      '2024-02-30',
      '2023-02-29T12:00:00Z',
      '2024-06-01T24:00Z',
      '2024-06-01T10:60Z',
      '2024-06-01T10:00:61Z',
      '2024-06-01T10:00+24:00',
      '2024-06-01T10:00+0160',
      '2024-06-01T',
    ]) {
      const { status, stderr } = await cli(['ics', '--stamp', value])
      expect(status).toBe(2)
      expect(stderr).toContain('--stamp must be an ISO 8601 date-time')
    }
    expect((await cli(['ics', missingFile])).status).toBe(2)
  })

  it('exports items on the first and last days a document may hold, and refuses later ones', async () => {
    const input = sampleInput()
    input.timeline![0]!.date = '1000-01-01'
    input.timeline![1]!.date = '2999-12-31'
    const { status, stdout } = await cli(['ics', '--include-context', file('edges.json', input), ...stamp])
    expect(status).toBe(0)
    expect(stdout).toContain('DTSTART;VALUE=DATE:10000101\r\n')
    expect(stdout).toContain('DTEND;VALUE=DATE:30000101\r\n')
    input.timeline![1]!.date = '9999-12-31'
    const late = await cli(['ics', '--lang', 'en', file('late.json', input), ...stamp])
    expect(late.status).toBe(1)
    expect(late.stderr).toMatch(/^timeline\[1\]\.date: "9999-12-31" is outside the years 1000–2999/)
  })

  it('takes a date, or a date-time with or without seconds and offset', async () => {
    const cases: Array<[string, string]> = [
      ['2024-02-29', '20240229T000000Z'],
      ['2024-06-01T10:00Z', '20240601T100000Z'],
      ['2024-06-01T10:00:30.5+02:00', '20240601T080030Z'],
      ['2024-06-01T10:00-0130', '20240601T113000Z'],
    ]
    for (const [value, stamp] of cases) {
      const { status, stdout } = await cli(['ics', validFile, '--stamp', value])
      expect(status, value).toBe(0)
      expect(stdout).toContain(`DTSTAMP:${stamp}\r\n`)
    }
  })
})

describe('kth-vs render', () => {
  const now = ['--now', '2024-06-01']

  it('prints each widget of a file as a vs-fallback div', async () => {
    for (const widget of FALLBACK_WIDGETS) {
      const { status, stdout, stderr } = await cli(['render', widget, '--data', validFile, ...now])
      expect(status, widget).toBe(0)
      expect(stderr).toBe('')
      expect(stdout).toMatch(/^<div class="vs-fallback" lang="sv">\n[^]*<\/div>\n$/)
      expect(stdout).not.toContain('<script')
    }
  })

  it('passes language, heading level, the day, the filters and the other attributes on', async () => {
    const timeline = await cli([
      'render',
      'timeline',
      '--data',
      validFile,
      '--lang',
      'en',
      '--heading-level',
      '4',
      '--include-context',
      ...now,
    ])
    expect(timeline.stdout).toMatch(/^<div class="vs-fallback" lang="en">/)
    expect(timeline.stdout).toContain('<h4>2019</h4>')
    expect(timeline.stdout).toContain(
      '<time datetime="2024">2024</time> (date of publication) Period Ongoing',
    )
    const filtered = await cli([
      'render',
      'timeline',
      '--data',
      validFile,
      '--filter-kind',
      'milestone',
      '--as-of',
      '2023-01-15',
      '--to',
      '2023-12-31',
    ])
    expect([...filtered.stdout.matchAll(/<strong>([^<]*)<\/strong>/g)].map((match) => match[1])).toEqual([
      'Start',
    ])
    expect(filtered.stdout).toContain('<time datetime="2023-01-15">15 januari 2023</time>')
    const org = await cli(['render', 'org-chart', '--data', validFile, '--as-of', '2022-12-31'])
    expect(org.stdout).toContain('<p>Organisationen den 31 december 2022</p>')
    expect(org.stdout).toContain('GVS')
    const compared = await cli([
      'render',
      'org-chart',
      '--data',
      validFile,
      '--compare-from',
      '2022-12-31',
      '--compare-to',
      '2023-01-01',
    ])
    expect(compared.stdout).toContain('<li>VS <span>ny</span>')
    const branch = await cli([
      'render',
      'org-chart',
      '--data',
      validFile,
      '--root',
      'gvs',
      '--now',
      '2022-06-01',
    ])
    expect(branch.stdout).toMatch(/<ul aria-label="Organisation">\n<li>GVS\n/)
    const today = await cli(['render', 'org-chart', '--data', validFile])
    expect(today.stdout).toContain('<p>Organisationen den 1 juni 2024</p>')
    const table = await cli(['render', 'support-areas', '--data', validFile, '--view', 'table'])
    expect(table.stdout).toContain('<caption>Stödområden</caption>')
  })

  it('renders the built-in VS programme without --data, and reads standard input for -', async () => {
    const builtIn = await cli(['render', 'principle-cards', '--lang', 'en'])
    expect(builtIn.status).toBe(0)
    expect(builtIn.stdout).toContain('<ol aria-label="Guiding principles">')
    const piped = await cli(['render', 'principle-cards', '--data', '-'], {
      stdin: readFileSync(validFile, 'utf8'),
    })
    expect(piped.stdout).toContain('<h3>Nytta</h3>')
  })

  it('agrees with validate on deep organisations: draws the deepest allowed, refuses deeper', async () => {
    const chain = (levels: number) => {
      const input = sampleInput()
      input.units = Array.from({ length: levels }, (_, i) => ({
        id: `u${i}`,
        kind: i === 0 ? ('university' as const) : ('unit' as const),
        name: { sv: `Enhet ${i}` },
        ...(i > 0 ? { parent: `u${i - 1}` } : {}),
        sources: ['s1'],
      }))
      input.timeline = input.timeline!.map(({ units: _units, bodies: _bodies, ...item }) => item)
      input.supportAreas = input.supportAreas!.map(({ units: _units, ...area }) => area)
      input.bodies = []
      input.relations = []
      input.notes = []
      return file(`chain-${levels}.json`, input)
    }
    const deepest = await cli(['render', 'org-chart', '--data', chain(MAX_ORG_DEPTH), ...now])
    expect(deepest.stderr).toBe('')
    expect(deepest.status).toBe(0)
    expect(deepest.stdout.match(/<ul/g)).toHaveLength(MAX_ORG_DEPTH)
    expect((await cli(['validate', chain(MAX_ORG_DEPTH)])).status).toBe(0)

    const tooDeep = chain(3_000)
    const rendered = await cli(['render', 'org-chart', '--lang', 'en', '--data', tooDeep, ...now])
    const validated = await cli(['validate', '--lang', 'en', tooDeep])
    expect([rendered.status, validated.status]).toEqual([1, 1])
    expect(rendered.stdout).toBe('')
    expect(rendered.stderr).toBe(validated.stdout)
    expect(validated.stdout).toMatch(
      /^units\[100\]\.parent: "u100" under "u99" makes the organisation 101 levels deep/,
    )
  })

  it('escapes hostile data', async () => {
    const hostile = file('hostile.json', hostileInput())
    for (const widget of FALLBACK_WIDGETS) {
      const { status, stdout } = await cli(['render', widget, '--data', hostile, ...now])
      expect(status).toBe(0)
      expect(stdout).toContain('&lt;img src=x onerror=alert(1)&gt;')
      expect(stdout).not.toMatch(/<img|<script/)
    }
  })

  it('refuses unsafe links at validation', async () => {
    const input = sampleInput()
    input.timeline![2]!.links = [{ label: { sv: 'x' }, url: 'javascript:alert(1)' }]
    const { status, stderr, stdout } = await cli(['render', 'timeline', '--data', file('unsafe.json', input)])
    expect(status).toBe(1)
    expect(stdout).toBe('')
    expect(stderr).toMatch(/^timeline\[2\]\.links\[0\]\.url: /)
  })

  it('refuses unknown widgets and bad option values with exit status 2', async () => {
    const cases: Array<[string[], string]> = [
      [['render'], 'expected a widget: principle-cards, support-areas'],
      [['render', 'calendar'], 'unknown widget "calendar"'],
      [['render', 'timeline', 'extra'], 'unexpected argument "extra"'],
      [['render', 'timeline', '--heading-level', '1'], '--heading-level must be 2, 3, 4, 5 or 6'],
      [['render', 'timeline', '--heading-level', '3.5'], '--heading-level must be'],
      [['render', 'timeline', '--now', '2024-02-30'], '--now must be a day YYYY-MM-DD'],
      [['render', 'org-chart', '--as-of', 'today'], '--as-of must be a day YYYY-MM-DD'],
      [['render', 'org-chart', '--compare-from', '2023'], '--compare-from must be a day YYYY-MM-DD'],
      [['render', 'timeline', '--from', 'soon'], '--from must be a day YYYY-MM-DD'],
      [
        ['render', 'timeline', '--filter-kind', 'decision meeting'],
        '--filter-kind takes decision, milestone, phase, period, got "meeting"',
      ],
      [['render', 'support-areas', '--view', 'grid'], '--view must be cards or table'],
      [['render', 'timeline', '--data', missingFile], 'no such file'],
    ]
    for (const [args, message] of cases) {
      const { status, stderr } = await cli(args)
      expect(status, args.join(' ')).toBe(2)
      expect(stderr).toContain(message)
    }
  })
})
