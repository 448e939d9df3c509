import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import type { TestProject } from 'vitest/node'

let server: ChildProcess | undefined

/** Starts the built site with its production server (and CSP) on a free port for the end-to-end tests. */
export async function setup(project: TestProject): Promise<void> {
  const port = 4300 + Math.floor(Math.random() * 500)
  server = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  const ready = new Promise<void>((resolve, reject) => {
    server?.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('http://localhost')) resolve()
    })
    server?.once('exit', (code) => reject(new Error(`the site server stopped with ${code}`)))
  })
  await ready
  project.provide('baseUrl', `http://localhost:${port}`)
}

export async function teardown(): Promise<void> {
  if (!server || server.exitCode !== null) return
  server.kill()
  await once(server, 'exit')
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}
