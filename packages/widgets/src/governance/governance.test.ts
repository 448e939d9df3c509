import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it } from 'vitest'
import { axeViolations } from '../test-support/axe.js'
import { cleanup, mount, settled } from '../test-support/mount.js'
import { nextFrames, tabOrder, tabbable } from '../test-support/keyboard.js'
import { XSS, sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import './define.js'
import type { BodySelectDetail, VsGovernance } from './governance.js'

afterEach(cleanup)

declare global {
  interface Window {
    __xss?: number
  }
}

const WIDE = '900px'
const NARROW = '320px'

async function renderData(
  data: ProgrammeDocumentInput | undefined = sampleProgramme(),
  { lang = 'sv', width = WIDE, markup = '<vs-governance></vs-governance>' } = {},
): Promise<VsGovernance> {
  const container = mount(markup, { lang })
  container.style.inlineSize = width
  const element = container.querySelector('vs-governance')!
  if (data) element.data = data
  await settled(element)
  await nextFrames()
  await element.updateComplete
  return element
}

function root(element: VsGovernance): ShadowRoot {
  return element.shadowRoot!
}

function clean(node: Node): string {
  return node.textContent!.replace(/\s+/g, ' ').trim()
}

function entry(element: VsGovernance, name: string): HTMLElement {
  const found = [...root(element).querySelectorAll<HTMLElement>('.entry')].find(
    (candidate) => clean(candidate.querySelector('.body-name')!) === name,
  )
  if (!found) throw new Error(`no entry for ${name}`)
  return found
}

function field(scope: HTMLElement, label: string): string {
  const found = [...scope.querySelectorAll('dd')].find(
    (dd) => dd.querySelector('.label')?.textContent === label,
  )
  if (!found) throw new Error(`no ${label}`)
  return clean(found).slice(label.length).trim()
}

function listed(scope: HTMLElement, label: string): string[] {
  const found = [...scope.querySelectorAll('dd')].find(
    (dd) => dd.querySelector('.label')?.textContent === label,
  )!
  return [...found.querySelectorAll(':scope > ul > li')].map(clean)
}

describe('<vs-governance> with the built-in dataset', () => {
  it('renders at least one body and is axe-clean in both languages, wide and narrow', async () => {
    for (const lang of ['sv', 'en']) {
      for (const width of [WIDE, NARROW]) {
        const element = await renderData(undefined, { lang, width })
        expect(root(element).querySelectorAll('.entry').length).toBeGreaterThan(0)
        expect(await axeViolations(element), `${lang} ${width}`).toEqual([])
        cleanup()
      }
    }
  })
})

describe('<vs-governance> text form', () => {
  it('is a description list: each body a term with its facts as descriptions', async () => {
    const element = await renderData()
    const list = root(element).querySelector('dl.bodies')!
    const groups = [...list.children]
    expect(groups.map((group) => group.localName)).toEqual(['div', 'div', 'div', 'div'])
    for (const group of groups) {
      expect(group.firstElementChild!.localName).toBe('dt')
      expect([...group.children].slice(1).every((child) => child.localName === 'dd')).toBe(true)
    }
    expect(groups.map((group) => clean(group.querySelector('dt .body-name')!))).toEqual([
      'Styrgrupp',
      'Prefektråd',
      'Programsekretariat',
      'Kåren',
    ])
  })

  it('gives each body a heading at the requested level, kept within 2–6', async () => {
    const element = await renderData(sampleProgramme(), {
      markup: '<vs-governance heading-level="5"></vs-governance>',
    })
    const headings = [...root(element).querySelectorAll('[role="heading"]')]
    expect(headings).toHaveLength(4)
    expect(headings.every((heading) => heading.getAttribute('aria-level') === '5')).toBe(true)
    element.headingLevel = 8
    await element.updateComplete
    expect(root(element).querySelector('[role="heading"]')!.getAttribute('aria-level')).toBe('3')
  })

  it('says who chairs each body and who sits in it, with counts in words', async () => {
    const element = await renderData()
    const steering = entry(element, 'Styrgrupp')
    expect(field(steering, 'Ordförande:')).toBe('universitetsdirektören, Kerstin Jacobsson')
    expect(listed(steering, 'Ledamöter:')).toEqual([
      'Skolchefer: 5 (en per skola, antal uppskattat)',
      'Vicerektor, Bo Berg: 1',
      'Representant för kåren: 1',
    ])
    expect(field(steering, 'Syfte:')).toBe('Styr programmet.')
    expect(field(steering, 'Bildad:')).toBe('mars 2022')
    expect(listed(steering, 'Uppgifter:')).toEqual(['Leda programmet'])
    const council = entry(element, 'Prefektråd')
    expect(field(council, 'Ordförande:')).toBe('Ej angivet i källorna')
    expect(listed(council, 'Ledamöter:')).toEqual(['Prefekter: två per skola'])
    expect(field(entry(element, 'Programsekretariat'), 'Ledamöter:')).toBe(
      'Källorna anger inte vilka ledamöterna är.',
    )
    expect(field(entry(element, 'Kåren'), 'Ledamöter:')).toBe('Ej angivet i källorna')
  })

  it('says the same in English', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'en' })
    const steering = entry(element, 'Steering group')
    expect(field(steering, 'Chair:')).toBe('University Director, Kerstin Jacobsson')
    expect(listed(steering, 'Members:')[0]).toBe('Heads of school: 5 (one per school, number estimated)')
    expect(field(steering, 'Formed:')).toBe('March 2022')
    expect(field(entry(element, 'Programme secretariat'), 'Members:')).toBe(
      'The sources do not name the members.',
    )
    // A count given only in Swedish is marked as Swedish.
    const council = entry(element, 'Council of heads of department')
    expect(council.querySelector('[lang="sv"]')!.textContent).toBe('två per skola')
  })

  it('describes how the bodies relate, in words, in both languages', async () => {
    const sv = await renderData()
    expect(listed(entry(sv, 'Styrgrupp'), 'Kopplingar:')).toEqual([
      'Styrgrupp ger råd till Universitetsdirektören (från mars 2022). Styrgruppen ger råd.',
      'Prefektråd bereder ärenden för Styrgrupp.',
      'Kåren ingår i Styrgrupp.',
    ])
    expect(listed(entry(sv, 'Kåren'), 'Kopplingar:')).toEqual([
      'Kåren ingår i Styrgrupp.',
      'Universitetsdirektören samråder med Kåren.',
    ])
    expect(() => field(entry(sv, 'Programsekretariat'), 'Kopplingar:')).toThrow()
    const en = await renderData(sampleProgramme(), { lang: 'en' })
    expect(listed(entry(en, 'Steering group'), 'Relations:')).toEqual([
      'Steering group advises University Director (from March 2022). The steering group gives advice.',
      'Council of heads of department prepares matters for Steering group.',
      'The union is a member of Steering group.',
    ])
  })

  it('lists the sources of a body behind a disclosure in its entry', async () => {
    const element = await renderData()
    const council = entry(element, 'Prefektråd')
    const button = council.querySelector<HTMLButtonElement>('.sources .disclosure')!
    expect(clean(button)).toBe('Källor (1): Prefektråd')
    button.click()
    await element.updateComplete
    const panel = root(element).getElementById(button.getAttribute('aria-controls')!)!
    expect(panel.hidden).toBe(false)
    expect([...panel.querySelectorAll('a')].map((link) => link.getAttribute('href'))).toEqual([
      'https://intra.kth.se/a',
    ])
  })

  it('shows a note about a body in its entry', async () => {
    const element = await renderData()
    const council = entry(element, 'Prefektråd')
    const button = council.querySelector<HTMLButtonElement>('.note .disclosure')!
    expect(clean(button)).toBe('Okänt i källorna: Prefektråd')
    button.focus()
    await userEvent.keyboard(' ')
    await element.updateComplete
    expect(button.getAttribute('aria-expanded')).toBe('true')
    expect(clean(root(element).getElementById(button.getAttribute('aria-controls')!)!)).toBe(
      'Vilka som sitter i rådet är oklart.',
    )
  })
})

describe('<vs-governance> diagram', () => {
  it('draws a box per body and related unit and a line per relation, hidden from assistive technology', async () => {
    const element = await renderData()
    const diagram = root(element).querySelector('[part="diagram"]')!
    expect(diagram.getAttribute('aria-hidden')).toBe('true')
    expect(getComputedStyle(diagram).display).toBe('block')
    expect(root(element).querySelectorAll('.box')).toHaveLength(5)
    expect(root(element).querySelectorAll('button.box')).toHaveLength(4)
    expect(root(element).querySelectorAll('div.box.unit')).toHaveLength(1)
    const lines = [...root(element).querySelectorAll('svg.lines line')]
    expect(lines).toHaveLength(4)
    for (const line of lines) {
      for (const attribute of ['x1', 'y1', 'x2', 'y2'])
        expect(Number.isFinite(Number(line.getAttribute(attribute)))).toBe(true)
    }
    // The box buttons are for the mouse; keyboard users have the list.
    for (const box of root(element).querySelectorAll<HTMLButtonElement>('button.box'))
      expect(box.tabIndex).toBe(-1)
    expect(await axeViolations(element)).toEqual([])
  })

  it('shows only the text form in a narrow container', async () => {
    const element = await renderData(sampleProgramme(), { width: NARROW })
    expect(getComputedStyle(root(element).querySelector('[part="diagram"]')!).display).toBe('none')
    expect(getComputedStyle(root(element).querySelector('dl.bodies')!).display).not.toBe('none')
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth)
  })

  it('draws the lines once the container grows wide enough for the diagram', async () => {
    const element = await renderData(sampleProgramme(), { width: NARROW })
    expect(root(element).querySelectorAll('svg.lines line')).toHaveLength(0)
    element.parentElement!.style.inlineSize = WIDE
    await nextFrames(3)
    await element.updateComplete
    expect(root(element).querySelectorAll('svg.lines line')).toHaveLength(4)
  })
})

describe('<vs-governance> selection', () => {
  it('fires vs-select and highlights the members and related bodies, in text and in the diagram', async () => {
    const element = await renderData()
    const events: BodySelectDetail[] = []
    element.addEventListener('vs-select', (event) =>
      events.push((event as CustomEvent<BodySelectDetail>).detail),
    )
    const button = entry(element, 'Styrgrupp').querySelector<HTMLButtonElement>('button.select')!
    expect(clean(button)).toBe('Välj: Styrgrupp')
    expect(button.getAttribute('aria-pressed')).toBe('false')
    button.click()
    await element.updateComplete
    expect(events).toEqual([{ id: 'steering', kind: 'body' }])
    expect(element.getAttribute('selected')).toBe('steering')
    expect(button.getAttribute('aria-pressed')).toBe('true')
    const marker = (name: string) => entry(element, name).querySelector('.marker')?.textContent?.trim()
    expect(marker('Styrgrupp')).toBe('Vald')
    expect(marker('Kåren')).toBe('Ingår i det valda organet')
    expect(marker('Prefektråd')).toBe('Kopplad till det valda organet')
    expect(marker('Programsekretariat')).toBeUndefined()
    const boxes = [...root(element).querySelectorAll('.box')].map((box) => [clean(box), box.classList.value])
    expect(boxes).toEqual([
      ['Styrgrupp Vald', 'box body selected'],
      ['Prefektråd Kopplad', 'box body related'],
      ['Programsekretariat', 'box body '],
      ['Kåren Ingår', 'box body member'],
      ['Universitetsdirektören Ingår', 'box unit member'],
    ])
    expect(root(element).querySelectorAll('svg.lines line.active')).toHaveLength(3)
    expect(await axeViolations(element)).toEqual([])
  })

  it('selects a body by clicking its box in the diagram, and clears it on a second click', async () => {
    const element = await renderData(sampleProgramme(), { lang: 'en' })
    const events: BodySelectDetail[] = []
    element.addEventListener('vs-select', (event) =>
      events.push((event as CustomEvent<BodySelectDetail>).detail),
    )
    const box = root(element).querySelectorAll<HTMLButtonElement>('button.box')[3]!
    await userEvent.click(box)
    await element.updateComplete
    expect(events).toEqual([{ id: 'union', kind: 'body' }])
    expect(entry(element, 'The union').querySelector('button.select')!.getAttribute('aria-pressed')).toBe(
      'true',
    )
    expect(entry(element, 'Steering group').querySelector('.marker')!.textContent!.trim()).toBe(
      'Related to the selected body',
    )
    await userEvent.click(box)
    await element.updateComplete
    expect(element.selected).toBeUndefined()
    expect(root(element).querySelectorAll('.entry .marker')).toHaveLength(0)
    expect(events).toHaveLength(1)
  })

  it('follows a selection set by the page, and ignores an id that is not a body', async () => {
    const element = await renderData(sampleProgramme(), {
      markup: '<vs-governance selected="council"></vs-governance>',
    })
    expect(entry(element, 'Prefektråd').classList).toContain('selected')
    element.selected = 'ud'
    await element.updateComplete
    expect(root(element).querySelectorAll('.entry.selected, .box.selected')).toHaveLength(0)
  })

  it('works from the keyboard: Tab reaches every control, Enter and Space select', async () => {
    const element = await renderData()
    const controls = tabbable(root(element))
    // Four select buttons, four lists of sources and the council's note; none of the diagram's boxes.
    expect(controls).toHaveLength(9)
    expect(controls.some((control) => control.classList.contains('box'))).toBe(false)
    expect(await tabOrder(element, controls.length)).toEqual(controls)
    const events: BodySelectDetail[] = []
    element.addEventListener('vs-select', (event) =>
      events.push((event as CustomEvent<BodySelectDetail>).detail),
    )
    const selects = controls.filter((control) => control.classList.contains('select'))
    selects[0]!.focus()
    await userEvent.keyboard('{Enter}')
    await element.updateComplete
    selects[selects.length - 1]!.focus()
    await userEvent.keyboard(' ')
    await element.updateComplete
    expect(events).toEqual([
      { id: 'steering', kind: 'body' },
      { id: 'union', kind: 'body' },
    ])
  })

  it('is axe-clean with a body selected and notes open, in both languages, wide and narrow', async () => {
    for (const lang of ['sv', 'en']) {
      for (const width of [WIDE, NARROW]) {
        const element = await renderData(sampleProgramme(), {
          lang,
          width,
          markup: '<vs-governance selected="steering"></vs-governance>',
        })
        for (const button of root(element).querySelectorAll<HTMLButtonElement>('.disclosure')) button.click()
        await element.updateComplete
        expect(await axeViolations(element), `${lang} ${width}`).toEqual([])
        cleanup()
      }
    }
  })
})

describe('<vs-governance> with bad or hostile data', () => {
  it('renders markup in the data as inert text', async () => {
    const data = sampleProgramme()
    const steering = data.bodies![0]!
    steering.name = { sv: XSS }
    steering.purpose = { sv: XSS }
    steering.chair = { role: { sv: XSS }, person: XSS }
    steering.members[0]!.role = { sv: XSS }
    steering.members[0]!.countText = { sv: XSS }
    steering.tasks = [{ sv: XSS }]
    data.relations![0]!.description = { sv: XSS }
    data.units![1]!.name = { sv: XSS }
    data.notes![3]!.text = { sv: XSS }
    const element = await renderData(data, { markup: '<vs-governance selected="steering"></vs-governance>' })
    for (const button of root(element).querySelectorAll<HTMLButtonElement>('.disclosure')) button.click()
    await element.updateComplete
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(window.__xss).toBeUndefined()
    expect(root(element).querySelector('img')).toBeNull()
    expect(root(element).querySelector('svg image, svg foreignObject')).toBeNull()
    expect(root(element).textContent).toContain(XSS)
  })

  it('shows the error panel naming the path of bad data', async () => {
    const data = sampleProgramme()
    data.bodies![0]!.members[0]!.count = 0
    const element = await renderData(data)
    expect(root(element).querySelector('[part="error"]')!.textContent).toContain('bodies[0].members[0].count')
    expect(root(element).querySelector('.bodies, .diagram')).toBeNull()
  })

  it('says so when there are no bodies', async () => {
    const data = sampleProgramme()
    data.bodies = []
    data.relations = []
    data.notes = []
    data.timeline = []
    const element = await renderData(data, { lang: 'en' })
    expect(clean(root(element).querySelector('.empty')!)).toBe('The data holds no bodies.')
  })
})
