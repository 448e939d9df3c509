// A developer's first hour with the kit: install it from npm into a Vite app (plain TypeScript, React 19
// or Vue 3), use one widget with their own data, type-check strictly, build, and hear `vs-select`.
import { rmSync } from 'node:fs'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { selectFirstCard } from './chromium.js'
import { installApp, run } from './commands.js'

describe.each([
  { app: 'vanilla', what: 'a Vite app in plain TypeScript (tsc)' },
  { app: 'react', what: 'a React 19 app (tsc)' },
  { app: 'vue', what: 'a Vue 3 app (vue-tsc --strictTemplates)' },
])('$what installed from the tarballs with npm', ({ app }) => {
  let dir = ''

  beforeAll(async () => {
    dir = await installApp(app, inject('tarballs'))
  })
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true })
  })

  it('type-checks strictly, typings of the kit included', async () => {
    await run('npm', ['run', 'typecheck'], dir)
  })

  it('builds, shows the data it was given and receives vs-select in Chromium', async () => {
    await run('npm', ['run', 'build'], dir)
    const { titles, selected, problems } = await selectFirstCard(join(dir, 'dist'))
    expect(titles.join(' ')).toMatch(/Benefit.*Closeness/)
    expect(selected).toBe('principle:benefit')
    expect(problems).toEqual([])
  })
})
