import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { narrowFrame, wideFrame } from '../test-support/frames.js'
import { playUntilSettled } from '../test-support/mount.js'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import './define.js'

interface Args {
  headingLevel: number
  lang: 'sv' | 'en'
  view: 'cards' | 'table'
}

const meta: Meta<Args> = {
  title: 'Widgets/Support areas',
  component: 'vs-support-areas',
  args: { headingLevel: 3, lang: 'sv', view: 'cards' },
  play: playUntilSettled,
  argTypes: {
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    view: { control: 'inline-radio', options: ['cards', 'table'] },
  },
  render: ({ headingLevel, lang, view }) =>
    html`<vs-support-areas lang=${lang} heading-level=${headingLevel} view=${view}></vs-support-areas>`,
}
export default meta

type Story = StoryObj<Args>

/** The support areas of the VS programme as cards, from the built-in dataset. */
export const Swedish: Story = {}

/** The same cards in English. */
export const English: Story = { args: { lang: 'en' } }

/** The areas as a table: caption, column headers and a row header per area. */
export const Table: Story = { args: { view: 'table' } }

/** The table in English. */
export const TableEnglish: Story = { args: { view: 'table', lang: 'en' } }

/** Cards at 320 px: one column. */
export const NarrowCards: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style=${narrowFrame}>
      <vs-support-areas lang=${lang} heading-level=${headingLevel}></vs-support-areas>
    </div>`,
}

/** The table at 320 px: each row becomes a block, each value labelled with its column. */
export const NarrowTable: Story = {
  render: ({ lang }) =>
    html`<div style=${narrowFrame}>
      <vs-support-areas lang=${lang} view="table"></vs-support-areas>
    </div>`,
}

/** A wide table with an area selected. */
export const WideTable: Story = {
  render: ({ lang }) =>
    html`<div style=${wideFrame}>
      <vs-support-areas lang=${lang} view="table" selected="forskning"></vs-support-areas>
    </div>`,
}

/** Inline data with a note about an area and states missing from the sources. */
export const OwnData: Story = {
  render: ({ headingLevel, lang, view }) =>
    html`<vs-support-areas
      lang=${lang}
      heading-level=${headingLevel}
      view=${view}
      .data=${sampleProgramme()}
    ></vs-support-areas>`,
}

/** Inline JSON that does not parse: the error panel says what is wrong. */
export const InvalidJson: Story = {
  render: ({ lang }) =>
    html`<vs-support-areas lang=${lang}>
      <script type="application/json">
        { "schemaVersion": 1, "supportAreas": [ }
      </script>
    </vs-support-areas>`,
}

/** Data that breaks the schema: the error panel names the path (`supportAreas[0].order`). */
export const InvalidData: Story = {
  render: ({ lang }) => {
    const data = sampleProgramme()
    data.supportAreas![0]!.order = 0
    return html`<vs-support-areas lang=${lang} .data=${data}></vs-support-areas>`
  },
}
