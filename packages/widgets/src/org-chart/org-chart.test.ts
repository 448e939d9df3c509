import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { axeViolations } from '../test-support/axe.js'
import { contrast, inForcedColours, textContrast } from '../test-support/colours.js'
import { nextFrames } from '../test-support/keyboard.js'
import { cleanup, mount, settled } from '../test-support/mount.js'
import './define.js'
import '../timeline/define.js'
import type { VsOrgChart } from './org-chart.js'

afterEach(cleanup)

async function chart(attributes: string, pageLang = 'sv', width = '60rem'): Promise<VsOrgChart> {
  const container = mount(`<vs-org-chart ${attributes}></vs-org-chart>`, { lang: pageLang })
  container.style.inlineSize = width
  const element = container.querySelector('vs-org-chart')!
  await settled(element)
  return element
}

const items = (element: VsOrgChart) => [
  ...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]'),
]
const ids = (element: VsOrgChart) => items(element).map((item) => item.dataset.id)
const item = (element: VsOrgChart, id: string) =>
  element.shadowRoot!.querySelector<HTMLElement>(`[data-id="${id}"]`)!
const focusedId = (element: VsOrgChart) =>
  (element.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id

async function press(element: VsOrgChart, key: string) {
  await userEvent.keyboard(key)
  await element.updateComplete
  await element.updateComplete
}

/** A small organisation to drive the keyboard with. */
const small = {
  schemaVersion: 1,
  programme: { id: 'p', name: { sv: 'P' }, start: '2022', end: '2026', sources: ['s'] },
  sources: [{ id: 's', url: 'https://kth.se/' }],
  units: [
    { id: 'kth', kind: 'university', name: { sv: 'KTH' }, sources: ['s'] },
    {
      id: 'ud',
      kind: 'university-director',
      parent: 'kth',
      name: { sv: 'Universitetsdirektör' },
      sources: ['s'],
    },
    { id: 'vs', kind: 'support-organisation', parent: 'ud', name: { sv: 'Verksamhetsstöd' }, sources: ['s'] },
    { id: 'it', kind: 'department', parent: 'vs', name: { sv: 'IT-avdelningen' }, sources: ['s'] },
    { id: 'hr', kind: 'department', parent: 'vs', name: { sv: 'HR-avdelningen' }, sources: ['s'] },
    { id: 'abe', kind: 'school', parent: 'kth', name: { sv: 'ABE' }, sources: ['s'] },
    { id: 'abe-x', kind: 'unit', parent: 'abe', name: { sv: 'Ämnesgrupp' }, sources: ['s'] },
  ],
} satisfies ProgrammeDocumentInput

async function smallChart(attributes = 'expand-depth="1"'): Promise<VsOrgChart> {
  const element = await chart(attributes)
  element.data = structuredClone(small)
  await settled(element)
  return element
}

describe('<vs-org-chart> on the VS programme', () => {
  it('shows the organisation before and after the merger of 1 January 2023', async () => {
    const before = await chart('as-of="2022-12-31" expand-depth="4"')
    expect(ids(before)).toContain('gvs')
    expect(ids(before)).toContain('abe-support')
    expect(ids(before)).not.toContain('vs')
    expect(before.shadowRoot!.querySelector('.caption')?.textContent).toBe(
      'Organisationen den 31 december 2022',
    )

    const after = await chart('as-of="2023-01-01" expand-depth="4"')
    expect(ids(after)).toContain('vs')
    expect(ids(after)).toContain('vs-abe')
    expect(ids(after)).not.toContain('gvs')
    expect(item(after, 'it-avdelningen').getAttribute('aria-level')).toBe(
      item(after, 'vs-abe').getAttribute('aria-level'),
    )
  })

  it('marks what the merger changed, with a legend in words and the removed units listed', async () => {
    const element = await chart('compare-from="2022-12-31" compare-to="2023-01-01" expand-depth="4"', 'en')
    const root = element.shadowRoot!
    expect(item(element, 'vs').querySelector('.badge')?.textContent).toBe('new')
    expect(item(element, 'it-avdelningen').querySelector('.badge')?.textContent).toMatch(
      /^moved \(formerly under /,
    )
    expect(root.querySelector('.legend')?.textContent).toContain('did not exist on 31 December 2022')
    const removed = [...root.querySelectorAll('.removed li')].map((li) => li.textContent)
    expect(removed.some((text) => text?.includes('University Administration'))).toBe(true)
    expect(root.querySelector('.caption')?.textContent).toBe(
      'Changes from 31 December 2022 to 1 January 2023',
    )
  })

  it('is axe-clean in both languages and both layouts', async () => {
    for (const lang of ['sv', 'en']) {
      for (const layout of ['chart', 'list']) {
        const element = await chart(
          `layout="${layout}" compare-from="2022-12-31" compare-to="2023-01-01" search`,
          lang,
        )
        element.shadowRoot!.querySelector<HTMLElement>('[role="treeitem"]')!.click()
        await element.updateComplete
        expect(await axeViolations(element), `${lang} ${layout}`).toEqual([])
      }
    }
  })

  it('shows the indented list in a narrow container and the chart in a wide one', async () => {
    const wide = await chart('', 'sv', '60rem')
    expect(getComputedStyle(wide.shadowRoot!.querySelector('.tree')!).display).toBe('flex')
    const narrow = await chart('', 'sv', '20rem')
    expect(getComputedStyle(narrow.shadowRoot!.querySelector('.tree')!).display).toBe('block')
    expect(narrow.scrollWidth).toBeLessThanOrEqual(narrow.clientWidth + 1)
  })
})

describe('keyboard, as the WAI-ARIA tree view pattern has it', () => {
  it('names every item by ids that exist in its shadow root', async () => {
    const element = await chart('compare-from="2022-12-31" compare-to="2023-01-01" expand-depth="4"')
    for (const treeitem of items(element)) {
      const ids = treeitem.getAttribute('aria-labelledby')!.split(' ')
      const names = ids.map((id) => element.shadowRoot!.getElementById(id)?.textContent?.trim())
      expect(names.every(Boolean), treeitem.dataset.id).toBe(true)
    }
    const it = item(element, 'it-avdelningen').getAttribute('aria-labelledby')!.split(' ')
    expect(it).toEqual(['name-it-avdelningen', 'desc-it-avdelningen'])
  })

  it('has one tab stop with ARIA levels, positions and expansion', async () => {
    const element = await smallChart()
    expect(items(element).map((i) => i.tabIndex)).toEqual([0, -1, -1])
    expect(item(element, 'kth').getAttribute('aria-expanded')).toBe('true')
    expect(item(element, 'ud').getAttribute('aria-expanded')).toBe('false')
    expect(item(element, 'abe').getAttribute('aria-posinset')).toBe('2')
    expect(item(element, 'abe').getAttribute('aria-setsize')).toBe('2')
    expect(item(element, 'ud').getAttribute('aria-level')).toBe('2')
    expect(element.shadowRoot!.querySelector('[role="tree"]')!.getAttribute('aria-labelledby')).toBe(
      'tree-caption',
    )
  })

  it('moves with Down, Up, Home and End', async () => {
    const element = await smallChart()
    item(element, 'kth').focus()
    await press(element, '{ArrowDown}')
    expect(focusedId(element)).toBe('ud')
    await press(element, '{ArrowDown}')
    expect(focusedId(element)).toBe('abe')
    await press(element, '{ArrowDown}')
    expect(focusedId(element)).toBe('abe')
    await press(element, '{ArrowUp}')
    expect(focusedId(element)).toBe('ud')
    await press(element, '{End}')
    expect(focusedId(element)).toBe('abe')
    await press(element, '{Home}')
    expect(focusedId(element)).toBe('kth')
    expect(
      items(element)
        .filter((i) => i.tabIndex === 0)
        .map((i) => i.dataset.id),
    ).toEqual(['kth'])
  })

  it('opens with Right, then enters; closes with Left, then goes to the parent', async () => {
    const element = await smallChart()
    item(element, 'ud').focus()
    await press(element, '{ArrowRight}')
    expect(item(element, 'ud').getAttribute('aria-expanded')).toBe('true')
    expect(focusedId(element)).toBe('ud')
    await press(element, '{ArrowRight}')
    expect(focusedId(element)).toBe('vs')
    await press(element, '{ArrowLeft}')
    expect(focusedId(element)).toBe('ud')
    await press(element, '{ArrowLeft}')
    expect(item(element, 'ud').getAttribute('aria-expanded')).toBe('false')
    await press(element, '{ArrowLeft}')
    expect(focusedId(element)).toBe('kth')
  })

  it('expands every sibling with *', async () => {
    const element = await smallChart()
    item(element, 'ud').focus()
    await press(element, '*')
    expect(item(element, 'ud').getAttribute('aria-expanded')).toBe('true')
    expect(item(element, 'abe').getAttribute('aria-expanded')).toBe('true')
    expect(ids(element)).toEqual(['kth', 'ud', 'vs', 'abe', 'abe-x'])
  })

  it('moves by type-ahead, ignoring case and diacritics', async () => {
    const element = await smallChart('expand-depth="3"')
    item(element, 'kth').focus()
    await press(element, 'h')
    expect(focusedId(element)).toBe('hr')
    await new Promise((resolve) => setTimeout(resolve, 700))
    await press(element, 'a')
    await press(element, 'm')
    expect(focusedId(element)).toBe('abe-x')
  })

  it('marks only the selected unit with aria-selected, as a single-select tree has it', async () => {
    const element = await smallChart()
    expect(items(element).filter((i) => i.hasAttribute('aria-selected'))).toEqual([])
    item(element, 'abe').focus()
    await press(element, '{Enter}')
    expect(
      items(element)
        .filter((i) => i.hasAttribute('aria-selected'))
        .map((i) => [i.dataset.id, i.getAttribute('aria-selected')]),
    ).toEqual([['abe', 'true']])
  })

  it('selects with Enter or Space, fires vs-select and shows the details', async () => {
    const element = await smallChart()
    const selected = vi.fn()
    element.addEventListener('vs-select', (event) => selected((event as CustomEvent).detail))
    item(element, 'ud').focus()
    await press(element, '{Enter}')
    expect(selected).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'ud', kind: 'unit' }))
    expect(item(element, 'ud').getAttribute('aria-selected')).toBe('true')
    expect(element.shadowRoot!.querySelector('.details-title')?.textContent?.trim()).toBe(
      'Universitetsdirektör',
    )
    await press(element, '{ArrowDown}')
    await press(element, ' ')
    expect(selected).toHaveBeenLastCalledWith(expect.objectContaining({ id: 'abe' }))
  })
})

describe('the focused unit stays in view', () => {
  it('when selecting it makes a synced timeline above it shrink', async () => {
    const container = mount(
      '<vs-timeline sync="view" view="list"></vs-timeline><vs-org-chart sync="view" layout="list" expand-depth="4"></vs-org-chart>',
      { lang: 'sv' },
    )
    const timeline = container.querySelector('vs-timeline')!
    const element = container.querySelector('vs-org-chart')!
    await settled(timeline)
    await settled(element)
    const unit = item(element, 'it-avdelningen')
    unit.focus()
    // The end of the timeline in view above it, where the page's scroll anchoring does not help.
    unit.scrollIntoView({ block: 'end' })
    const before = timeline.getBoundingClientRect().height
    await press(element, '{Enter}')
    await timeline.updateComplete
    await nextFrames()
    expect(timeline.getBoundingClientRect().height).toBeLessThan(before - 200)
    const box = unit.getBoundingClientRect()
    expect(element.shadowRoot!.activeElement).toBe(unit)
    expect(box.top).toBeGreaterThanOrEqual(0)
    expect(box.bottom).toBeLessThanOrEqual(innerHeight)
  })
})

describe('the selected unit', () => {
  it.each(['chart', 'list'])('stands out by more than its weight in the %s layout', async (layout) => {
    const element = await smallChart(`expand-depth="1" layout="${layout}"`)
    item(element, 'ud').focus()
    await press(element, '{Enter}')
    const on = getComputedStyle(item(element, 'ud'))
    const off = getComputedStyle(item(element, 'abe'))
    // A thicker edge: a change of shape, seen without telling colours apart.
    expect(parseFloat(on.borderInlineStartWidth)).toBeGreaterThanOrEqual(
      parseFloat(off.borderInlineStartWidth) + 4,
    )
    expect(on.borderInlineStartStyle).toBe('solid')
  })

  it.each(['chart', 'list'])('is readable and filled in forced colours in the %s layout', async (layout) => {
    const element = await smallChart(`expand-depth="1" layout="${layout}"`)
    item(element, 'ud').focus()
    await press(element, '{Enter}')
    await inForcedColours(async () => {
      await element.updateComplete
      const selected = item(element, 'ud')
      expect(textContrast(selected)).toBeGreaterThanOrEqual(4.5)
      expect(getComputedStyle(selected).backgroundColor).not.toBe(
        getComputedStyle(item(element, 'abe')).backgroundColor,
      )
    })
  })
})

describe('focus stays where the reader put it', () => {
  it.each(['{Home}', '{ArrowUp}', '{End}{End}'])(
    'keeps focus on the Sources button after %s moved nowhere in the tree',
    async (keys) => {
      const element = await smallChart()
      item(element, 'kth').focus()
      await press(element, '{Enter}')
      await press(element, keys)
      const sources = element.shadowRoot!.querySelector<HTMLButtonElement>('.sources-toggle')!
      sources.focus()
      await press(element, '{Enter}')
      expect(sources.getAttribute('aria-expanded')).toBe('true')
      expect(element.shadowRoot!.activeElement).toBe(sources)
    },
  )

  it('keeps focus in a synced timeline when Enter there changes the tree', async () => {
    const container = mount(
      '<vs-timeline sync="focus" view="list"></vs-timeline><vs-org-chart sync="focus" layout="list"></vs-org-chart>',
      { lang: 'sv' },
    )
    const timeline = container.querySelector('vs-timeline')!
    const element = container.querySelector('vs-org-chart')!
    await settled(timeline)
    await settled(element)
    items(element)[0]!.focus()
    await press(element, '{Home}')
    await press(element, '{ArrowUp}')
    const entry = timeline.shadowRoot!.querySelector<HTMLElement>('[data-select][tabindex="0"]')!
    entry.focus()
    await userEvent.keyboard('{Enter}')
    await timeline.updateComplete
    await element.updateComplete
    await element.updateComplete
    expect(element.asOf).toBeDefined()
    expect(document.activeElement).toBe(timeline)
    expect(timeline.shadowRoot!.activeElement).toBe(entry)
  })
})

describe('the details of a unit', () => {
  it('show the notes about it behind a disclosure and what the data says about each relation', async () => {
    const element = await chart('expand-depth="3"', 'en')
    element.data = {
      ...structuredClone(small),
      relations: [
        {
          from: 'it',
          to: 'kth',
          kind: 'serves',
          description: { sv: 'Stöder hela KTH.', en: 'Supports all of KTH.' },
          sources: ['s'],
        },
      ],
      notes: [
        {
          id: 'n-it',
          kind: 'unknown',
          about: ['it'],
          text: { sv: 'Namnet är osäkert.', en: 'The name is uncertain.' },
          sources: ['s'],
        },
      ],
    }
    await settled(element)
    item(element, 'it').click()
    await element.updateComplete
    const details = element.shadowRoot!.querySelector<HTMLElement>('[part="details"]')!
    expect(details.querySelector('.relation-description')?.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      ': Supports all of KTH.',
    )
    const note = details.querySelector<HTMLButtonElement>('.note button.disclosure')!
    expect(note.textContent).toContain('Unknown in the sources')
    const panel = element.shadowRoot!.getElementById(note.getAttribute('aria-controls')!)!
    expect(panel.hidden).toBe(true)
    note.focus()
    await press(element, '{Enter}')
    expect(panel.hidden).toBe(false)
    expect(panel.textContent?.trim()).toBe('The name is uncertain.')
    expect(await axeViolations(element)).toEqual([])
  })
})
describe('options', () => {
  it('shows one branch with root', async () => {
    const element = await smallChart('root="vs" expand-depth="2"')
    expect(ids(element)).toEqual(['vs', 'it', 'hr'])
    expect(item(element, 'vs').getAttribute('aria-level')).toBe('1')
  })

  it('filters and reveals matches with the search field', async () => {
    const element = await smallChart('search expand-depth="0"')
    const input = element.shadowRoot!.querySelector('input')!
    input.value = 'AVDELNINGEN'
    input.dispatchEvent(new InputEvent('input'))
    await element.updateComplete
    expect(ids(element)).toEqual(['kth', 'ud', 'vs', 'it', 'hr'])
    expect(element.shadowRoot!.querySelector('.hits')?.textContent).toBe('2 träffar')
    input.value = 'amnes'
    input.dispatchEvent(new InputEvent('input'))
    await element.updateComplete
    expect(ids(element)).toEqual(['kth', 'abe', 'abe-x'])
  })

  it('closes an open unit with Left while a search is shown, and opens it again with Right', async () => {
    const element = await smallChart('search expand-depth="0"')
    const input = element.shadowRoot!.querySelector('input')!
    input.value = 'avdelningen'
    input.dispatchEvent(new InputEvent('input'))
    await element.updateComplete
    item(element, 'vs').focus()
    await press(element, '{ArrowLeft}')
    expect(item(element, 'vs').getAttribute('aria-expanded')).toBe('false')
    expect(ids(element)).toEqual(['kth', 'ud', 'vs'])
    expect(focusedId(element)).toBe('vs')
    await press(element, '{ArrowRight}')
    expect(ids(element)).toEqual(['kth', 'ud', 'vs', 'it', 'hr'])
    // A new search reveals its matches again.
    await press(element, '{ArrowLeft}')
    input.value = 'avdelning'
    input.dispatchEvent(new InputEvent('input'))
    await element.updateComplete
    expect(ids(element)).toEqual(['kth', 'ud', 'vs', 'it', 'hr'])
  })

  it('follows a date selected in its sync group', async () => {
    const element = await chart('sync="vs" as-of="2022-12-31" expand-depth="4"')
    document.dispatchEvent(
      new CustomEvent('vs-sync', {
        detail: { group: 'vs', source: document.body, message: { kind: 'date', day: '2023-06-01', id: 'x' } },
      }),
    )
    await element.updateComplete
    expect(element.asOf).toBe('2023-06-01')
    expect(ids(element)).toContain('vs')
  })

  it('says a date from its sync group and the details after Enter in a status region', async () => {
    const element = await smallChart('sync="say" expand-depth="1"')
    const status = () => element.shadowRoot!.querySelector('.announcement[role="status"]')
    // There from the start, so a screen reader hears what is written into it later.
    expect(status()?.textContent?.trim()).toBe('')
    document.dispatchEvent(
      new CustomEvent('vs-sync', {
        detail: {
          group: 'say',
          source: document.body,
          message: { kind: 'date', day: '2023-06-01', id: 'x' },
        },
      }),
    )
    await element.updateComplete
    expect(status()?.textContent?.trim()).toBe('Organisationen den 1 juni 2023')
    item(element, 'ud').focus()
    await press(element, '{Enter}')
    expect(status()?.textContent?.trim()).toBe('Universitetsdirektör: detaljerna visas under trädet.')
  })

  it('explains an as-of that is not a date', async () => {
    const element = await chart('as-of="2022-13-01"')
    expect(element.shadowRoot!.querySelector('.notice')?.textContent).toContain(
      'as-of: "2022-13-01" är inget giltigt datum',
    )
  })
})

describe('targets and focus rings', () => {
  it.each(['chart', 'list'])(
    'gives the expand toggle a target of 24 by 24 px in the %s layout',
    async (layout) => {
      const element = await smallChart(`expand-depth="1" layout="${layout}"`)
      const toggle = item(element, 'ud').querySelector('.toggle')!.getBoundingClientRect()
      expect(toggle.width).toBeGreaterThanOrEqual(24)
      expect(toggle.height).toBeGreaterThanOrEqual(24)
    },
  )

  it('opens a unit from its toggle', async () => {
    const element = await smallChart()
    item(element, 'ud').querySelector<HTMLElement>('.toggle')!.click()
    await element.updateComplete
    expect(item(element, 'ud').getAttribute('aria-expanded')).toBe('true')
  })

  it('keeps the whole focus ring of the top unit inside the chart scroller', async () => {
    const element = await smallChart('expand-depth="1" layout="chart"')
    const scroller = element.shadowRoot!.querySelector('.scroller')!
    const top = item(element, 'kth')
    top.focus()
    await press(element, '{Home}')
    const style = getComputedStyle(top)
    const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
    const box = top.getBoundingClientRect()
    const clip = scroller.getBoundingClientRect()
    expect(ring).toBeGreaterThan(0)
    expect(box.top - ring).toBeGreaterThanOrEqual(clip.top)
    // The leftmost and rightmost boxes of the chart too.
    for (const id of ['kth', 'ud', 'abe']) {
      const edge = item(element, id).getBoundingClientRect()
      expect(edge.left - ring, id).toBeGreaterThanOrEqual(clip.left)
    }
  })
})

describe('the legend at 320 px', () => {
  it.each(['sv', 'en'])('keeps every badge on one line (%s)', async (lang) => {
    const element = await chart(
      'layout="list" compare-from="2022-12-31" compare-to="2023-01-01" expand-depth="2"',
      lang,
      '320px',
    )
    const badges = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.legend .badge')]
    expect(badges.length).toBeGreaterThan(0)
    for (const badge of badges) {
      const lineHeight = parseFloat(getComputedStyle(badge).fontSize) * 1.6
      expect(badge.getBoundingClientRect().height, badge.textContent ?? '').toBeLessThan(lineHeight)
    }
  })
})

describe('the search field', () => {
  // KTH Style's default theme, as a KTH page sets it on :root.
  const KTH_PAGE =
    '--color-text: #000000; --color-text-muted: #646464; --color-background: #ffffff; --color-border: #a5a5a5; --color-secondary: #000000; background: #ffffff'

  it.each([
    ['the kit', ''],
    ['a KTH page', KTH_PAGE],
  ])('has a border of 3:1 against the background on %s', async (_page, style) => {
    const container = mount('<vs-org-chart search></vs-org-chart>', { lang: 'sv', style })
    const element = container.querySelector('vs-org-chart')!
    await settled(element)
    const input = element.shadowRoot!.querySelector('input')!
    const border = getComputedStyle(input).borderTopColor
    expect(contrast(border, getComputedStyle(input).backgroundColor)).toBeGreaterThanOrEqual(3)
    const page = getComputedStyle(container).backgroundColor
    if (style) expect(contrast(border, page)).toBeGreaterThanOrEqual(3)
  })
})

describe('safety and bad data', () => {
  it('keeps markup in names and links inert', async () => {
    const element = await smallChart()
    const hostile = structuredClone(small)
    hostile.units[0]!.name = { sv: '<img src=x onerror="window.__orgXss=1">KTH' }
    element.data = hostile
    await settled(element)
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(element.shadowRoot!.querySelector('img')).toBeNull()
    expect(item(element, 'kth').textContent).toContain('<img src=x')
    expect((window as { __orgXss?: number }).__orgXss).toBeUndefined()
  })

  it.each([
    // Reported at the unit whose parent closes the cycle kth → vs → ud → kth.
    ['a cycle', (doc: typeof small) => (doc.units[0]!.parent = 'vs'), 'units[2].parent'],
    ['a dangling parent', (doc: typeof small) => (doc.units[3]!.parent = 'nowhere'), 'units[3].parent'],
    ['a duplicate id', (doc: typeof small) => (doc.units[4]!.id = 'it'), 'units[4].id'],
    [
      'a bad date',
      (doc: typeof small) => ((doc.units[5] as Record<string, unknown>).validFrom = '2023-02-30'),
      'units[5].validFrom',
    ],
  ])('shows the error panel for %s', async (_name, spoil, path) => {
    const element = await chart('')
    const doc = structuredClone(small) as typeof small & { units: Array<Record<string, unknown>> }
    spoil(doc)
    element.data = doc
    await settled(element)
    const panel = element.shadowRoot!.querySelector('[role="alert"]')
    expect(panel?.textContent).toContain(path)
  })

  it('offers a retry when src fails', async () => {
    vi.spyOn(globalThis, 'fetch').mockResolvedValue(new Response('nope', { status: 404 }))
    const element = await chart('src="missing.json"')
    expect(element.shadowRoot!.querySelector('[part="retry"]')).not.toBeNull()
    vi.restoreAllMocks()
  })
})
