import type { Meta, StoryObj } from '@storybook/web-components-vite'
import { html } from 'lit'
import { playUntilSettled } from '../test-support/mount.js'
import './define.js'

interface Args {
  headingLevel: number
  lang: 'sv' | 'en'
}

const meta: Meta<Args> = {
  title: 'Widgets/Principle cards',
  component: 'vs-principle-cards',
  args: { headingLevel: 3, lang: 'sv' },
  play: playUntilSettled,
  argTypes: {
    headingLevel: { control: { type: 'range', min: 2, max: 6 } },
    lang: { control: 'inline-radio', options: ['sv', 'en'] },
  },
  render: ({ headingLevel, lang }) =>
    html`<vs-principle-cards lang=${lang} heading-level=${headingLevel}></vs-principle-cards>`,
}
export default meta

type Story = StoryObj<Args>

/** The five principles of the VS programme, from the built-in dataset. */
export const Swedish: Story = {}

/** The same cards in English. */
export const English: Story = { args: { lang: 'en' } }

/** Cards in a narrow column, as on a phone (320 px). */
export const Narrow: Story = {
  render: ({ headingLevel, lang }) =>
    html`<div style="max-inline-size: 320px">
      <vs-principle-cards lang=${lang} heading-level=${headingLevel}></vs-principle-cards>
    </div>`,
  parameters: { viewport: { defaultViewport: 'mobile1' } },
}
