import '@fontsource-variable/figtree'
import { type Preview, setCustomElementsManifest } from '@storybook/web-components-vite'
import manifest from '@kth-vs/widgets/custom-elements.json'
import './kth-page.scss'

// Attributes, properties, events, parts and custom properties on the docs pages come from the manifest.
setCustomElementsManifest(manifest)

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    layout: 'padded',
    // Any axe violation fails the story's test.
    a11y: {
      test: 'error',
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
  globalTypes: {
    lang: {
      description: 'Language of the page around the widget',
      toolbar: { title: 'Language', icon: 'globe', items: ['sv', 'en'], dynamicTitle: true },
    },
  },
  initialGlobals: { lang: 'sv' },
  decorators: [
    (story, context) => {
      // Widgets read the page's language, as they do on a KTH page.
      document.documentElement.lang = String(context.globals.lang ?? 'sv')
      return story()
    },
  ],
}
export default preview
