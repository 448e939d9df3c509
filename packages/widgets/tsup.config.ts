import { defineConfig } from 'tsup'

const widgets = ['principle-cards']

export default defineConfig([
  {
    // npm build: one entry per widget and per registration file; Lit and the core stay external.
    entry: [
      'src/index.ts',
      'src/define.ts',
      ...widgets.flatMap((name) => [`src/${name}/index.ts`, `src/${name}/define.ts`]),
    ],
    format: ['esm'],
    dts: true,
    sourcemap: true,
    clean: true,
    target: 'es2022',
    splitting: true,
    tsconfig: 'tsconfig.build.json',
  },
  {
    // CDN build: one self-contained module with every widget, the core and the default dataset.
    entry: { 'cdn/kth-vs': 'src/define.ts' },
    format: ['esm'],
    dts: false,
    minify: true,
    sourcemap: true,
    target: 'es2022',
    // One file that requests nothing else: the lazily imported dataset is inlined too.
    splitting: false,
    noExternal: [/.*/],
    tsconfig: 'tsconfig.build.json',
  },
])
