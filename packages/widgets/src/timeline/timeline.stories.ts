import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import { playUntilSettled } from '../test-support/mount.js'
import './define.js'

interface Args {
  lang: 'sv' | 'en'
  view: 'auto' | 'list' | 'axis'
  zoom: 'year' | 'quarter'
  asOf: string
  headingLevel: number
  filterKind: string
  filterArea: string
  context: boolean
  controls: boolean
}

function renderTimeline(args: Args) {
  return html`<vs-timeline
    lang=${args.lang}
    view=${args.view}
    zoom=${args.zoom}
    as-of=${args.asOf || nothing}
    heading-level=${args.headingLevel}
    filter-kind=${args.filterKind || nothing}
    filter-area=${args.filterArea || nothing}
    ?context=${args.context}
    ?controls=${args.controls}
  ></vs-timeline>`
}

const meta: Meta<Args> = {
  title: 'Widgets/Timeline',
  component: 'vs-timeline',
  args: {
    lang: 'sv',
    view: 'auto',
    zoom: 'year',
    asOf: '',
    headingLevel: 3,
    filterKind: '',
    filterArea: '',
    context: false,
    controls: false,
  },
  argTypes: {
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    view: { control: 'inline-radio', options: ['auto', 'list', 'axis'] },
    zoom: { control: 'inline-radio', options: ['year', 'quarter'] },
    asOf: { control: 'text', description: 'ISO day to view the timeline as of; empty for today' },
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    filterKind: { control: 'text', description: 'decision milestone phase period' },
    filterArea: { control: 'text', description: 'support area ids, space-separated' },
  },
  play: playUntilSettled,
  render: (args) => renderTimeline(args),
}
export default meta

type Story = StoryObj<Args>

/** The VS programme's timeline from the built-in dataset, in Swedish; the view follows the width. */
export const Swedish: Story = {}

/** The same timeline in English. */
export const English: Story = { args: { lang: 'en' } }

/** The list view: an ordered list per year, with today marked. */
export const ListView: Story = { args: { view: 'list', asOf: '2024-06-15' } }

/** The axis view: a scaled time axis with lanes for items that overlap. */
export const AxisView: Story = { args: { view: 'axis', asOf: '2024-06-15' } }

/** The axis zoomed to quarters. */
export const AxisByQuarter: Story = {
  args: { view: 'axis', zoom: 'quarter', asOf: '2025-04-15', lang: 'en' },
}

/** In a 320 px wide container the widget draws the list, with no horizontal scrolling. */
export const Narrow: Story = {
  args: { controls: true },
  render: (args) => html`<div style="max-inline-size: 320px">${renderTimeline(args)}</div>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
}

/** Viewed as of a day before the programme: everything is upcoming. */
export const BeforeTheProgramme: Story = { args: { asOf: '2021-11-01', view: 'list' } }

/** Viewed as of a day during the programme: the share of time passed, and today between the items. */
export const DuringTheProgramme: Story = { args: { asOf: '2024-06-15' } }

/** Viewed as of a day after the programme, in English. */
export const AfterTheProgramme: Story = { args: { asOf: '2027-01-15', lang: 'en', view: 'list' } }

/** Filtered through attributes: decisions and milestones about HR. */
export const Filtered: Story = {
  args: { view: 'list', filterKind: 'decision milestone', filterArea: 'hr ekonomi' },
}

/** Form controls for kind, support area and context events. */
export const WithControls: Story = { args: { controls: true, asOf: '2024-06-15' } }

/** Context events from before the programme, such as the 2017 review and the 2018 school merger. */
export const WithContext: Story = { args: { context: true, view: 'list' } }

/** Invalid inline data: the widget shows what is wrong and where. */
export const InvalidData: Story = {
  render: () =>
    html`<vs-timeline>
      <script type="application/json">
        {
          "schemaVersion": 1,
          "programme": {
            "id": "p",
            "name": { "sv": "Programmet" },
            "start": "2022-03",
            "end": "2026-09-30",
            "sources": []
          },
          "sources": [],
          "timeline": [
            { "id": "T1", "kind": "decision", "date": "2023-13", "title": { "sv": "Fel" }, "sources": [] }
          ]
        }
      </script>
    </vs-timeline>`,
}

/** While the data is on its way: a polite status that keeps its space. The fetch is held back, so no request leaves the page. */
export const Loading: Story = {
  beforeEach: () => {
    const original = globalThis.fetch
    globalThis.fetch = () => new Promise<Response>(() => {})
    return () => {
      globalThis.fetch = original
    }
  },
  play: async () => {},
  render: () => html`<vs-timeline src="programme.json"></vs-timeline>`,
}
