import { describe, expect, it } from 'vitest'
import { run } from './run.js'

function capture() {
  const out: string[] = []
  const err: string[] = []
  return { io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t) }, out, err }
}

describe('kth-vs', () => {
  it('prints help and exits 0', async () => {
    const { io, out } = capture()
    expect(await run(['--help'], io)).toBe(0)
    expect(out.join('')).toMatch(/^Usage: kth-vs/)
  })

  it('rejects an unknown command with exit status 2', async () => {
    const { io, err } = capture()
    expect(await run(['frobnicate'], io)).toBe(2)
    expect(err.join('')).toContain('unknown command "frobnicate"')
  })
})
