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
  title: 'Widgets/Principle cards',
  component: 'vs-principle-cards',
  args: { headingLevel: 3, lang: 'sv', selected: '' },
  play: playUntilSettled,
  argTypes: {
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    selected: { control: 'text' },
  },
  render: ({ headingLevel, lang, selected }) =>
    html`<vs-principle-cards
      lang=${lang}
      heading-level=${headingLevel}
      selected=${selected || nothing}
    ></vs-principle-cards>`,
}
export default meta

type Story = StoryObj<Args>

/** The principles of the VS programme, from the built-in dataset. */
export const Swedish: Story = {}

/** The same cards in English. */
export const English: Story = { args: { lang: 'en' } }

/** Cards in a narrow column, as on a phone (320 px): one column, nothing to scroll sideways. */
export const Narrow: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style=${narrowFrame}>
      <vs-principle-cards lang=${lang} heading-level=${headingLevel}></vs-principle-cards>
    </div>`,
}

/** Cards in a wide container: the grid fills as many columns as fit. */
export const Wide: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style=${wideFrame}>
      <vs-principle-cards
        lang=${lang}
        heading-level=${headingLevel}
        selected="verksamhetsnara"
      ></vs-principle-cards>
    </div>`,
}

/** Inline data with details, other wordings, sources and notes where the sources differ. */
export const OwnData: Story = {
  render: ({ headingLevel, lang }) =>
    html`<vs-principle-cards
      lang=${lang}
      heading-level=${headingLevel}
      .data=${sampleProgramme()}
    ></vs-principle-cards>`,
}

/** Inline JSON that does not parse: the error panel says what is wrong. */
export const InvalidJson: Story = {
  render: ({ lang }) =>
    html`<vs-principle-cards lang=${lang}>
      <script type="application/json">
        { "schemaVersion": 1, "principles": [ }
      </script>
    </vs-principle-cards>`,
}

/** Data that breaks the schema: the error panel names the path (`principles[0].order`). */
export const InvalidData: Story = {
  render: ({ lang }) => {
    const data = sampleProgramme()
    data.principles![0]!.order = 0
    return html`<vs-principle-cards lang=${lang} .data=${data}></vs-principle-cards>`
  },
}
