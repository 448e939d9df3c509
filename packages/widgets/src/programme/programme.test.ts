import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { XSS, sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../test-support/axe.js'
import { tabOrder, tabbable } from '../test-support/keyboard.js'
import { cleanup, mount, settled } from '../test-support/mount.js'
import './define.js'
import type { VsProgramme } from './programme.js'

afterEach(cleanup)

declare global {
  interface Window {
    __xss?: number
  }
}

async function render(
  attributes: Record<string, string> = {},
  data: ProgrammeDocumentInput | null = sampleProgramme(),
  container: Record<string, string> = { lang: 'sv' },
): Promise<VsProgramme> {
  const element = document.createElement('vs-programme')
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  if (data !== null) element.data = data
  mount('', container).append(element)
  await settled(element)
  return element
}

const root = (element: VsProgramme) => element.shadowRoot!
const text = (node: Element | null | undefined) => node?.textContent?.replace(/\s+/g, ' ').trim() ?? ''
const texts = (element: VsProgramme, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => text(node))

function disclosure(scope: ParentNode, label: RegExp): HTMLButtonElement {
  const found = [...scope.querySelectorAll<HTMLButtonElement>('button.disclosure')].find((button) =>
    label.test(button.textContent!),
  )
  if (!found) throw new Error(`no disclosure matching ${label}`)
  return found
}

describe('<vs-programme>', () => {
  it('names the programme and says it has ended, with its period, once the day is past its end', async () => {
    const element = await render({ 'as-of': '2026-12-02' })
    expect(text(root(element).querySelector('h3.name'))).toBe('Programmet')
    expect(text(root(element).querySelector('[part="period"]'))).toBe(
      'Avslutat 30 september 2026: programmet pågick mars 2022 – 30 september 2026.',
    )
    expect(texts(element, '.programme > .facts dt')).toEqual([
      'Beslutat av:',
      'Leddes av:',
      'Ny organisation från:',
      'Länkar',
      'Källor',
    ])
    element.asOf = '2024-03-01'
    await element.updateComplete
    expect(text(root(element).querySelector('[part="period"]'))).toBe(
      'Pågår: programmet löper mars 2022 – 30 september 2026.',
    )
    expect(texts(element, '.programme > .facts dt')[1]).toBe('Leds av:')
  })

  it('shows the parts under headings one level below the name, as heading-level says', async () => {
    const element = await render({ 'heading-level': '2', lang: 'en', 'as-of': '2026-12-02' })
    expect(texts(element, 'h2')).toEqual(['The programme'])
    expect(texts(element, 'h3')).toEqual([
      'The programme directive',
      'Decisions',
      'The programme organisation',
      'Sub-projects',
      'About the page',
    ])
    expect(texts(element, 'h4')).toEqual(['The directive', 'Lokaloptimering'])
    element.headingLevel = 6
    await element.updateComplete
    expect(root(element).querySelectorAll('h6')).toHaveLength(8)
  })

  it('lists the directive’s points in order, the decisions with case numbers and the sub-project’s phases', async () => {
    const element = await render({ lang: 'en', 'as-of': '2026-12-02' })
    const points = [...root(element).querySelectorAll('.points li')]
    expect(points.map((point) => [point.getAttribute('value'), text(point)])).toEqual([
      ['1', 'Fem nya avdelningar skulle bildas.'],
      ['2', 'The work was to last until 2026.'],
    ])
    expect(points[0]!.querySelector('span')!.getAttribute('lang')).toBe('sv')
    const decision = root(element).querySelector('.item')!
    expect(text(decision.querySelector('time'))).toBe('14 June 2022')
    expect(text(decision)).toContain('Case number: V-2022-0218')
    expect(text(decision)).toContain('The President issued the directive.')
    const phases = [...root(element).querySelectorAll<HTMLElement>('[part="phase"]')]
    expect(phases.map((phase) => text(phase.querySelector('.status')))).toEqual([
      'Done',
      'No source confirms the outcome',
    ])
    expect(phases[1]!.classList).toContain('unconfirmed')
    expect(text(phases[1]!.querySelector('.activities'))).toBe('Activities: Drawings, Flytt')
    expect(texts(element, '.lines li')[0]).toContain('(chair:')
    expect(text(root(element).querySelector('.page-title a'))).toBe('“Programsidan” (the Swedish page)')
  })

  it('shows each note once, behind a disclosure beside what it concerns, operable with the keyboard', async () => {
    const element = await render()
    const top = root(element).querySelector('.programme > .notes')!
    const button = disclosure(top, /Källorna skiljer sig/)
    const panel = root(element).getElementById(button.getAttribute('aria-controls')!)!
    expect(panel.hidden).toBe(true)
    button.focus()
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(text(panel)).toBe('Slutet anges olika.')
    const project = [...root(element).querySelectorAll('.item')].find((item) =>
      text(item).includes('Lokaloptimering'),
    )!
    expect(disclosure(project, /Okänt i källorna/).textContent).toContain('Lokaloptimering')
    expect(root(element).querySelectorAll('.note')).toHaveLength(2)
  })

  it('lets Tab reach every link and disclosure in order', async () => {
    const element = await render()
    const controls = tabbable(root(element))
    expect(controls.length).toBeGreaterThan(5)
    expect(await tabOrder(element, controls.length)).toEqual(controls)
  })

  it('fits 320 px with nothing to scroll sideways', async () => {
    const element = await render({}, sampleProgramme(), { lang: 'sv', style: 'inline-size: 320px' })
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth)
    const vs = await render({ lang: 'en' }, null, { style: 'inline-size: 320px' })
    expect(vs.scrollWidth).toBeLessThanOrEqual(vs.clientWidth)
  })

  it('is axe-clean in both languages, with the built-in data and every disclosure open', async () => {
    for (const lang of ['sv', 'en']) {
      for (const data of [sampleProgramme(), null]) {
        const element = await render({ lang }, data)
        for (const button of root(element).querySelectorAll<HTMLButtonElement>('button.disclosure'))
          button.click()
        await element.updateComplete
        expect(await axeViolations(element)).toEqual([])
        cleanup()
      }
    }
  })

  it('shows the built-in VS programme with its six directive points when given no data', async () => {
    const element = await render({ lang: 'en' }, null)
    expect(text(root(element).querySelector('.name'))).toContain('Programme for a joint and coordinated')
    expect(root(element).querySelectorAll('.points li')).toHaveLength(6)
  })

  it('renders markup in the data as inert text', async () => {
    const data = sampleProgramme()
    data.programme.purpose = { sv: XSS }
    data.directivePoints![0]!.text = { sv: XSS }
    data.decisions![0]!.summary = { sv: XSS }
    data.pages![0]!.contentOwner = XSS
    const element = await render({}, data)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(window.__xss).toBeUndefined()
    expect(root(element).querySelector('img')).toBeNull()
    expect(root(element).textContent).toContain(XSS)
  })

  it('names the field of bad data and an as-of that is not a day', async () => {
    const data = sampleProgramme()
    data.directivePoints![0]!.order = 0
    const broken = await render({ lang: 'en' }, data)
    const error = root(broken).querySelector('[part="error"]')!
    expect(error.getAttribute('role')).toBe('alert')
    expect(error.textContent).toContain('directivePoints[0].order')
    const element = await render({ lang: 'en', 'as-of': 'soon' })
    expect(text(root(element).querySelector('.problem'))).toBe(
      'as-of: "soon" is not a valid date; expected YYYY-MM-DD. The programme is shown as it stands today.',
    )
  })
})
