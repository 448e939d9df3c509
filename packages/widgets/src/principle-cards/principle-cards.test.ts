import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { axeViolations } from '../test-support/axe.js'
import { cleanup, mount, settled } from '../test-support/mount.js'
import './define.js'
import type { VsPrincipleCards } from './principle-cards.js'

afterEach(cleanup)

async function render(markup: string, attributes: Record<string, string> = {}): Promise<VsPrincipleCards> {
  const element = mount(markup, attributes).querySelector('vs-principle-cards')!
  await settled(element)
  return element
}

function titles(element: VsPrincipleCards): string[] {
  return [...element.shadowRoot!.querySelectorAll('.title')].map((node) => node.textContent!.trim())
}

describe('<vs-principle-cards>', () => {
  it('shows the five VS principles from the built-in dataset in Swedish when no lang is set', async () => {
    const pageLang = document.documentElement.getAttribute('lang')
    document.documentElement.removeAttribute('lang')
    onTestFinished(() => {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang)
    })
    const element = await render('<vs-principle-cards></vs-principle-cards>')
    expect(titles(element)).toEqual([
      'Verksamhetsnytta',
      'Verksamhetsnära',
      'Involvering och delaktighet',
      'Arbetskultur för förnyelse',
      'Ömsesidig respekt',
    ])
    expect(element.shadowRoot!.querySelector('ol')!.getAttribute('aria-label')).toBe('Vägledande principer')
  })

  it("follows the nearest ancestor's lang", async () => {
    const element = await render('<vs-principle-cards></vs-principle-cards>', { lang: 'en-GB' })
    expect(titles(element)[0]).toBe('Operational benefit')
  })

  it('switches language when the page does', async () => {
    const container = mount('<vs-principle-cards></vs-principle-cards>', { lang: 'sv' })
    const element = container.querySelector('vs-principle-cards')!
    await settled(element)
    container.setAttribute('lang', 'en')
    await new Promise((resolve) => setTimeout(resolve, 0))
    await element.updateComplete
    expect(titles(element)[0]).toBe('Operational benefit')
  })

  it('uses the requested heading level and keeps it within 2–6', async () => {
    const element = await render('<vs-principle-cards heading-level="4"></vs-principle-cards>')
    expect(element.shadowRoot!.querySelectorAll('h4.title')).toHaveLength(5)
    element.headingLevel = 9
    await element.updateComplete
    expect(element.shadowRoot!.querySelectorAll('h3.title')).toHaveLength(5)
  })

  it('is axe-clean in both languages', async () => {
    for (const lang of ['sv', 'en']) {
      const element = await render('<vs-principle-cards></vs-principle-cards>', { lang })
      expect(await axeViolations(element)).toEqual([])
    }
  })
})
