import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html, nothing } from 'lit'
import { narrowFrame, wideFrame } from '../test-support/frames.js'
import { playUntilSettled } from '../test-support/mount.js'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import './define.js'

interface Args {
  headingLevel: number
  lang: 'sv' | 'en'
  asOf: string
}

const meta: Meta<Args> = {
  title: 'Widgets/Programme',
  component: 'vs-programme',
  args: { headingLevel: 2, lang: 'sv', asOf: '' },
  play: playUntilSettled,
  argTypes: {
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
    asOf: { control: 'text' },
  },
  render: ({ headingLevel, lang, asOf }) =>
    html`<vs-programme lang=${lang} heading-level=${headingLevel} as-of=${asOf || nothing}></vs-programme>`,
}
export default meta

type Story = StoryObj<Args>

/** The VS programme at a glance, from the built-in dataset, as it stands today. */
export const Swedish: Story = {}

/** The same overview in English. */
export const English: Story = { args: { lang: 'en' } }

/** While the programme ran: seen from 1 June 2024 (`as-of`), it is running and phases are under way. */
export const WhileRunning: Story = { args: { asOf: '2024-06-01' } }

/** Before the programme began: it has not started and every phase is upcoming. */
export const BeforeStart: Story = { args: { asOf: '2022-01-15', lang: 'en' } }

/** In a narrow column, as on a phone (320 px): nothing to scroll sideways. */
export const Narrow: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style=${narrowFrame}>
      <vs-programme lang=${lang} heading-level=${headingLevel}></vs-programme>
    </div>`,
}

/** In a wide container. */
export const Wide: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style=${wideFrame}>
      <vs-programme lang=${lang} heading-level=${headingLevel}></vs-programme>
    </div>`,
}

/** Inline data with a directive, a decision, a sub-project whose passed phase no source confirms, and notes. */
export const OwnData: Story = {
  render: ({ headingLevel, lang }) =>
    html`<vs-programme
      lang=${lang}
      heading-level=${headingLevel}
      as-of="2026-12-02"
      .data=${sampleProgramme()}
    ></vs-programme>`,
}

/** An `as-of` that is not a day: the overview says so and shows today. */
export const InvalidDay: Story = { args: { asOf: '2024-02-30' } }

/** Inline JSON that does not parse: the error panel says what is wrong. */
export const InvalidJson: Story = {
  render: ({ lang }) =>
    html`<vs-programme lang=${lang}>
      <script type="application/json">
        { "schemaVersion": 1, "programme": [ }
      </script>
    </vs-programme>`,
}

/** Data that breaks the schema: the error panel names the path (`directivePoints[0].order`). */
export const InvalidData: Story = {
  render: ({ lang }) => {
    const data = sampleProgramme()
    data.directivePoints![0]!.order = 0
    return html`<vs-programme lang=${lang} .data=${data}></vs-programme>`
  },
}
