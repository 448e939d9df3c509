import { resolve } from 'node:path'
import { defineConfig } from 'vite'

// A static multi-page site. Widgets come from the CDN file alone, copied beside the pages, as an editor would use it.
export default defineConfig({
  build: {
    target: 'es2022',
    // The pages load no module of their own, so they need no preload polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        sv: resolve(import.meta.dirname, 'index.html'),
        en: resolve(import.meta.dirname, 'en/index.html'),
      },
    },
  },
})
