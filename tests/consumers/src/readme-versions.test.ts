import { execFile } from 'node:child_process'
import { fileURLToPath } from 'node:url'
import { expect, it } from 'vitest'

const script = fileURLToPath(new URL('../../../scripts/sync-readme-versions.mjs', import.meta.url))

it("names the packages' release version in every versioned address of the READMEs", async () => {
  const problems = await new Promise<string>((resolve) =>
    execFile('node', [script, '--check'], (error, _stdout, stderr) =>
      resolve(error ? stderr || error.message : ''),
    ),
  )
  expect(problems).toBe('')
})
