// Serves the built demo site at / and the built Storybook at /storybook/, with the strict
// Content-Security-Policy the widgets promise to work under.
import { existsSync } from 'node:fs'
import { createServer } from 'node:http'
import sirv from 'sirv'

const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "require-trusted-types-for 'script'",
].join('; ')

const siteDir = new URL('../dist', import.meta.url).pathname
const storybookDir = new URL('../../storybook/storybook-static', import.meta.url).pathname
const site = sirv(siteDir, {
  dev: false,
  setHeaders: (res) => {
    res.setHeader('Content-Security-Policy', CSP)
    res.setHeader('X-Content-Type-Options', 'nosniff')
  },
})
// Storybook's own manager needs inline scripts and styles, so it is served without the page CSP.
const storybook = existsSync(storybookDir) ? sirv(storybookDir, { dev: false }) : undefined

const port = Number(process.env.PORT ?? 4173)
const server = createServer((req, res) => {
  const url = req.url ?? '/'
  if (url === '/storybook') {
    res.writeHead(301, { location: '/storybook/' }).end()
  } else if (url.startsWith('/storybook/') && storybook) {
    req.url = url.slice('/storybook'.length)
    storybook(req, res, () => {
      res.writeHead(404).end('Not found')
    })
  } else {
    site(req, res, () => {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found')
    })
  }
})
server.listen(port, '127.0.0.1', () => {
  console.log(`KTH VS kit demo:      http://localhost:${port}/`)
  console.log(`English demo:         http://localhost:${port}/en/`)
  if (storybook) console.log(`Storybook:            http://localhost:${port}/storybook/`)
})
