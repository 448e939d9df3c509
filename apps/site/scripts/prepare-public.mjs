// Puts the widgets' CDN file among the site's static files, as an editor would upload it next to a page,
// and the iframe host script beside it under a stable name.
import { copyFileSync, mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const cdn = require.resolve('@kth-vs/widgets/cdn')
const publicDir = new URL('../public/', import.meta.url)
mkdirSync(publicDir, { recursive: true })
copyFileSync(cdn, new URL('kth-vs.js', publicDir))
copyFileSync(`${cdn}.map`, new URL('kth-vs.js.map', publicDir))
copyFileSync(new URL('../src/embed/kth-vs-embed.js', import.meta.url), new URL('kth-vs-embed.js', publicDir))
