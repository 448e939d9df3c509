import { type ChildProcess, spawn } from 'node:child_process'
import { once } from 'node:events'
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { type Server, createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import { extname, join, normalize } from 'node:path'
import type { TestProject } from 'vitest/node'

let site: ChildProcess | undefined
let other: Server | undefined
let workDir: string | undefined

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.json': 'application/json',
  '.js': 'text/javascript',
}

/**
 * A second site, as a KTH page on another host would be: serves what the tests write into its folder.
 * JSON files are served with CORS, as a data host in the embed page's list must; the name
 * `no-cors-*.json` is served without.
 */
function startOtherOrigin(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent((req.url ?? '/').split('?')[0] ?? '/'))
    let body: Buffer
    try {
      body = readFileSync(join(dir, path))
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
      return
    }
    const headers: Record<string, string> = { 'content-type': TYPES[extname(path)] ?? 'text/plain' }
    if (path.endsWith('.json') && !path.includes('no-cors-')) headers['access-control-allow-origin'] = '*'
    res.writeHead(200, headers).end(body)
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

/** Starts the built site with its production server (`scripts/serve.mjs`) on a port the system picks. */
async function startSite(env: Record<string, string>): Promise<{ process: ChildProcess; port: number }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: new URL('..', import.meta.url),
    env: { ...process.env, ...env, PORT: '0' },
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  let output = ''
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString()
      const found = /http:\/\/localhost:(\d+)\//.exec(output)
      if (found) resolve(Number(found[1]))
    })
    child.once('exit', (code) => reject(new Error(`the site server stopped with ${code}: ${output}`)))
  })
  return { process: child, port }
}

/**
 * Three origins, as users meet the kit: the kit's site (`kitUrl`, http://127.0.0.1:…), a KTH page on
 * another site (`otherUrl`, http://localhost:…, a folder the tests write pages and data into), and the
 * embed configuration that lets the second site frame the embed page and serve it data.
 */
export async function setup(project: TestProject): Promise<void> {
  workDir = mkdtempSync(join(tmpdir(), 'kth-vs-e2e-'))
  const otherDir = join(workDir, 'other')
  mkdirSync(otherDir)
  other = await startOtherOrigin(otherDir)
  const otherUrl = `http://localhost:${(other.address() as AddressInfo).port}`
  const configPath = join(workDir, 'embed-config.json')
  writeFileSync(
    configPath,
    JSON.stringify({ dataHosts: ["'self'", otherUrl], frameAncestors: ["'self'", otherUrl] }),
  )
  const started = await startSite({ EMBED_CONFIG: configPath })
  site = started.process
  project.provide('kitUrl', `http://127.0.0.1:${started.port}`)
  project.provide('otherUrl', otherUrl)
  project.provide('otherDir', otherDir)
}

export async function teardown(): Promise<void> {
  if (site && site.exitCode === null) {
    site.kill()
    await once(site, 'exit')
  }
  await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)))
  if (workDir) rmSync(workDir, { recursive: true, force: true })
}

declare module 'vitest' {
  export interface ProvidedContext {
    /** The kit's own site: the demo pages, the CDN file, the embed page, the built Storybook. */
    kitUrl: string
    /** Another site, where an editor's page or a data file lives. */
    otherUrl: string
    /** The folder `otherUrl` serves. */
    otherDir: string
  }
}
