import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { vsProgramme } from './index.js'

const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8')

describe("the repository README's core example", () => {
  // Node starts a process here; on a loaded machine that alone may take seconds.
  it(
    'runs in Node as written, on the VS programme saved as programme.json',
    { timeout: 60_000 },
    async () => {
      const code = /## For developers: the core in ten lines\n\n```js\n([\s\S]*?)```/.exec(readme)?.[1]
      expect(code, 'the example block').toBeDefined()
      // Beside this package, so `@kth-vs/core` resolves as it does for any app that depends on it.
      const script = new URL('../.readme-example.mjs', import.meta.url)
      const workDir = mkdtempSync(join(tmpdir(), 'kth-vs-readme-'))
      try {
        writeFileSync(script, code ?? '')
        writeFileSync(join(workDir, 'programme.json'), JSON.stringify(vsProgramme))
        const { stdout } = await promisify(execFile)(process.execPath, [script.pathname], { cwd: workDir })
        const lines = stdout.trim().split('\n')
        expect(lines.length).toBeGreaterThan(10)
        expect(lines[0]).toMatch(/^\S.* (done|ongoing|upcoming)$/)
        expect(stdout).toContain("'Verksamhetsstöd'")
      } finally {
        rmSync(script, { force: true })
        rmSync(workDir, { recursive: true, force: true })
      }
    },
  )
})
