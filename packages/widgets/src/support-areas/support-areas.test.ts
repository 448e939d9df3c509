import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, onTestFinished } from 'vitest'
import { SYNC_EVENT } from '../base/sync.js'
import { axeViolations } from '../test-support/axe.js'
import { cleanup, mount, settled } from '../test-support/mount.js'
import { tabOrder, tabbable } from '../test-support/keyboard.js'
import { XSS, sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import './define.js'
import type { AreaSelectDetail, VsSupportAreas } from './support-areas.js'

afterEach(cleanup)

declare global {
  interface Window {
    __xss?: number
  }
}

async function renderData(
  data: ProgrammeDocumentInput | undefined = sampleProgramme(),
  attributes: Record<string, string> = { lang: 'sv' },
  markup = '<vs-support-areas></vs-support-areas>',
): Promise<VsSupportAreas> {
  const container = mount(markup, attributes)
  const element = container.querySelector('vs-support-areas')!
  if (data) element.data = data
  await settled(element)
  return element
}

function root(element: VsSupportAreas): ShadowRoot {
  return element.shadowRoot!
}

function clean(node: Node): string {
  return node.textContent!.replace(/\s+/g, ' ').trim()
}

function cards(element: VsSupportAreas): HTMLElement[] {
  return [...root(element).querySelectorAll<HTMLElement>('.card')]
}

const TABLE = '<vs-support-areas view="table"></vs-support-areas>'

describe('<vs-support-areas> with the built-in dataset', () => {
  it('renders at least one card and is axe-clean in both languages and both views', async () => {
    for (const lang of ['sv', 'en']) {
      for (const view of ['cards', 'table']) {
        const element = await renderData(
          undefined,
          { lang },
          `<vs-support-areas view=${view}></vs-support-areas>`,
        )
        const rows = root(element).querySelectorAll(view === 'table' ? 'tbody tr' : '.card')
        expect(rows.length).toBeGreaterThan(0)
        expect(await axeViolations(element)).toEqual([])
        cleanup()
      }
    }
  })
})

describe('<vs-support-areas> as cards', () => {
  it('shows the areas in order with headings at the requested level', async () => {
    const element = await renderData(
      sampleProgramme(),
      { lang: 'sv' },
      '<vs-support-areas heading-level="4"></vs-support-areas>',
    )
    expect([...root(element).querySelectorAll('h4.title')].map(clean)).toEqual(['IT-stöd', 'HR-stöd'])
    expect(root(element).querySelector('ul.cards')!.getAttribute('aria-label')).toBe('Stödområden')
    element.headingLevel = 1
    await element.updateComplete
    expect(root(element).querySelectorAll('h3.title')).toHaveLength(2)
  })

  it('shows current and target state, priorities, units and other names', async () => {
    const element = await renderData()
    const hr = cards(element)[1]!
    const facts = [...hr.querySelectorAll('.fact')].map((fact) => [
      clean(fact.querySelector('dt')!),
      clean(fact.querySelector('dd')!),
    ])
    expect(facts).toEqual([
      ['Nuläge', 'Spritt över skolorna.'],
      ['Nyläge', 'Samlat i en avdelning.'],
      ['Prioriteringar', 'RekryteringArbetsmiljö'],
      ['Enheter', 'Personalavdelningen'],
    ])
    expect([...hr.querySelectorAll('dd li')].map(clean)).toEqual([
      'Rekrytering',
      'Arbetsmiljö',
      'Personalavdelningen',
    ])
    // The variant equal to the title is left out.
    expect(clean(hr.querySelector('.variants')!)).toBe('Även kallat: personalstöd')
    expect(clean(hr.querySelector('.summary')!)).toBe('Stöd i personalfrågor.')
  })

  it('says what the sources do not state instead of leaving it empty', async () => {
    for (const [lang, missing] of [
      ['sv', 'Ej angivet i källorna'],
      ['en', 'Not stated in the sources'],
    ] as const) {
      const element = await renderData(sampleProgramme(), { lang })
      const first = cards(element)[0]!
      expect([...first.querySelectorAll('dd')].map(clean)).toEqual([missing, missing, missing, missing])
      expect(first.querySelector('.variants')).toBeNull()
    }
  })

  it('shows a note about one area on its card', async () => {
    const element = await renderData()
    const button = cards(element)[1]!.querySelector<HTMLButtonElement>('.note button')!
    expect(clean(button)).toBe('Källorna skiljer sig: HR-stöd')
    const panel = root(element).getElementById(button.getAttribute('aria-controls')!)!
    expect(panel.hidden).toBe(true)
    button.focus()
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(panel.hidden).toBe(false)
    expect(clean(panel)).toBe('Området har flera namn.')
    expect(root(element).querySelector('[part="notes"]')).toBeNull()
  })

  it('fires vs-select for an area and marks it selected, without telling its sync group', async () => {
    const element = await renderData(
      sampleProgramme(),
      { lang: 'en' },
      '<vs-support-areas sync="g"></vs-support-areas>',
    )
    const events: AreaSelectDetail[] = []
    const synced: Event[] = []
    const onSync = (event: Event) => synced.push(event)
    document.addEventListener(SYNC_EVENT, onSync)
    onTestFinished(() => document.removeEventListener(SYNC_EVENT, onSync))
    element.addEventListener('vs-select', (event) =>
      events.push((event as CustomEvent<AreaSelectDetail>).detail),
    )
    const button = cards(element)[1]!.querySelector<HTMLButtonElement>('button.select')!
    expect(clean(button)).toBe('Select: HR support')
    button.focus()
    await userEvent.keyboard(' ')
    await element.updateComplete
    expect(events).toEqual([{ id: 'hr', kind: 'area' }])
    expect(synced).toEqual([])
    expect(button.getAttribute('aria-pressed')).toBe('true')
    expect(cards(element)[1]!.classList).toContain('selected')
    expect(clean(cards(element)[1]!.querySelector('.marker')!)).toBe('Selected')
  })

  it('lets Tab reach every control in order', async () => {
    const element = await renderData()
    const controls = tabbable(root(element))
    // Two select buttons, two lists of sources and the note on the HR card.
    expect(controls).toHaveLength(5)
    expect(await tabOrder(element, controls.length)).toEqual(controls)
  })

  it('lists the sources of a card behind a disclosure', async () => {
    const element = await renderData()
    const button = [...cards(element)[0]!.querySelectorAll<HTMLButtonElement>('button.disclosure')].find(
      (found) => clean(found).startsWith('Källor (1)'),
    )!
    button.click()
    await element.updateComplete
    const panel = root(element).getElementById(button.getAttribute('aria-controls')!)!
    expect(panel.hidden).toBe(false)
    expect(panel.querySelector('a')?.getAttribute('href')).toBe('https://intra.kth.se/a')
  })
})

describe('<vs-support-areas view="table">', () => {
  it('is a real table with a caption, column headers and row headers', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'sv' }, TABLE)
    const table = root(element).querySelector('table')!
    expect(clean(table.caption!)).toBe('Stödområden')
    const columns = [...table.querySelectorAll('thead th')]
    expect(columns.map((th) => th.getAttribute('scope'))).toEqual(['col', 'col', 'col', 'col', 'col'])
    expect(columns.map(clean)).toEqual(['Område', 'Nuläge', 'Nyläge', 'Prioriteringar', 'Enheter'])
    const rows = [...table.querySelectorAll('tbody tr')]
    expect(rows).toHaveLength(2)
    for (const row of rows) {
      expect(row.querySelectorAll('th[scope="row"]')).toHaveLength(1)
      expect(row.querySelectorAll('td')).toHaveLength(4)
    }
    expect(rows.map((row) => clean(row.querySelector('th')!))).toEqual(['IT-stöd', 'HR-stöd'])
    expect(table.querySelectorAll('td')).toHaveLength(8)
  })

  it('labels its columns in English', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'en' }, TABLE)
    expect([...root(element).querySelectorAll('thead th')].map(clean)).toEqual([
      'Area',
      'Current state',
      'Target state',
      'Priorities',
      'Units',
    ])
    expect(clean(root(element).querySelector('caption')!)).toBe('Support areas')
  })

  it('fills cells the sources leave empty with "Not stated in the sources"', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'en' }, TABLE)
    const cells = [...root(element).querySelectorAll('tbody tr')[0]!.querySelectorAll('td')]
    for (const cell of cells) expect(clean(cell.querySelector('.missing')!)).toBe('Not stated in the sources')
    const filled = [...root(element).querySelectorAll('tbody tr')[1]!.querySelectorAll('td')]
    expect(clean(filled[3]!)).toBe('Units HR Department')
  })

  it('lists every note about an area below the table, naming the area', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'sv' }, TABLE)
    const notes = root(element).querySelector('[part="notes"]')!
    expect(clean(notes.querySelector('button')!)).toBe('Källorna skiljer sig: HR-stöd')
  })

  it('selects an area from its row header', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'sv' }, TABLE)
    const events: AreaSelectDetail[] = []
    element.addEventListener('vs-select', (event) =>
      events.push((event as CustomEvent<AreaSelectDetail>).detail),
    )
    const button = root(element).querySelector<HTMLButtonElement>('tbody th button')!
    button.focus()
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    expect(events).toEqual([{ id: 'it-area', kind: 'area' }])
    expect(button.getAttribute('aria-pressed')).toBe('true')
    expect(root(element).querySelector('tbody tr')!.classList).toContain('selected')
  })

  it('reflows at 320 px: each row a block, each cell labelled, nothing to scroll sideways', async () => {
    const container = mount(TABLE, { lang: 'sv' })
    container.style.inlineSize = '320px'
    const element = container.querySelector('vs-support-areas')!
    element.data = sampleProgramme()
    await settled(element)
    const row = root(element).querySelector('tbody tr')!
    expect(getComputedStyle(row).display).toBe('block')
    expect(getComputedStyle(row.querySelector('.cell-label')!).display).toBe('block')
    expect(root(element).querySelector('table')!.getAttribute('role')).toBe('table')
    expect(root(element).querySelectorAll('[role="cell"]')).toHaveLength(8)
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth)
    expect(await axeViolations(element)).toEqual([])
  })

  it('hides the cell labels from screen readers and shows them only when narrow', async () => {
    const container = mount(TABLE, { lang: 'sv' })
    container.style.inlineSize = '800px'
    const element = container.querySelector('vs-support-areas')!
    element.data = sampleProgramme()
    await settled(element)
    expect(getComputedStyle(root(element).querySelector('tbody tr')!).display).toBe('table-row')
    const label = root(element).querySelector('.cell-label')!
    expect(label.getAttribute('aria-hidden')).toBe('true')
    expect(getComputedStyle(label).display).toBe('none')
  })

  it('switches between views when the attribute changes', async () => {
    const element = await renderData()
    expect(root(element).querySelector('table')).toBeNull()
    element.setAttribute('view', 'table')
    await element.updateComplete
    expect(root(element).querySelector('table')).not.toBeNull()
    element.view = 'cards'
    await element.updateComplete
    expect(root(element).querySelector('table')).toBeNull()
  })

  it('lets Tab reach every control in order', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'sv' }, TABLE)
    const controls = tabbable(root(element))
    expect(controls).toHaveLength(3)
    expect(await tabOrder(element, controls.length)).toEqual(controls)
  })
})

describe('<vs-support-areas> in every view', () => {
  it('is axe-clean in both languages and both views, wide and narrow', async () => {
    for (const lang of ['sv', 'en']) {
      for (const view of ['cards', 'table']) {
        for (const width of ['800px', '320px']) {
          const container = mount(`<vs-support-areas view=${view}></vs-support-areas>`, { lang })
          container.style.inlineSize = width
          const element = container.querySelector('vs-support-areas')!
          element.data = sampleProgramme()
          await settled(element)
          root(element).querySelector<HTMLButtonElement>('.select, .row-select')!.click()
          for (const button of root(element).querySelectorAll<HTMLButtonElement>('.disclosure'))
            button.click()
          await element.updateComplete
          expect(await axeViolations(element), `${lang} ${view} ${width}`).toEqual([])
          cleanup()
        }
      }
    }
  })

  it('renders markup in the data as inert text', async () => {
    for (const view of ['cards', 'table']) {
      const data = sampleProgramme()
      const area = data.supportAreas![0]!
      area.title = { sv: XSS }
      area.currentState = { sv: XSS }
      area.variants = [{ name: { sv: XSS }, sources: ['s1'] }]
      area.priorities = [{ sv: XSS }]
      data.units![3]!.name = { sv: XSS }
      data.notes![2]!.text = { sv: XSS }
      const element = await renderData(
        data,
        { lang: 'sv' },
        `<vs-support-areas view=${view}></vs-support-areas>`,
      )
      for (const button of root(element).querySelectorAll<HTMLButtonElement>('.disclosure')) button.click()
      await element.updateComplete
      await new Promise((resolve) => setTimeout(resolve, 50))
      expect(window.__xss).toBeUndefined()
      expect(root(element).querySelector('img')).toBeNull()
      expect(root(element).textContent).toContain(XSS)
    }
  })

  it('shows the error panel naming the path of bad data', async () => {
    const data = sampleProgramme()
    data.supportAreas![1]!.order = 0
    const element = await renderData(data)
    const error = root(element).querySelector('[part="error"]')!
    expect(error.textContent).toContain('supportAreas[1].order')
    expect(root(element).querySelector('.cards, table')).toBeNull()
  })

  it('says so when there are no support areas', async () => {
    const data = sampleProgramme()
    data.supportAreas = []
    data.notes = []
    data.timeline = []
    const element = await renderData(data, { lang: 'en' }, TABLE)
    expect(clean(root(element).querySelector('.empty')!)).toBe('The data holds no support areas.')
  })
})
