import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import { narrowFrame, wideFrame } from '../test-support/frames.js'
import { playUntilSettled } from '../test-support/mount.js'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import './define.js'

interface Args {
  headingLevel: number
  lang: 'sv' | 'en'
  selected: string
}

const meta: Meta<Args> = {
  title: 'Widgets/Governance',
  component: 'vs-governance',
  args: { headingLevel: 3, lang: 'sv', selected: '' },
  play: playUntilSettled,
  argTypes: {
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    selected: { control: 'text' },
  },
  render: ({ headingLevel, lang, selected }) =>
    html`<vs-governance
      lang=${lang}
      heading-level=${headingLevel}
      selected=${selected || nothing}
    ></vs-governance>`,
}
export default meta

type Story = StoryObj<Args>

/** The programme's bodies from the built-in dataset: a diagram where there is room, and the list. */
export const Swedish: Story = {}

/** The same in English. */
export const English: Story = { args: { lang: 'en' } }

/** The steering group selected: its members and the bodies it relates to are highlighted. */
export const BodySelected: Story = { args: { selected: 'styrgrupp' } }

/** At 320 px only the text form is shown. */
export const Narrow: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style=${narrowFrame}>
      <vs-governance lang=${lang} heading-level=${headingLevel}></vs-governance>
    </div>`,
}

/** A wide container: the diagram above the list. */
export const Wide: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style=${wideFrame}>
      <vs-governance lang=${lang} heading-level=${headingLevel} selected="ledningsrad"></vs-governance>
    </div>`,
}

/** Inline data: counts in words, estimated counts, unknown members and a note. */
export const OwnData: Story = {
  render: ({ headingLevel, lang }) =>
    html`<vs-governance
      lang=${lang}
      heading-level=${headingLevel}
      .data=${sampleProgramme()}
    ></vs-governance>`,
}

/** Inline JSON that does not parse: the error panel says what is wrong. */
export const InvalidJson: Story = {
  render: ({ lang }) =>
    html`<vs-governance lang=${lang}>
      <script type="application/json">
        { "schemaVersion": 1, "bodies": [ }
      </script>
    </vs-governance>`,
}

/** Data that breaks the schema: the error panel names the path (`bodies[0].members[0].count`). */
export const InvalidData: Story = {
  render: ({ lang }) => {
    const data = sampleProgramme()
    data.bodies![0]!.members[0]!.count = 0
    return html`<vs-governance lang=${lang} .data=${data}></vs-governance>`
  },
}
