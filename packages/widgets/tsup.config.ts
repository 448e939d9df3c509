import { readFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { type Options, defineConfig } from 'tsup'
import { minifyTemplates } from './scripts/template-text.mjs'

/** An esbuild plugin, as tsup takes it (esbuild is tsup's own dependency). */
type Plugin = NonNullable<Options['esbuildPlugins']>[number]

const PAGE_DOCUMENT = fileURLToPath(new URL('src/cdn/page-document.ts', import.meta.url))
// As in page-document.ts's DOCUMENT_METHODS; written out here, as the config cannot import DOM code.
const METHODS =
  'createComment|createDocumentFragment|createElement|createTextNode|createTreeWalker|importNode'
const FACADE = '__kthVsPageDocument'

/**
 * Has Lit call the document's methods through `pageDocument`, whose methods no markup can shadow:
 * `<img name="createTreeWalker">` on the host page makes `document.createTreeWalker` that image, and
 * Lit calls it while it loads. Calls on `document`, and on lit-html's alias of it (`l=document`), are
 * rewritten; other uses of the document (as a node) stay. The build fails if lit-html no longer reads
 * as expected, so a new Lit cannot slip past unseen.
 */
const litPageDocument: Plugin = {
  name: 'lit-page-document',
  setup(build) {
    build.onLoad(
      { filter: /[\\/](lit-html|lit-element|@lit[\\/]reactive-element)[\\/].*\.js$/ },
      async (args) => {
        let source = await readFile(args.path, 'utf8')
        const alias = /(?<![\w$.])([\w$]+)=document\b/.exec(source)?.[1]
        const callees = ['document', ...(alias ? [alias] : [])].map((name) => name.replace(/\$/g, '\\$'))
        const calls = new RegExp(`(?<![\\w$.])(${callees.join('|')})\\.(${METHODS})\\(`, 'g')
        const scoped = alias ? new RegExp(`\\?\\?${callees[1]}\\)\\.(${METHODS})\\(`, 'g') : undefined
        let rewritten = 0
        source = source.replace(calls, (_match, _object, method) => (rewritten++, `${FACADE}.${method}(`))
        if (scoped)
          source = source.replace(scoped, (_match, method) => (rewritten++, `??${FACADE}).${method}(`))
        if (
          /[\\/]lit-html[\\/]lit-html\.js$/.test(args.path) &&
          (!alias || !source.includes(`${FACADE}.createTreeWalker(`))
        )
          throw new Error(
            `lit-page-document: ${args.path} no longer calls document as expected; review the plugin`,
          )
        if (rewritten === 0) return undefined
        return {
          contents: `import { pageDocument as ${FACADE} } from ${JSON.stringify(PAGE_DOCUMENT)};\n${source}`,
          loader: 'js',
        }
      },
    )
  },
}

/** Minifies the widgets' template text as the npm build does (scripts/minify-templates.mjs). */
const widgetTemplates: Plugin = {
  name: 'widget-templates',
  setup(build) {
    build.onLoad({ filter: /[\\/]widgets[\\/]src[\\/].*\.ts$/ }, async (args) => ({
      contents: minifyTemplates(await readFile(args.path, 'utf8'), 'ts'),
      loader: 'ts',
    }))
  },
}

// The npm build is plain tsc output, one file per module (so bundlers drop what an app does not use).
// This is the CDN build: one self-contained module with every widget, the core and the default dataset.
export default defineConfig({
  entry: { 'cdn/kth-vs': 'src/cdn/kth-vs.ts' },
  format: ['esm'],
  dts: false,
  minify: true,
  sourcemap: true,
  clean: false,
  target: 'es2022',
  // For the browser: Lit's browser production build, not its Node build with the server-side DOM shim,
  // which reads globals a third-party frame with blocked storage refuses.
  platform: 'browser',
  // One file that requests nothing else: the lazily imported dataset is inlined too.
  splitting: false,
  noExternal: [/.*/],
  tsconfig: 'tsconfig.build.json',
  esbuildPlugins: [litPageDocument, widgetTemplates],
})
