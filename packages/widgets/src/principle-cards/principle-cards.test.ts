import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { axeViolations } from '../test-support/axe.js'
import { cleanup, mount, settled } from '../test-support/mount.js'
import { tabOrder, tabbable } from '../test-support/keyboard.js'
import { XSS, sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import './define.js'
import type { PrincipleSelectDetail, VsPrincipleCards } from './principle-cards.js'

afterEach(cleanup)

declare global {
  interface Window {
    __xss?: number
  }
}

async function render(markup: string, attributes: Record<string, string> = {}): Promise<VsPrincipleCards> {
  const element = mount(markup, attributes).querySelector('vs-principle-cards')!
  await settled(element)
  return element
}

async function renderData(
  data: ProgrammeDocumentInput = sampleProgramme(),
  attributes: Record<string, string> = { lang: 'sv' },
  markup = '<vs-principle-cards></vs-principle-cards>',
): Promise<VsPrincipleCards> {
  const element = mount(markup, attributes).querySelector('vs-principle-cards')!
  element.data = data
  await settled(element)
  return element
}

function root(element: VsPrincipleCards): ShadowRoot {
  return element.shadowRoot!
}

function titles(element: VsPrincipleCards): string[] {
  return [...root(element).querySelectorAll('.title-text')].map((node) => node.textContent!.trim())
}

function card(element: VsPrincipleCards, index: number): HTMLElement {
  return root(element).querySelectorAll<HTMLElement>('.card')[index]!
}

function disclosure(scope: ParentNode, label: RegExp): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button.disclosure')].find((button) =>
    label.test(button.textContent!),
  )
  if (!found) throw new Error(`no disclosure matching ${label}`)
  return found
}

function panelOf(element: VsPrincipleCards, button: HTMLButtonElement): HTMLElement {
  return root(element).getElementById(button.getAttribute('aria-controls')!)!
}

describe('<vs-principle-cards> with the built-in dataset', () => {
  it('shows at least one card, in Swedish when no lang is set', async () => {
    const pageLang = document.documentElement.getAttribute('lang')
    document.documentElement.removeAttribute('lang')
    onTestFinished(() => {
      if (pageLang !== null) document.documentElement.setAttribute('lang', pageLang)
    })
    const element = await render('<vs-principle-cards></vs-principle-cards>')
    expect(titles(element).length).toBeGreaterThan(0)
    expect(root(element).querySelector('ol')!.getAttribute('aria-label')).toBe('Vägledande principer')
  })

  it("follows the nearest ancestor's lang and switches when the page does", async () => {
    const container = mount('<vs-principle-cards></vs-principle-cards>', { lang: 'en-GB' })
    const element = container.querySelector('vs-principle-cards')!
    await settled(element)
    expect(root(element).querySelector('ol')!.getAttribute('aria-label')).toBe('Guiding principles')
    container.setAttribute('lang', 'sv')
    await new Promise((resolve) => setTimeout(resolve, 0))
    await element.updateComplete
    expect(root(element).querySelector('ol')!.getAttribute('aria-label')).toBe('Vägledande principer')
  })

  it('is axe-clean in both languages', async () => {
    for (const lang of ['sv', 'en']) {
      const element = await render('<vs-principle-cards></vs-principle-cards>', { lang })
      expect(await axeViolations(element)).toEqual([])
    }
  })
})

describe('<vs-principle-cards>', () => {
  it('numbers the cards in order, whatever the order in the data', async () => {
    const element = await renderData()
    expect(titles(element)).toEqual(['Nytta', 'Närhet'])
    const items = [...root(element).querySelectorAll('li.card')]
    expect(items.map((item) => item.getAttribute('value'))).toEqual(['1', '2'])
    expect(items.map((item) => item.querySelector('.number')!.textContent)).toEqual(['1', '2'])
    // The big number is drawn for the eye; a screen reader hears "1. Nytta" from the heading.
    expect(root(element).querySelector('.number')!.getAttribute('aria-hidden')).toBe('true')
    expect(root(element).querySelector('.title .visually-hidden')!.textContent).toBe('1. ')
    expect(root(element).querySelector('.title-text')!.textContent).toBe('Nytta')
  })

  it('lays the cards out by the width of its container: one column at 320 px, more when wide', async () => {
    for (const [width, columns] of [
      ['320px', 1],
      ['900px', 3],
    ] as const) {
      const container = mount('<vs-principle-cards></vs-principle-cards>', { lang: 'sv' })
      container.style.inlineSize = width
      const element = container.querySelector('vs-principle-cards')!
      element.data = sampleProgramme()
      await settled(element)
      const grid = getComputedStyle(root(element).querySelector('.cards')!).gridTemplateColumns
      expect(grid.split(' ')).toHaveLength(columns)
      expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth)
      cleanup()
    }
  })

  it('uses the requested heading level and keeps it within 2–6', async () => {
    const element = await renderData(
      sampleProgramme(),
      { lang: 'sv' },
      '<vs-principle-cards heading-level="5"></vs-principle-cards>',
    )
    expect(root(element).querySelectorAll('h5.title')).toHaveLength(2)
    element.headingLevel = 2
    await element.updateComplete
    expect(root(element).querySelectorAll('h2.title')).toHaveLength(2)
    element.headingLevel = 9
    await element.updateComplete
    expect(root(element).querySelectorAll('h3.title')).toHaveLength(2)
    expect(root(element).querySelectorAll('h2, h4, h5, h6')).toHaveLength(0)
  })

  it('offers "Read more" only where there are details, as a button that controls its panel', async () => {
    const element = await renderData()
    const first = card(element, 0)
    const second = card(element, 1)
    const more = disclosure(first, /Läs mer/)
    expect(() => disclosure(second, /Läs mer/)).toThrow()
    const panel = panelOf(element, more)
    expect(more.getAttribute('aria-expanded')).toBe('false')
    expect(panel.hidden).toBe(true)
    more.click()
    await element.updateComplete
    expect(more.getAttribute('aria-expanded')).toBe('true')
    expect(panel.hidden).toBe(false)
    expect(panel.textContent).toContain('Mer om nyttan.')
    expect(panel.querySelector('q')!.textContent).toBe('verksamhetsnytta')
  })

  it('opens and closes disclosures with Enter and Space', async () => {
    const element = await renderData()
    const more = disclosure(card(element, 0), /Läs mer/)
    more.focus()
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    expect(more.getAttribute('aria-expanded')).toBe('true')
    await userEvent.keyboard(' ')
    await element.updateComplete
    expect(more.getAttribute('aria-expanded')).toBe('false')
  })

  it('lists the sources of a card as links on demand, marking titles in the other language', async () => {
    const element = await renderData()
    const sources = disclosure(card(element, 1), /Källor \(2\)/)
    expect(sources.textContent).toContain('Närhet')
    sources.click()
    await element.updateComplete
    const links = [...panelOf(element, sources).querySelectorAll('a')]
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://intra.kth.se/a',
      'https://www.kth.se/b',
    ])
    expect(links.map((link) => link.textContent!.trim())).toEqual(['Källa ett', 'Source two'])
    expect(links[1]!.querySelector('span')!.getAttribute('lang')).toBe('en')
    expect(links[1]!.getAttribute('hreflang')).toBe('en')
  })

  it('shows a note about one principle on its card and a note about several below the cards', async () => {
    const element = await renderData()
    const own = disclosure(card(element, 1), /Källorna skiljer sig/)
    expect(own.closest('.card')).toBe(card(element, 1))
    expect(panelOf(element, own).textContent).toContain('Källorna kallar den olika.')
    expect(card(element, 0).querySelector('.note')).toBeNull()
    const shared = root(element).querySelector<HTMLElement>('[part="notes"]')!
    const sharedButton = disclosure(shared, /Källorna skiljer sig/)
    expect(sharedButton.textContent).toContain('Vägledande principer')
    sharedButton.click()
    await element.updateComplete
    expect(panelOf(element, sharedButton).hidden).toBe(false)
    expect(panelOf(element, sharedButton).textContent).toContain('Antalet principer skiljer sig.')
  })

  it('shows no notes when the data has none about principles', async () => {
    const data = sampleProgramme()
    data.notes = data.notes!.filter((note) => !note.about.some((id) => id.startsWith('pr')))
    const element = await renderData(data)
    expect(root(element).querySelector('.note, [part="notes"]')).toBeNull()
  })

  it('fires vs-select with the id when a card is selected, and marks it selected', async () => {
    const element = await renderData()
    const events: PrincipleSelectDetail[] = []
    element.addEventListener('vs-select', (event) =>
      events.push((event as CustomEvent<PrincipleSelectDetail>).detail),
    )
    const button = card(element, 1).querySelector<HTMLButtonElement>('button.select')!
    expect(button.textContent!.replace(/\s+/g, ' ').trim()).toBe('Välj: Närhet')
    expect(button.getAttribute('aria-pressed')).toBe('false')
    button.click()
    await element.updateComplete
    expect(events).toEqual([{ id: 'pr2', kind: 'principle' }])
    expect(element.selected).toBe('pr2')
    expect(element.getAttribute('selected')).toBe('pr2')
    expect(button.getAttribute('aria-pressed')).toBe('true')
    expect(card(element, 1).classList).toContain('selected')
    expect(card(element, 1).querySelector('.marker')!.textContent).toBe('Vald')
    button.click()
    await element.updateComplete
    expect(button.getAttribute('aria-pressed')).toBe('false')
    expect(element.selected).toBeUndefined()
    expect(events).toHaveLength(1)
  })

  it('selects with the keyboard', async () => {
    const element = await renderData()
    const events: PrincipleSelectDetail[] = []
    element.addEventListener('vs-select', (event) =>
      events.push((event as CustomEvent<PrincipleSelectDetail>).detail),
    )
    card(element, 0).querySelector<HTMLButtonElement>('button.select')!.focus()
    await userEvent.keyboard(' ')
    expect(events).toEqual([{ id: 'pr1', kind: 'principle' }])
  })

  it('lets Tab reach every control in order', async () => {
    const element = await renderData()
    const controls = tabbable(root(element))
    expect(controls.length).toBe(7)
    expect(await tabOrder(element, controls.length)).toEqual(controls)
  })

  it('is axe-clean in both languages with every disclosure open and a card selected', async () => {
    for (const lang of ['sv', 'en']) {
      const element = await renderData(sampleProgramme(), { lang })
      for (const button of root(element).querySelectorAll<HTMLButtonElement>('button.disclosure'))
        button.click()
      root(element).querySelector<HTMLButtonElement>('button.select')!.click()
      await element.updateComplete
      expect(await axeViolations(element)).toEqual([])
    }
  })

  it('renders markup in the data as inert text', async () => {
    const data = sampleProgramme()
    data.principles![0]!.title = { sv: XSS }
    data.principles![0]!.summary = { sv: XSS }
    data.sources![1]!.title = { sv: XSS }
    data.notes![0]!.text = { sv: XSS }
    const element = await renderData(data)
    for (const button of root(element).querySelectorAll<HTMLButtonElement>('button.disclosure'))
      button.click()
    await element.updateComplete
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(window.__xss).toBeUndefined()
    expect(root(element).querySelector('img')).toBeNull()
    expect(root(element).textContent).toContain(XSS)
  })

  it('shows the error panel naming the path of bad data', async () => {
    const data = sampleProgramme()
    data.principles![0]!.order = 0
    const element = await renderData(data)
    const error = root(element).querySelector('[part="error"]')!
    expect(error.getAttribute('role')).toBe('alert')
    expect(error.textContent).toContain('principles[0].order')
    expect(root(element).querySelector('.cards')).toBeNull()
  })

  it('reads inline JSON and reports JSON that does not parse', async () => {
    const element = await render(
      '<vs-principle-cards lang="en"><script type="application/json">{ "schemaVersion": 1, </script></vs-principle-cards>',
    )
    expect(root(element).querySelector('[part="error"]')).not.toBeNull()
  })

  it('says so when there are no principles', async () => {
    const data = sampleProgramme()
    data.principles = []
    data.notes = []
    const element = await renderData(data, { lang: 'en' })
    expect(root(element).querySelector('.empty')!.textContent).toBe('The data holds no principles.')
  })
})
