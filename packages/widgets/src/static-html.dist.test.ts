// The same comparison as static-html.test.ts, with the widgets as the npm package ships them: built,
// with their templates minified (scripts/minify-templates.mjs). The test command builds first.
import { afterEach, beforeAll } from 'vitest'
import { cleanup } from './test-support/mount.js'
import { compareWithStaticHtml } from './test-support/static-html.js'

beforeAll(async () => {
  // Read at run time: the build, not the type checker, makes dist.
  const built = new URL('../dist/define.js', import.meta.url).href
  await import(/* @vite-ignore */ built)
})
afterEach(cleanup)

compareWithStaticHtml('the built widgets with minified templates say what the static HTML says')
