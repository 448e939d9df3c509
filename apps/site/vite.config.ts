import { resolve } from 'node:path'
import { defineConfig } from 'vite'
import { elementAttributesPlugin } from './scripts/element-attributes.js'
import { widgetFallbacks } from './scripts/fallbacks.js'

// A static multi-page site. Widgets come from the CDN file alone, copied beside the pages, as an editor would use it.
export default defineConfig({
  plugins: [widgetFallbacks(), elementAttributesPlugin()],
  build: {
    target: 'es2022',
    // The pages load no module of their own, so they need no preload polyfill.
    modulePreload: { polyfill: false },
    rollupOptions: {
      input: {
        sv: resolve(import.meta.dirname, 'index.html'),
        en: resolve(import.meta.dirname, 'en/index.html'),
        embed: resolve(import.meta.dirname, 'embed.html'),
        builderSv: resolve(import.meta.dirname, 'builder.html'),
        builderEn: resolve(import.meta.dirname, 'en/builder.html'),
      },
    },
  },
})
