import { XSS, sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { afterEach, describe, expect, it } from 'vitest'
import { userEvent } from 'vitest/browser'
import { axeViolations } from '../test-support/axe.js'
import { cleanup } from '../test-support/mount.js'
import { dateOf, frames, item, itemIds, render, root, texts } from './test-timeline.js'

afterEach(cleanup)

describe('<vs-timeline> list', () => {
  it('lists items in date order, grouped under a heading per year', async () => {
    const element = await render({ view: 'list', 'as-of': '2023-02-15' })
    expect(texts(element, 'h3.year')).toEqual(['2022', '2023', '2024'])
    expect(itemIds(element)).toEqual(['T1', 'T4', 'T2', 'T3', 'T5', 'T6'])
    const lists = root(element).querySelectorAll('ol.items')
    expect(lists).toHaveLength(3)
    expect([...lists[0]!.querySelectorAll('.item')].map((node) => node.id)).toEqual(['vs-tl-T1', 'vs-tl-T4'])
  })

  it('shows a passed item whose outcome no source confirms as such, not as done, in both languages', async () => {
    const data = sampleProgramme()
    for (const entry of data.timeline ?? []) if (entry.id === 'T4') entry.outcomeUnconfirmed = true
    const element = await render({ view: 'list', 'as-of': '2023-02-15' }, data)
    const status = (id: string) => item(element, id).querySelector('.item-status')!.textContent!.trim()
    expect(status('T4')).toBe('Ingen källa bekräftar utfallet')
    expect(item(element, 'T4').classList).toContain('unconfirmed')
    expect(status('T1')).toBe('Genomförd')
    element.lang = 'en'
    await new Promise((resolve) => setTimeout(resolve, 0))
    await element.updateComplete
    expect(status('T4')).toBe('No source confirms the outcome')
    element.view = 'axis'
    await element.updateComplete
    expect(root(element).querySelector('.bar.unconfirmed')?.textContent).toContain(
      'No source confirms the outcome',
    )
  })

  it('shows the notes about an item behind a disclosure in the item', async () => {
    const data = sampleProgramme()
    data.notes!.push({
      id: 'n-t5',
      kind: 'unknown',
      about: ['T5'],
      text: { sv: 'Bara publiceringsdagen är känd.', en: 'Only the day of publication is known.' },
      sources: ['s1'],
    })
    const element = await render({ view: 'list', 'as-of': '2024-03-01' }, data)
    const button = item(element, 'T5').querySelector<HTMLButtonElement>('.note button.disclosure')!
    expect(button.textContent).toContain('Okänt i källorna')
    expect(item(element, 'T1').querySelector('.note')).toBeNull()
    const panel = root(element).getElementById(button.getAttribute('aria-controls')!)!
    expect(panel.hidden).toBe(true)
    let selected = false
    element.addEventListener('vs-select', () => (selected = true))
    button.click()
    await element.updateComplete
    expect(panel.hidden).toBe(false)
    expect(panel.textContent!.trim()).toBe('Bara publiceringsdagen är känd.')
    // Opening a note does not select the item.
    expect(selected).toBe(false)
    expect(await axeViolations(element)).toEqual([])
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

describe('<vs-timeline> safety and errors', () => {
  it('renders markup in titles as inert text', async () => {
    const data = sampleProgramme()
    data.timeline![0]!.title = { sv: XSS, en: XSS }
    data.sources[1]!.title = { sv: XSS }
    const element = await render({ view: 'list' }, data)
    expect(item(element, 'T1').querySelector('.title')!.textContent!.trim()).toBe(XSS)
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

describe('<vs-timeline> items as a list a screen reader walks', () => {
  const selectOf = (element: Element) => element.querySelector<HTMLButtonElement>('button[data-select]')!
  const active = (element: Parameters<typeof root>[0]) => root(element).activeElement as HTMLElement | null

  it('keeps each item a plain list item, selected by a button named by its title', async () => {
    const element = await render({ view: 'list', 'as-of': '2023-02-15' })
    for (const entry of root(element).querySelectorAll<HTMLElement>('ol.items > li.item')) {
      expect(entry.hasAttribute('tabindex'), entry.id).toBe(false)
      expect(entry.hasAttribute('role'), entry.id).toBe(false)
      const select = selectOf(entry)
      expect(select.textContent!.trim()).toBe(entry.querySelector('.title')!.textContent!.trim())
      expect(select.getBoundingClientRect().height, entry.id).toBeGreaterThanOrEqual(24)
      const described = select.getAttribute('aria-describedby')!.split(' ')
      const said = described.map((id) => root(element).getElementById(id)?.textContent ?? '').join(' ')
      expect(said).toContain(entry.querySelector('time')!.textContent)
    }
    expect(root(element).querySelectorAll('button[data-select][tabindex="0"]')).toHaveLength(1)
  })

  it('reaches the item nearest the day with one Tab from the calendar button', async () => {
    const element = await render({ view: 'list', 'as-of': '2024-03-01' })
    root(element).querySelector<HTMLButtonElement>('.download')!.focus()
    await userEvent.tab()
    expect(active(element)?.dataset['select']).toBe('T5')
    // Then on to the item's own controls, and out of the list.
    await userEvent.tab()
    expect(active(element)?.closest('li.item')?.id).toBe('vs-tl-T5')
  })

  it('moves between items with the arrow keys from a link inside an item', async () => {
    const element = await render({ view: 'list', 'as-of': '2021-01-01' })
    const link = item(element, 'T1').querySelector<HTMLAnchorElement>('a[href]')!
    link.focus()
    await userEvent.keyboard('{ArrowDown}')
    await element.updateComplete
    expect(active(element)).toBe(selectOf(item(element, 'T4')))
    await userEvent.keyboard('{ArrowUp}')
    await element.updateComplete
    expect(active(element)).toBe(selectOf(item(element, 'T1')))
  })

  it('selects with Enter and Space on the button, and says the keys in words', async () => {
    const element = await render({ view: 'list', 'as-of': '2021-01-01' })
    const chosen: string[] = []
    element.addEventListener('vs-select', (event) => chosen.push((event as CustomEvent).detail.id))
    selectOf(item(element, 'T1')).focus()
    await userEvent.keyboard('{Enter}')
    await userEvent.keyboard('{ArrowDown}')
    await element.updateComplete
    await userEvent.keyboard(' ')
    await element.updateComplete
    expect(chosen).toEqual(['T1', 'T4'])
    expect(selectOf(item(element, 'T4')).getAttribute('aria-current')).toBe('true')
    expect(texts(element, '.keys-hint')).toEqual([
      'Piltangenterna flyttar mellan händelserna, Home och End till den första och den sista.',
    ])
  })
})
