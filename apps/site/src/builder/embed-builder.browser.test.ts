import axe from 'axe-core'
import { userEvent } from 'vitest/browser'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { EXAMPLE_DOCUMENT } from './data.js'
import './define.js'
import type { VsEmbedBuilder } from './embed-builder.js'

/** The WCAG rule sets the kit's widgets pass; the builder is held to the same. */
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']

async function axeViolations(element: Element): Promise<string[]> {
  const results = await axe.run(element, { runOnly: { type: 'tag', values: WCAG_TAGS } })
  return results.violations.map(
    (violation) =>
      `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
}

// A stand-in for the CDN's timeline, so the test sees what the preview is given without loading the kit.
class StubTimeline extends HTMLElement {
  declare data: unknown
}
if (!customElements.get('vs-timeline')) customElements.define('vs-timeline', StubTimeline)

const containers: HTMLElement[] = []

/**
 * What the kit's folder answers for `release.json`: the given release, or 404. Other requests go on
 * as they would.
 */
const realFetch = window.fetch.bind(window)
function publishRelease(release: unknown): void {
  vi.spyOn(window, 'fetch').mockImplementation((input, init) => {
    const url = input instanceof Request ? input.url : String(input)
    if (!url.endsWith('/release.json')) return realFetch(input, init)
    return Promise.resolve(
      release === undefined ? new Response('Not found', { status: 404 }) : Response.json(release),
    )
  })
}

async function mountBuilder(lang: 'sv' | 'en', release?: unknown): Promise<VsEmbedBuilder> {
  publishRelease(release)
  const container = document.createElement('div')
  container.lang = lang
  const builder = document.createElement('vs-embed-builder')
  container.append(builder)
  document.body.append(container)
  containers.push(container)
  await builder.updateComplete
  return builder
}

afterEach(() => {
  for (const container of containers.splice(0)) container.remove()
  vi.restoreAllMocks()
})

function query<T extends Element = HTMLElement>(builder: VsEmbedBuilder, selector: string): T {
  const found = builder.shadowRoot?.querySelector<T>(selector)
  if (!found) throw new Error(`${selector} is not in the builder`)
  return found
}

/** Waits past the pause after typing, and for the builder to render. */
async function afterTyping(builder: VsEmbedBuilder): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 400))
  await builder.updateComplete
}

const good = JSON.stringify(EXAMPLE_DOCUMENT, null, 2)
const bad = good.replace('"2025-01-15"', '"2025-02-30"')
const badLine = bad.split('\n').findIndex((line) => line.includes('2025-02-30')) + 1

describe('<vs-embed-builder>', () => {
  it('takes an editor from a widget and bad JSON, through the error and its line, to a copied snippet', async () => {
    const builder = await mountBuilder('sv')
    await userEvent.click(query(builder, '#widget-timeline'))
    await userEvent.click(query(builder, '#data-json'))
    await builder.updateComplete
    const box = query<HTMLTextAreaElement>(builder, '#json')
    // With no built-in data loaded (there is no CDN here), own data starts from the example.
    expect(JSON.parse(box.value)).toEqual(EXAMPLE_DOCUMENT)

    await userEvent.fill(box, bad)
    await afterTyping(builder)
    const problems = query(builder, '.problems')
    expect(problems.getAttribute('aria-live')).toBe('polite')
    expect(builder.shadowRoot?.querySelector('[role="alert"]')).toBeNull()
    expect(query(builder, '#problems-summary').textContent?.trim()).toBe('1 fel i uppgifterna')
    const issue = query(builder, '.problems-list li')
    expect(issue.querySelector('code')?.textContent).toBe('timeline[0].date')
    expect(issue.textContent).toContain(`rad ${badLine}`)
    expect(issue.textContent).toContain('"2025-02-30" är inget giltigt datum')
    expect(box.getAttribute('aria-invalid')).toBe('true')
    expect(box.getAttribute('aria-describedby')).toContain('problems-summary')
    expect(query(builder, '#snippet-withheld').textContent).toContain('Rätta felen')

    await userEvent.click(query(builder, '.problems-list button'))
    expect(builder.shadowRoot?.activeElement).toBe(box)
    expect(box.value.slice(box.selectionStart, box.selectionEnd)).toContain('"date": "2025-02-30"')

    await userEvent.fill(box, good)
    await afterTyping(builder)
    expect(query(builder, '#problems-summary').textContent?.trim()).toBe('Inga fel i uppgifterna.')
    expect(box.getAttribute('aria-invalid')).toBe('false')

    const preview = query<StubTimeline>(builder, '.preview vs-timeline')
    expect(preview.getAttribute('lang')).toBe('sv')
    expect(preview.data).toEqual(EXAMPLE_DOCUMENT)

    const code = query(builder, '#snippet code').textContent ?? ''
    expect(code).toContain(`<script type="module" src="${location.origin}/kth-vs.js"></script>`)
    expect(code).toContain('<vs-timeline lang="sv">')
    expect(code).toContain('<script type="application/json">')
    const writeText = vi.spyOn(navigator.clipboard, 'writeText').mockResolvedValue(undefined)
    await userEvent.click(query(builder, 'button.primary'))
    expect(writeText).toHaveBeenCalledWith(code)
    await builder.updateComplete
    expect(query(builder, '#copy-status').textContent).toContain('Koden är kopierad')
  })

  it('selects the snippet for Ctrl+C when the clipboard refuses', async () => {
    const builder = await mountBuilder('en')
    vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(new Error('denied'))
    await userEvent.click(query(builder, 'button.primary'))
    await builder.updateComplete
    expect(getSelection()?.toString()).toContain('<vs-org-chart lang="en"></vs-org-chart>')
    expect(builder.shadowRoot?.textContent).toContain('It is selected: press Ctrl+C')
  })

  it('passes options to the preview and the snippet, and marks a bad one at its field', async () => {
    const builder = await mountBuilder('en')
    await userEvent.click(query(builder, '#widget-timeline'))
    await userEvent.selectOptions(query(builder, '#option-view'), 'axis')
    await userEvent.click(query(builder, '#option-controls'))
    await userEvent.click(query(builder, '#option-filter-kind-phase'))
    await builder.updateComplete
    const preview = query(builder, '.preview vs-timeline')
    expect(preview.getAttribute('view')).toBe('axis')
    expect(preview.hasAttribute('controls')).toBe(true)
    expect(preview.getAttribute('filter-kind')).toBe('phase')
    expect(query(builder, '#snippet code').textContent).toContain(
      '<vs-timeline lang="en" view="axis" filter-kind="phase" controls></vs-timeline>',
    )

    await userEvent.fill(query(builder, '#option-sync'), 'two words')
    await builder.updateComplete
    const sync = query(builder, '#option-sync')
    expect(sync.getAttribute('aria-invalid')).toBe('true')
    expect(query(builder, '#option-sync-problem').textContent).toContain('Give an id')
    expect(sync.getAttribute('aria-describedby')).toContain('option-sync-problem')
    expect(query(builder, '.snippet-state #snippet-withheld').textContent).toContain('Correct the options')
  })

  it('asks for the published file before it gives an iframe for own data', async () => {
    const builder = await mountBuilder('en')
    await userEvent.click(query(builder, '#widget-timeline'))
    await userEvent.click(query(builder, '#data-json'))
    await userEvent.click(query(builder, '#form-iframe'))
    await builder.updateComplete
    const state = query(builder, '.snippet-state')
    expect(state.getAttribute('role')).toBe('status')
    expect(state.textContent).toContain('published JSON file')
    // The field says it is wrong and why, in words tied to it.
    const field = query(builder, '#data-url')
    expect(field.getAttribute('aria-invalid')).toBe('true')
    expect(field.getAttribute('aria-describedby')).toBe('data-url-help data-url-problem')
    expect(query(builder, '#data-url-problem').textContent).toContain('published JSON file')
    await userEvent.fill(field, 'www.kth.se/files/vs.json')
    await builder.updateComplete
    expect(field.getAttribute('aria-invalid')).toBe('true')
    await userEvent.fill(query(builder, '#data-url'), 'https://www.kth.se/files/vs.json')
    await builder.updateComplete
    const code = query(builder, '#snippet code').textContent ?? ''
    expect(code).toContain(
      'embed.html?widget=timeline&amp;lang=en&amp;src=https%3A%2F%2Fwww.kth.se%2Ffiles%2Fvs.json',
    )
    expect(code).toContain('kth-vs-embed.js" async></script>')
    expect(field.getAttribute('aria-invalid')).toBe('false')
    expect(builder.shadowRoot?.querySelector('#data-url-problem')).toBeNull()
    // The same live region, now empty: the reader heard the code was withheld, and it is there now.
    expect(query(builder, '.snippet-state')).toBe(state)
    expect(state.textContent?.trim()).toBe('')
    expect(query(builder, '#snippet-release').textContent).toContain('No release.json at that address')
  })

  it('pins the snippet to the release published at the base address, and says so', async () => {
    const release = {
      version: '9.8.7',
      integrity: { 'kth-vs.js': 'sha384-abc+/=', 'kth-vs-embed.js': 'sha384-def' },
    }
    const builder = await mountBuilder('en', release)
    await expect
      .poll(async () => {
        await builder.updateComplete
        return query(builder, '#snippet code').textContent
      })
      .toContain(
        `<script type="module" src="${location.origin}/9.8.7/kth-vs.js" integrity="sha384-abc+/=" crossorigin="anonymous"></script>`,
      )
    expect(query(builder, '#snippet-release').textContent).toContain('loads version 9.8.7')
    // Another base address has no release.json: the snippet falls back to the unversioned file.
    publishRelease(undefined)
    await userEvent.fill(query(builder, '#base-url'), 'https://www.kth.se/vs-kit/')
    await expect
      .poll(async () => {
        await builder.updateComplete
        return query(builder, '#snippet code').textContent
      })
      .toContain('<script type="module" src="https://www.kth.se/vs-kit/kth-vs.js"></script>')
  })

  it('makes a timeline from spreadsheet rows, and asks for what the rows lack', async () => {
    const builder = await mountBuilder('sv')
    await userEvent.click(query(builder, '#widget-timeline'))
    await userEvent.click(query(builder, '#data-rows'))
    await builder.updateComplete
    await userEvent.fill(
      query(builder, '#rows'),
      'Datum\tTyp\tTitel sv\tTitel en\n2024-03\tbeslut\tBeslut\tDecision',
    )
    await afterTyping(builder)
    const summary = query(builder, '#problems-summary').textContent?.trim()
    expect(summary).toBe('2 fel i uppgifterna')
    const items = [...(builder.shadowRoot?.querySelectorAll('.problems-list li') ?? [])].map(
      (li) => li.textContent,
    )
    expect(items[0]).toContain('programmets namn')
    expect(items[1]).toContain('Ange en källa')
    await userEvent.click(query(builder, '.problems-list li:last-child button'))
    expect(builder.shadowRoot?.activeElement?.id).toBe('source-url')

    await userEvent.fill(query(builder, '#name-sv'), 'Mitt program')
    await userEvent.fill(query(builder, '#source-url'), 'https://intra.kth.se/mitt')
    await builder.updateComplete
    expect(query(builder, '#problems-summary').textContent?.trim()).toBe('Inga fel i uppgifterna.')
    const data = query<StubTimeline>(builder, '.preview vs-timeline').data as typeof EXAMPLE_DOCUMENT
    expect(data.timeline).toMatchObject([
      { kind: 'decision', date: '2024-03', title: { sv: 'Beslut', en: 'Decision' } },
    ])
    expect(data.programme.name).toEqual({ sv: 'Mitt program' })
    expect(query(builder, '#snippet code').textContent).toContain('"url": "https://intra.kth.se/mitt"')
  })

  it('says plainly when the chosen widget is not in the loaded kit', async () => {
    const builder = await mountBuilder('en')
    await userEvent.click(query(builder, '#widget-governance'))
    await builder.updateComplete
    expect(query(builder, '.preview').textContent).toContain(
      '<vs-governance> is not in the version of kth-vs.js',
    )
  })

  it.each(['sv', 'en'] as const)('passes axe in %s, with own data and its problems shown', async (lang) => {
    const builder = await mountBuilder(lang)
    expect(await axeViolations(builder)).toEqual([])
    await userEvent.click(query(builder, '#widget-timeline'))
    await userEvent.click(query(builder, '#data-json'))
    await builder.updateComplete
    await userEvent.fill(query(builder, '#json'), bad)
    await afterTyping(builder)
    expect(await axeViolations(builder)).toEqual([])
    await userEvent.click(query(builder, '#data-rows'))
    await userEvent.click(query(builder, '#form-iframe'))
    await builder.updateComplete
    expect(await axeViolations(builder)).toEqual([])
  })
})
