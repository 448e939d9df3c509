import { parseICalendar } from '@kth-vs/test-fixtures/icalendar-reader'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { userEvent } from 'vitest/browser'
import { cleanup } from '../test-support/mount.js'
import { frames, item, itemIds, render, root, selectButton, texts } from './test-timeline.js'
import type { VsTimelineSelectDetail } from './timeline.js'

afterEach(cleanup)

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
      const tabStops = root(element).querySelectorAll('[data-select][tabindex="0"]')
      expect(tabStops).toHaveLength(1)
      selectButton(element, 'T1').focus()
      const focused = () => (root(element).activeElement as HTMLElement | null)?.dataset['select']
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
      expect(selectButton(element, 'T6').getAttribute('tabindex')).toBe('0')
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
      selectButton(element, 'T2').focus()
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
      expect(selectButton(element, 'T2').getAttribute('aria-current')).toBe('true')
      const announced = [...element.shadowRoot!.querySelectorAll('[role="status"]')].map((n) => n.textContent)
      expect(announced.some((text) => text?.startsWith('Vald: '))).toBe(true)
    })
  }

  it('names the axis buttons in plain text and says which keys move between them', async () => {
    const element = await render({ view: 'axis', lang: 'en', 'as-of': '2023-02-15' })
    const buttons = [...root(element).querySelectorAll<HTMLButtonElement>('.lanes button')]
    expect(buttons).toHaveLength(6)
    for (const button of buttons) {
      // A button's content is only its name: no element inside it that means something of its own.
      expect(button.querySelector('time'), button.id).toBeNull()
      const hint = root(element).getElementById(button.getAttribute('aria-describedby') ?? '')
      expect(hint?.textContent, button.id).toBe(
        'The arrow keys move between the items, Home and End to the first and the last.',
      )
      expect(hint!.checkVisibility()).toBe(true)
    }
  })

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

describe('<vs-timeline> deep links and sync', () => {
  for (const hash of ['#T3', '#vs-tl-T3']) {
    it(`focuses the item named by ${hash}`, async () => {
      const before = location.href
      history.replaceState(null, '', hash)
      onTestFinished(() => history.replaceState(null, '', before))
      const element = await render({ view: 'list' })
      await element.updateComplete
      await element.updateComplete
      expect(root(element).activeElement).toBe(selectButton(element, 'T3'))
      expect(selectButton(element, 'T3').getAttribute('tabindex')).toBe('0')
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
