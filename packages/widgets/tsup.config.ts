import { defineConfig } from 'tsup'

// The npm build is plain tsc output, one file per module (so bundlers drop what an app does not use).
// This is the CDN build: one self-contained module with every widget, the core and the default dataset.
export default defineConfig({
  entry: { 'cdn/kth-vs': 'src/define.ts' },
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
})
