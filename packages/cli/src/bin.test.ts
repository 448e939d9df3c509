import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { sampleProgramme as sampleInput } from '@kth-vs/test-fixtures/sample-programme'

// The built binary: turbo runs this package's build before its tests ("@kth-vs/cli#test" depends on build).
const packageDir = fileURLToPath(new URL('..', import.meta.url))
const dir = mkdtempSync(join(tmpdir(), 'kth-vs-bin-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

interface Result {
  status: number
  stdout: string
  stderr: string
}

/** Runs `node dist/bin.js …` with a clean locale, optionally feeding standard input. */
function kthVs(
  args: string[],
  options: { stdin?: string; env?: Record<string, string> } = {},
): Promise<Result> {
  return new Promise((resolve) => {
    const child = execFile(
      process.execPath,
      ['dist/bin.js', ...args],
      { cwd: packageDir, env: { PATH: process.env.PATH ?? '', ...options.env }, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error === null ? 0 : (error as { code?: unknown }).code
        resolve({ status: typeof code === 'number' ? code : -1, stdout, stderr })
      },
    )
    child.stdin?.end(options.stdin ?? '')
  })
}

describe('the built kth-vs binary', () => {
  const valid = join(dir, 'valid.json')
  writeFileSync(valid, JSON.stringify(sampleInput()))

  it('validates a file, exiting 0', async () => {
    expect(await kthVs(['validate', valid])).toEqual({
      status: 0,
      stdout: 'Giltig: Programmet\n',
      stderr: '',
    })
  })

  it('follows LANG and reads standard input, exiting 1 for invalid data', async () => {
    const result = await kthVs(['validate', '-'], {
      stdin: '{"schemaVersion": 2}',
      env: { LANG: 'en_GB.UTF-8' },
    })
    expect(result).toEqual({
      status: 1,
      stdout: 'schemaVersion: 2 is not supported; expected schemaVersion 1\nInvalid: 1 problem\n',
      stderr: '',
    })
  })

  it('exits 2 with a message for a missing file and for an unknown command', async () => {
    const missing = await kthVs(['validate', join(dir, 'missing.json')])
    expect(missing.status).toBe(2)
    expect(missing.stderr).toContain('no such file')
    expect((await kthVs(['frobnicate'])).status).toBe(2)
  })

  it('renders and exports the built-in data', async () => {
    const html = await kthVs(['render', 'principle-cards', '--lang', 'en'])
    expect(html.status).toBe(0)
    expect(html.stdout).toMatch(/^<div class="vs-fallback" lang="en">\n<ol aria-label="Guiding principles">/)
    const ics = await kthVs(['ics', '--stamp', '2026-01-01T00:00:00Z'])
    expect(ics.status).toBe(0)
    expect(ics.stdout).toMatch(/^BEGIN:VCALENDAR\r\n[^]*END:VCALENDAR\r\n$/)
  })
})
