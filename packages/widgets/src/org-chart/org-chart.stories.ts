import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import { playUntilSettled } from '../test-support/mount.js'
import './define.js'

interface Args {
  lang: 'sv' | 'en'
  layout: 'auto' | 'chart' | 'list'
  asOf: string
  compareFrom: string
  compareTo: string
  expandDepth: number
  search: boolean
  root: string
  width: string
}

const meta: Meta<Args> = {
  title: 'Widgets/Org chart',
  component: 'vs-org-chart',
  args: {
    lang: 'sv',
    layout: 'auto',
    asOf: '',
    compareFrom: '',
    compareTo: '',
    expandDepth: 3,
    search: false,
    root: '',
    width: '',
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    layout: { control: 'inline-radio', options: ['auto', 'chart', 'list'] },
    width: { control: 'text', description: 'Width of the container around the widget, e.g. 320px' },
  },
  play: playUntilSettled,
  render: (args) =>
    html`<vs-org-chart
      lang=${args.lang}
      layout=${args.layout}
      as-of=${args.asOf || nothing}
      compare-from=${args.compareFrom || nothing}
      compare-to=${args.compareTo || nothing}
      expand-depth=${args.expandDepth}
      root=${args.root || nothing}
      ?search=${args.search}
    ></vs-org-chart>`,
  decorators: [
    (story, context) => {
      const width = context.args.width
      return width ? html`<div style="max-inline-size: ${width}">${story()}</div>` : story()
    },
  ],
}
export default meta

type Story = StoryObj<Args>

/** Today's organisation, from the built-in VS dataset. */
export const Swedish: Story = {}

/** The same in English. */
export const English: Story = { args: { lang: 'en' } }

/** The organisation the day before the merger: GVS and the schools' own support. */
export const BeforeTheMerger: Story = { args: { asOf: '2022-12-31', expandDepth: 4 } }

/** The organisation on the day of the merger: VS with its departments. */
export const AfterTheMerger: Story = { args: { asOf: '2023-01-01', expandDepth: 4 } }

/** What the merger changed, marked in words with a key, and the units that ended. */
export const CompareTheMerger: Story = {
  args: { compareFrom: '2022-12-31', compareTo: '2023-01-01', expandDepth: 4 },
}

/** The indented list a narrow container gets (320 px). */
export const Narrow: Story = { args: { width: '320px', asOf: '2023-01-01', expandDepth: 4 } }

/** The chart drawn top-down, whatever the width. */
export const Chart: Story = { args: { layout: 'chart', root: 'vs', asOf: '2023-01-01' } }

/** A selected unit in the chart layout, with its details below: the sweep checks its state in forced colours. */
export const SelectedInChart: Story = {
  args: { layout: 'chart', root: 'vs', asOf: '2023-01-01' },
  play: async (context) => {
    await playUntilSettled(context)
    const chart = context.canvasElement.querySelector('vs-org-chart')!
    chart.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"][aria-level="2"]')!.click()
    await chart.updateComplete
  },
}

/** A search field that filters the tree and reveals matches. */
export const Search: Story = { args: { search: true, lang: 'en' } }

/** Data with an error: the panel names the field and what was expected. */
export const InvalidData: Story = {
  render: () =>
    html`<vs-org-chart lang="en">
      <script type="application/json">
        {
          "schemaVersion": 1,
          "programme": { "id": "p", "name": { "sv": "P" }, "start": "2022", "end": "2026", "sources": ["s"] },
          "sources": [{ "id": "s", "url": "https://kth.se/" }],
          "units": [
            { "id": "a", "kind": "university", "parent": "b", "name": { "sv": "A" }, "sources": ["s"] }
          ]
        }
      </script>
    </vs-org-chart>`,
}

/** While the data is on its way: a polite status that keeps its space. */
export const Loading: Story = {
  beforeEach: () => {
    const original = globalThis.fetch
    globalThis.fetch = () => new Promise<Response>(() => {})
    return () => {
      globalThis.fetch = original
    }
  },
  play: async () => {},
  render: () => html`<vs-org-chart src="programme.json" lang="sv"></vs-org-chart>`,
}
