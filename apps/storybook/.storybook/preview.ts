import '@fontsource-variable/figtree'
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite'
import manifest from '@kth-vs/widgets/custom-elements.json'
import './kth-page.scss'
import './themes.css'

// Attributes, properties, events, parts and custom properties on the docs pages come from the manifest.
setCustomElementsManifest(manifest)

/** WCAG 2.2 A and AA, plus axe's best practices. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']

/** The themes of the toolbar; `high-contrast` sets the kit's `--vs-color-*` properties to a dark scheme. */
export const THEMES = ['kth', 'high-contrast'] as const

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story's test. A rule switched off here must be listed, with its reason,
    // in apps/storybook/A11Y-EXCEPTIONS.md.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: AXE_TAGS } },
      config: { rules: [] },
    },
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget',
      toolbar: { title: 'Language', icon: 'globe', items: ['sv', 'en'], dynamicTitle: true },
    },
    theme: {
      description: 'Colours of the page around the widget',
      toolbar: {
        title: 'Theme',
        icon: 'contrast',
        items: [
          { value: 'kth', title: 'KTH' },
          { value: 'high-contrast', title: 'High contrast (dark)' },
        ],
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { lang: 'sv', theme: 'kth' },
  decorators: [
    (story, context) => {
      // Widgets read the page's language, as they do on a KTH page.
      document.documentElement.lang = String(context.globals.lang ?? 'sv')
      // The theme is set on the story's root, so the custom properties reach every widget in the story.
      const theme = THEMES.find((name) => name === context.globals.theme) ?? 'kth'
      ;(context.canvasElement as HTMLElement | undefined)?.setAttribute('data-vs-theme', theme)
      return story()
    },
  ],
}
export default preview
