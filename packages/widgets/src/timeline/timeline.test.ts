import { parseICalendar } from '@kth-vs/test-fixtures/icalendar-reader'
import { XSS, sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../test-support/axe.js'
import { cleanup, mount, settled } from '../test-support/mount.js'
import './define.js'
import type { VsTimeline, VsTimelineSelectDetail } from './timeline.js'

afterEach(cleanup)

async function render(
  attributes: Record<string, string> = {},
  data: unknown = sampleProgramme(),
  container: Record<string, string> = {},
): Promise<VsTimeline> {
  const element = document.createElement('vs-timeline')
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  if (data !== null) element.data = data
  // The test page may speak English; the widgets default to the page's language.
  mount('', { lang: 'sv', ...container }).append(element)
  await settled(element)
  return element
}

async function frames(element: VsTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
  await element.updateComplete
}

const root = (element: VsTimeline) => element.shadowRoot!
const texts = (element: VsTimeline, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim())
const itemIds = (element: VsTimeline) =>
  [...root(element).querySelectorAll<HTMLElement>('[part="item"]')].map((node) => node.dataset['id'])
const item = (element: VsTimeline, id: string) => root(element).querySelector<HTMLElement>(`#vs-tl-${id}`)!
const dateOf = (element: VsTimeline, id: string) => item(element, id).querySelector('time')!

describe('<vs-timeline> list', () => {
  it('lists items in date order, grouped under a heading per year', async () => {
    const element = await render({ view: 'list', 'as-of': '2023-02-15' })
    expect(texts(element, 'h3.year')).toEqual(['2022', '2023', '2024'])
    expect(itemIds(element)).toEqual(['T1', 'T4', 'T2', 'T3', 'T5', 'T6'])
    const lists = root(element).querySelectorAll('ol.items')
    expect(lists).toHaveLength(3)
    expect([...lists[0]!.querySelectorAll('.item')].map((node) => node.id)).toEqual(['vs-tl-T1', 'vs-tl-T4'])
  })

  it('uses the requested heading level within 2–6', async () => {
    const element = await render({ view: 'list', 'heading-level': '5', 'as-of': '2023-02-15' })
    expect(root(element).querySelectorAll('h5.year')).toHaveLength(3)
    element.headingLevel = 1
    await element.updateComplete
    expect(root(element).querySelectorAll('h3.year')).toHaveLength(3)
  })

  it('formats every precision in Swedish, with the ISO form in datetime', async () => {
    const element = await render({ view: 'list', lang: 'sv' })
    const expected = {
      T1: ['14 juni 2022', '2022-06-14'],
      T2: ['januari 2023', '2023-01'],
      T3: ['kvartal 2 2023', '2023'],
      T4: ['hösten 2022', '2022'],
      T5: ['2024', '2024'],
      T6: ['juni 2024–mars 2025', '2024-06'],
    }
    for (const [id, [text, iso]] of Object.entries(expected)) {
      expect(dateOf(element, id).textContent).toBe(text)
      expect(dateOf(element, id).getAttribute('datetime')).toBe(iso)
    }
  })

  it('formats every precision in English', async () => {
    const element = await render({ view: 'list', lang: 'en' })
    const expected = {
      T1: '14 June 2022',
      T2: 'January 2023',
      T3: 'Q2 2023',
      T4: 'autumn 2022',
      T5: '2024',
      T6: 'June 2024–March 2025',
    }
    for (const [id, text] of Object.entries(expected)) expect(dateOf(element, id).textContent).toBe(text)
  })

  it('shows kind and status in words and with a status icon', async () => {
    const element = await render({ view: 'list', 'as-of': '2023-02-15' })
    const t1 = item(element, 'T1')
    expect(t1.querySelector('.kind')!.textContent!.trim()).toBe('Beslut')
    expect(t1.querySelector('.item-status')!.textContent!.trim()).toBe('Genomförd')
    expect(t1.querySelector('.marker svg')).not.toBeNull()
    expect(item(element, 'T3').querySelector('.item-status')!.textContent!.trim()).toBe('Kommande')
    expect(item(element, 'T6').querySelector('.kind')!.textContent!.trim()).toBe('Period')
    element.asOf = '2023-05-01'
    await element.updateComplete
    expect(item(element, 'T3').querySelector('.item-status')!.textContent!.trim()).toBe('Pågår')
    element.lang = 'en'
    // The language follows through a mutation observer.
    await new Promise((resolve) => setTimeout(resolve, 0))
    await element.updateComplete
    expect(item(element, 'T3').querySelector('.item-status')!.textContent!.trim()).toBe('Ongoing')
    expect(item(element, 'T4').querySelector('.kind')!.textContent!.trim()).toBe('Phase')
    expect(item(element, 'T2').querySelector('.kind')!.textContent!.trim()).toBe('Milestone')
  })

  it('says when a date is only the day of publication, and marks background events', async () => {
    const element = await render({ view: 'list', context: '', 'as-of': '2023-02-15' })
    expect(texts(element, '#vs-tl-T5 .meta')).toEqual(['2024 (publiceringsdatum) Period Kommande'])
    expect(texts(element, '#vs-tl-T0 .kind')).toEqual(['Milstolpe (bakgrund)'])
  })

  it('names what an item relates to and links its sources safely', async () => {
    const element = await render({ view: 'list', lang: 'en' })
    const relations = texts(element, '#vs-tl-T1 .relations > div')
    expect(relations).toEqual([
      'Support areas HR support',
      'Bodies Steering group',
      'Decisions The directive',
      'Units IT Department',
      'Links The decision',
      'Sources Source one https://www.kth.se/c',
    ])
    const links = [...item(element, 'T1').querySelectorAll('a')]
    expect(links.map((link) => link.getAttribute('href'))).toEqual([
      'https://www.kth.se/beslut',
      'https://intra.kth.se/a',
      'https://www.kth.se/c',
    ])
    expect(links[1]!.getAttribute('hreflang')).toBe('sv')
    // A title missing in English falls back to Swedish, marked with its language.
    expect(item(element, 'T4').querySelector('.title span[lang="sv"]')!.textContent).toBe('Förberedelser')
  })
})

describe('<vs-timeline> today', () => {
  it('before the programme: all upcoming, the start in words, today first', async () => {
    const element = await render({ view: 'list', 'as-of': '2021-05-10' })
    expect(texts(element, '[part="state"] p')).toEqual(['Programmet börjar mars 2022'])
    expect(new Set(texts(element, '.item .item-status'))).toEqual(new Set(['Kommande']))
    expect(texts(element, 'h3.year')).toEqual(['2021', '2022', '2023', '2024'])
    expect(texts(element, '[part="today"]')).toEqual(['I dag: 10 maj 2021'])
    expect(root(element).querySelector('[part="today"] time')!.getAttribute('datetime')).toBe('2021-05-10')
  })

  it('during the programme: progress in per cent and today between the items', async () => {
    const element = await render({ view: 'list', 'as-of': '2023-02-15' })
    expect(texts(element, '[part="state"] p')).toEqual([
      'Programmet pågår, 21 % av tiden har gått (slutar 30 september 2026)',
    ])
    const rows = [...root(element).querySelectorAll('ol.items')[1]!.children].map(
      (row) => (row as HTMLElement).dataset['id'] ?? row.getAttribute('part'),
    )
    expect(rows).toEqual(['T2', 'today', 'T3'])
    expect(texts(element, '[part="today"]')).toEqual(['I dag: 15 februari 2023'])
    expect(texts(element, '.item .item-status')).toEqual([
      'Genomförd',
      'Genomförd',
      'Genomförd',
      'Kommande',
      'Kommande',
      'Kommande',
    ])
  })

  it('after the programme, in English', async () => {
    const element = await render({ view: 'list', 'as-of': '2027-01-01', lang: 'en' })
    expect(texts(element, '[part="state"] p')).toEqual(['The programme ended on 30 September 2026'])
    expect(new Set(texts(element, '.item .item-status'))).toEqual(new Set(['Done']))
    expect(texts(element, '[part="today"]')).toEqual(['Today: 1 January 2027'])
    expect(texts(element, 'h3.year').at(-1)).toBe('2027')
  })

  it('still reads the older name now when as-of is absent', async () => {
    const element = await render({ view: 'list', now: '2021-05-10' })
    expect(texts(element, '[part="today"]')).toEqual(['I dag: 10 maj 2021'])
    element.setAttribute('as-of', '2023-02-15')
    await element.updateComplete
    expect(texts(element, '[part="today"]')).toEqual(['I dag: 15 februari 2023'])
  })

  it('names an attribute that holds no day, and goes on from today', async () => {
    const element = await render({ view: 'list', 'as-of': '2023-02-30', from: 'soon', lang: 'en' })
    expect(texts(element, '[part="notice"]')).toEqual([
      'as-of: "2023-02-30" is not a valid date; expected YYYY-MM-DD. The timeline is shown as it stands today.',
      'from: "soon" is not a valid date; expected YYYY-MM-DD. The timeline is shown without that limit.',
    ])
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date())
    expect(root(element).querySelector('[part="today"] time')!.getAttribute('datetime')).toBe(today)
    expect(itemIds(element)).toHaveLength(6)
  })

  it('defaults to today in Stockholm', async () => {
    const element = await render({ view: 'list', lang: 'en' })
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Stockholm' }).format(new Date())
    expect(root(element).querySelector('[part="today"] time')!.getAttribute('datetime')).toBe(today)
  })
})

describe('<vs-timeline> axis', () => {
  it('puts the overlapping lokaloptimering phases E25 and E26 in different lanes', async () => {
    const element = await render({ view: 'axis', lang: 'sv' }, null)
    const lane = (id: string) => item(element, id).parentElement!.style.getPropertyValue('--_row')
    expect(lane('E25')).not.toBe('')
    expect(lane('E25')).not.toBe(lane('E26'))
  })

  it('lays out its own document in lanes, positioned through custom properties', async () => {
    const element = await render({ view: 'axis', 'as-of': '2023-02-15' })
    const bar = (id: string) => item(element, id).parentElement!
    expect(bar('T5').style.getPropertyValue('--_row')).not.toBe(bar('T6').style.getPropertyValue('--_row'))
    expect(Number(bar('T1').style.getPropertyValue('--_x'))).toBeLessThan(
      Number(bar('T2').style.getPropertyValue('--_x')),
    )
    // No inline style attribute strings: positions are set through the CSSOM.
    expect(root(element).querySelector('.bar')!.getAttribute('style') ?? '').toContain('--_x')
    expect(itemIds(element)).toEqual(['T1', 'T4', 'T2', 'T3', 'T5', 'T6'])
    expect(texts(element, '.lanes > [part="today"]')).toEqual(['I dag: 15 februari 2023'])
    // The detail panel shows the tab stop: the first item not yet over.
    expect(texts(element, '[part="detail"] .title')).toEqual(['Kartläggning'])
    // Of the items under way, the latest to have started.
    element.asOf = '2024-08-01'
    await element.updateComplete
    expect(texts(element, '[part="detail"] .title')).toEqual(['Utveckling'])
    expect(item(element, 'T6').getAttribute('tabindex')).toBe('0')
  })

  it('zooms between years and quarters with named, pressed buttons', async () => {
    const element = await render({ view: 'axis', lang: 'en' })
    const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('.zoom')]
    expect(buttons.map((button) => button.textContent!.trim())).toEqual(['Years', 'Quarters'])
    expect(buttons.map((button) => button.getAttribute('aria-pressed'))).toEqual(['true', 'false'])
    expect(texts(element, '.tick')[0]).toBe('2022')
    buttons[1]!.click()
    await element.updateComplete
    expect(element.getAttribute('zoom')).toBe('quarter')
    expect(texts(element, '.tick').slice(0, 2)).toEqual(['Q1 2022', 'Q2 2022'])
    expect(buttons[1]!.getAttribute('aria-pressed')).toBe('true')
  })

  it('chooses the axis in a wide container and the list in a narrow one', async () => {
    const wide = await render({}, sampleProgramme(), { style: 'inline-size: 1000px' })
    await frames(wide)
    expect(root(wide).querySelector('[part="axis"]')).not.toBeNull()
    expect(root(wide).querySelector('.list-view')).toBeNull()
    const narrow = await render({}, sampleProgramme(), { style: 'inline-size: 320px' })
    await frames(narrow)
    expect(root(narrow).querySelector('[part="axis"]')).toBeNull()
    expect(root(narrow).querySelector('.list-view')).not.toBeNull()
  })

  it('prints the list', async () => {
    const element = await render({ view: 'axis' })
    window.dispatchEvent(new Event('beforeprint'))
    expect(root(element).querySelector('.list-view')).not.toBeNull()
    window.dispatchEvent(new Event('afterprint'))
    await element.updateComplete
    expect(root(element).querySelector('[part="axis"]')).not.toBeNull()
  })
})

describe('<vs-timeline> keyboard and selection', () => {
  for (const view of ['list', 'axis']) {
    it(`moves through items in date order with the arrow keys (${view})`, async () => {
      const element = await render({ view, 'as-of': '2021-01-01' })
      const tabStops = root(element).querySelectorAll('[part="item"][tabindex="0"]')
      expect(tabStops).toHaveLength(1)
      item(element, 'T1').focus()
      const focused = () => (root(element).activeElement as HTMLElement | null)?.dataset['id']
      for (const expected of ['T4', 'T2', 'T3']) {
        await userEvent.keyboard('{ArrowDown}')
        await element.updateComplete
        expect(focused()).toBe(expected)
      }
      await userEvent.keyboard('{ArrowLeft}')
      await element.updateComplete
      expect(focused()).toBe('T2')
      await userEvent.keyboard('{End}')
      await element.updateComplete
      expect(focused()).toBe('T6')
      expect(item(element, 'T6').getAttribute('tabindex')).toBe('0')
      await userEvent.keyboard('{Home}')
      await element.updateComplete
      expect(focused()).toBe('T1')
    })

    it(`fires vs-select with the item on Enter (${view})`, async () => {
      const element = await render({ view, sync: 'g' })
      const selected: VsTimelineSelectDetail[] = []
      element.addEventListener('vs-select', (event) =>
        selected.push((event as CustomEvent<VsTimelineSelectDetail>).detail),
      )
      const synced: unknown[] = []
      const listener = (event: Event) => synced.push((event as CustomEvent).detail.message)
      document.addEventListener('vs-sync', listener)
      onTestFinished(() => document.removeEventListener('vs-sync', listener))
      item(element, 'T2').focus()
      await userEvent.keyboard('{Enter}')
      await element.updateComplete
      expect(selected).toHaveLength(1)
      expect(selected[0]).toMatchObject({
        id: 'T2',
        kind: 'milestone',
        interval: { start: '2023-01-01', end: '2023-01-31' },
        item: { id: 'T2', date: '2023-01' },
      })
      expect(synced).toEqual([{ kind: 'date', day: '2023-01-01', id: 'T2' }])
      expect(item(element, 'T2').getAttribute('aria-current')).toBe('true')
      const announced = [...element.shadowRoot!.querySelectorAll('[role="status"]')].map((n) => n.textContent)
      expect(announced.some((text) => text?.startsWith('Vald: '))).toBe(true)
    })
  }

  it('selects on click, but not when a link or button inside the item is used', async () => {
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {})
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:test')
    onTestFinished(() => {
      vi.restoreAllMocks()
    })
    const element = await render({ view: 'list' })
    const selected: string[] = []
    element.addEventListener('vs-select', (event) =>
      selected.push((event as CustomEvent<VsTimelineSelectDetail>).detail.id),
    )
    item(element, 'T3').querySelector<HTMLElement>('.title')!.click()
    item(element, 'T1').querySelector<HTMLButtonElement>('.ics')!.click()
    expect(selected).toEqual(['T3'])
  })
})

describe('<vs-timeline> filters', () => {
  it('filters by kind, area and dates from attributes', async () => {
    const element = await render({ view: 'list', 'filter-kind': 'phase period' })
    expect(itemIds(element)).toEqual(['T4', 'T3', 'T5', 'T6'])
    element.setAttribute('filter-area', 'hr it-area')
    await element.updateComplete
    expect(itemIds(element)).toEqual(['T4', 'T3'])
    element.removeAttribute('filter-kind')
    element.setAttribute('filter-area', 'hr')
    await element.updateComplete
    expect(itemIds(element)).toEqual(['T1', 'T4'])
    element.removeAttribute('filter-area')
    element.setAttribute('from', '2023-03-01')
    element.setAttribute('to', '2024-05-31')
    await element.updateComplete
    expect(itemIds(element)).toEqual(['T3', 'T5'])
    expect(texts(element, '.count')).toEqual(['Visar 2 av 7 händelser'])
  })

  it('hides context events unless asked for', async () => {
    const element = await render({ view: 'list' })
    expect(itemIds(element)).not.toContain('T0')
    element.setAttribute('context', '')
    await element.updateComplete
    expect(itemIds(element)[0]).toBe('T0')
  })

  it('says so when nothing matches', async () => {
    const element = await render({ view: 'list', 'filter-kind': 'decision', from: '2025-01-01' })
    expect(itemIds(element)).toEqual([])
    expect(texts(element, '.empty')).toEqual(['Inga händelser matchar urvalet.'])
  })

  it('shows labelled controls only with the controls attribute', async () => {
    const plain = await render({ view: 'list' })
    expect(root(plain).querySelector('[part="controls"]')).toBeNull()
    const element = await render({ view: 'list', controls: '', lang: 'en' })
    const form = root(element).querySelector('[part="controls"]')!
    expect(texts(element, 'legend')).toEqual(['Kind', 'Support area'])
    expect([...form.querySelectorAll('label')].map((label) => label.textContent!.trim())).toEqual([
      'Decision',
      'Milestone',
      'Phase',
      'Period',
      'IT support',
      'HR support',
      'Show events before the programme',
    ])
    const phase = form.querySelector<HTMLInputElement>('input[value="phase"]')!
    phase.click()
    await element.updateComplete
    expect(itemIds(element)).toEqual(['T4', 'T3'])
    form.querySelector<HTMLInputElement>('input[name="context"]')!.click()
    form.querySelector<HTMLInputElement>('input[value="milestone"]')!.click()
    await element.updateComplete
    expect(itemIds(element)).toEqual(['T0', 'T4', 'T2', 'T3'])
    expect(element.context).toBe(true)
  })
})

describe('<vs-timeline> calendar', () => {
  async function capture(click: () => void): Promise<{ blob: Blob; name: string }> {
    const blobs: Blob[] = []
    const names: string[] = []
    vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
      blobs.push(blob as Blob)
      return 'blob:test'
    })
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      names.push(this.download)
    })
    onTestFinished(() => {
      vi.restoreAllMocks()
    })
    click()
    expect(blobs).toHaveLength(1)
    return { blob: blobs[0]!, name: names[0]! }
  }

  it('downloads every shown item as an iCalendar file', async () => {
    const element = await render({ view: 'list', 'filter-kind': 'decision milestone', lang: 'en' })
    const button = root(element).querySelector<HTMLButtonElement>('[part="download"]')!
    expect(button.textContent!.trim()).toBe('Download calendar (.ics)')
    const { blob, name } = await capture(() => button.click())
    expect(blob.type).toBe('text/calendar;charset=utf-8')
    expect(name).toBe('p-timeline.ics')
    const text = await blob.text()
    expect(text).toContain('PRODID:-//KTH//VS kit//SV')
    const events = parseICalendar(text)
    expect(events.map((event) => [event['SUMMARY'], event['DTSTART'], event['UID']])).toEqual([
      ['The President decides', '20220614', 'p.T1@kth-vs'],
      ['Start', '20230101', 'p.T2@kth-vs'],
    ])
  })

  it('downloads one item', async () => {
    const element = await render({ view: 'list', lang: 'sv' })
    expect(root(element).querySelector('#vs-tl-T6 .ics')!.textContent!.replace(/\s+/g, ' ').trim()).toBe(
      'Ladda ner (.ics): Utveckling',
    )
    const { blob, name } = await capture(() =>
      root(element).querySelector<HTMLButtonElement>('#vs-tl-T6 .ics')!.click(),
    )
    expect(name).toBe('p-T6.ics')
    const [event] = parseICalendar(await blob.text())
    expect(event).toMatchObject({ SUMMARY: 'Utveckling', DTSTART: '20240601', DTEND: '20250401' })
  })
})

describe('<vs-timeline> safety and errors', () => {
  it('renders markup in titles as inert text', async () => {
    const data = sampleProgramme()
    data.timeline![0]!.title = { sv: XSS, en: XSS }
    data.sources[1]!.title = { sv: XSS }
    const element = await render({ view: 'list' }, data)
    expect(item(element, 'T1').querySelector('.title')!.textContent).toBe(XSS)
    expect(root(element).querySelector('img')).toBeNull()
    expect((window as { __xss?: unknown }).__xss).toBeUndefined()
  })

  it('refuses a javascript: link with the error panel', async () => {
    const data = sampleProgramme()
    data.timeline![0]!.links = [{ label: { sv: 'Klicka' }, url: 'javascript:alert(1)' }]
    const element = await render({ view: 'list' }, data)
    expect(root(element).querySelector('a')).toBeNull()
    expect(root(element).querySelector('[part="error"]')!.textContent).toContain('timeline[0].links[0].url')
  })

  it('shows the error panel for an impossible date', async () => {
    const data = sampleProgramme()
    data.timeline![0]!.date = '2023-13'
    const element = await render({}, data)
    const error = root(element).querySelector('[part="error"]')!
    expect(error.getAttribute('role')).toBe('alert')
    expect(texts(element, '.error-path')).toContain('timeline[0].date')
  })
})

describe('<vs-timeline> deep links and sync', () => {
  for (const hash of ['#T3', '#vs-tl-T3']) {
    it(`focuses the item named by ${hash}`, async () => {
      const before = location.href
      history.replaceState(null, '', hash)
      onTestFinished(() => history.replaceState(null, '', before))
      const element = await render({ view: 'list' })
      await element.updateComplete
      await element.updateComplete
      expect(root(element).activeElement?.id).toBe('vs-tl-T3')
      expect(item(element, 'T3').getAttribute('tabindex')).toBe('0')
    })
  }

  it('filters on a unit from its sync group and clears the filter', async () => {
    const element = await render({ view: 'list', sync: 'g' })
    const other = document.createElement('div')
    const send = (group: string, message: unknown) =>
      document.dispatchEvent(new CustomEvent('vs-sync', { detail: { group, source: other, message } }))
    send('another', { kind: 'unit', id: 'it' })
    await element.updateComplete
    expect(itemIds(element)).toHaveLength(6)
    send('g', { kind: 'unit', id: 'it' })
    await element.updateComplete
    expect(itemIds(element)).toEqual(['T1'])
    expect(texts(element, '[part="chip"]')).toEqual(['Filtrerat på: IT-avdelningen Ta bort filtret'])
    send('g', { kind: 'clear' })
    await element.updateComplete
    expect(itemIds(element)).toHaveLength(6)
    expect(root(element).querySelector('[part="chip"]')).toBeNull()
    send('g', { kind: 'unit', id: 'it' })
    await element.updateComplete
    root(element).querySelector<HTMLButtonElement>('[part="chip"] button')!.click()
    await element.updateComplete
    expect(itemIds(element)).toHaveLength(6)
  })
})

describe('<vs-timeline> accessibility', () => {
  for (const lang of ['sv', 'en']) {
    for (const view of ['list', 'axis']) {
      it(`is axe-clean in ${lang}, ${view} view, with controls`, async () => {
        const element = await render({ view, lang, controls: '', 'as-of': '2024-06-15' }, null, {
          style: 'inline-size: 1000px',
        })
        expect(await axeViolations(element)).toEqual([])
      })
    }
  }

  it('is axe-clean with its own document, a unit filter and a selection', async () => {
    const element = await render({ view: 'list', sync: 'g', 'as-of': '2023-02-15' })
    document.dispatchEvent(
      new CustomEvent('vs-sync', {
        detail: { group: 'g', source: document.body, message: { kind: 'unit', id: 'it' } },
      }),
    )
    item(element, 'T1').click()
    await element.updateComplete
    expect(await axeViolations(element)).toEqual([])
  })

  it('keeps a 320 px container free of horizontal scrolling', async () => {
    const element = await render({ controls: '', context: '' }, null, { style: 'inline-size: 320px' })
    await frames(element)
    expect(root(element).querySelector('.list-view')).not.toBeNull()
    expect(element.scrollWidth).toBeLessThanOrEqual(element.clientWidth)
  })
})
