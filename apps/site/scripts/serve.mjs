// Serves the built demo site at / and the built Storybook at /storybook/ (see site-server.mjs).
// PORT picks the port (0: any free one); EMBED_CONFIG names another embed-config.json than the built one.
import { existsSync } from 'node:fs'
import { EmbedConfigError, createSiteServer, readEmbedConfig } from './site-server.mjs'

const siteDir = new URL('../dist', import.meta.url).pathname
const storybookDir = new URL('../../storybook/storybook-static', import.meta.url).pathname
const configPath = process.env.EMBED_CONFIG ?? `${siteDir}/embed-config.json`
const requested = Number(process.env.PORT ?? 4173)

let embedConfig
try {
  embedConfig = readEmbedConfig(configPath)
} catch (error) {
  if (!(error instanceof EmbedConfigError)) throw error
  console.error(`The embed configuration cannot be used: ${error.message}`)
  process.exit(1)
}

const server = createSiteServer({ siteDir, storybookDir, embedConfig })
server.on('error', (error) => {
  if (/** @type {NodeJS.ErrnoException} */ (error).code === 'EADDRINUSE') {
    console.error(
      `Port ${requested} is in use. Stop what runs there, or choose another: PORT=4174 pnpm start`,
    )
  } else {
    console.error(`The demo server could not start: ${error.message}`)
  }
  process.exit(1)
})
server.listen(requested, '127.0.0.1', () => {
  const address = server.address()
  const port = typeof address === 'object' && address ? address.port : requested
  const base = `http://localhost:${port}`
  console.log(`KTH VS kit demo:      ${base}/`)
  console.log(`English demo:         ${base}/en/`)
  console.log(`Embed builder:        ${base}/builder.html (English: ${base}/en/builder.html)`)
  console.log(`Iframe embed:         ${base}/embed.html?widget=timeline&lang=sv`)
  if (existsSync(storybookDir)) console.log(`Storybook:            ${base}/storybook/`)
})
