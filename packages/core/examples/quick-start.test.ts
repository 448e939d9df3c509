import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8')

describe('the README example', () => {
  it('is the example file, word for word', () => {
    expect(read('../README.md')).toContain(read('./quick-start.ts').trimEnd())
  })

  it('runs and prints what the README says', () => {
    const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/quick-start.ts'], {
      cwd: new URL('..', import.meta.url),
      encoding: 'utf8',
    })
    const readme = read('../README.md')
    const printed = /It prints:\n\n```text\n([\s\S]*?)```/.exec(readme)?.[1]
    expect(output).toBe(printed)
  })
})
