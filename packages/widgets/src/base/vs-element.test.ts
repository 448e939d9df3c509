import type { Language, ProgrammeDocument, ProgrammeDocumentInput } from '@kth-vs/core'
import { html } from 'lit'
import { afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { cleanup, mount, settled } from '../test-support/mount.js'
import { defineElement } from './define-element.js'
import { VsElement, type VsErrorDetail, type VsLoadDetail } from './vs-element.js'
import { broadcast } from './sync.js'
import type { SyncMessage } from './sync.js'

/** A minimal widget that shows which programme it loaded, in which language. */
class TestWidget extends VsElement {
  received: SyncMessage[] = []

  protected override renderDocument(document: ProgrammeDocument, lang: Language) {
    return html`<p class="out">${document.programme.id} ${lang}</p>`
  }

  protected override receiveSync(message: SyncMessage): void {
    this.received.push(message)
  }

  selectSomething(): void {
    this.select({ id: 'x' }, { kind: 'unit', id: 'x' })
  }
}
defineElement('vs-test-widget', TestWidget)
// Registering twice must not throw.
defineElement('vs-test-widget', class extends TestWidget {})

declare global {
  interface HTMLElementTagNameMap {
    'vs-test-widget': TestWidget
  }
}

const doc = (id: string): ProgrammeDocumentInput => ({
  schemaVersion: 1,
  programme: { id, name: { sv: 'P' }, start: '2022', end: '2026', sources: ['s'] },
  sources: [{ id: 's', url: 'https://kth.se/' }],
})

afterEach(() => {
  cleanup()
  vi.restoreAllMocks()
})

async function widget(markup = '<vs-test-widget></vs-test-widget>', attributes: Record<string, string> = {}) {
  const element = mount(markup, attributes).querySelector('vs-test-widget')!
  await settled(element)
  return element
}

const out = (element: TestWidget) => element.shadowRoot!.querySelector('.out')?.textContent
const errorPanel = (element: TestWidget) => element.shadowRoot!.querySelector('[role="alert"]')

function respond(body: string, init: ResponseInit & { delayMs?: number } = {}) {
  return vi.spyOn(globalThis, 'fetch').mockImplementation(
    (_input, options) =>
      new Promise((resolve, reject) => {
        const timer = setTimeout(
          () =>
            resolve(
              new Response(body, { status: 200, headers: { 'content-type': 'application/json' }, ...init }),
            ),
          init.delayMs ?? 0,
        )
        options?.signal?.addEventListener('abort', () => {
          clearTimeout(timer)
          reject(options.signal?.reason ?? new DOMException('Aborted', 'AbortError'))
        })
      }),
  )
}

describe('data sources, in order of precedence', () => {
  it('falls back to the built-in VS dataset', async () => {
    expect(out(await widget())).toBe('vs-programme en')
  })

  it('prefers inline JSON to src and the default', async () => {
    const fetch = respond(JSON.stringify(doc('from-src')))
    const element = await widget(
      `<vs-test-widget src="data.json"><script type="application/json">${JSON.stringify(doc('inline'))}</script></vs-test-widget>`,
    )
    expect(out(element)).toBe('inline en')
    expect(fetch).not.toHaveBeenCalled()
  })

  it('prefers the data property to everything', async () => {
    const element = await widget()
    element.data = doc('property')
    await settled(element)
    expect(out(element)).toBe('property en')
  })

  it('fetches src and fires vs-load', async () => {
    respond(JSON.stringify(doc('fetched')))
    const container = mount('<vs-test-widget src="programme.json"></vs-test-widget>')
    const loaded = new Promise<VsLoadDetail>((resolve) =>
      container.addEventListener('vs-load', (event) => resolve((event as CustomEvent<VsLoadDetail>).detail)),
    )
    const detail = await loaded
    expect(detail.origin).toBe('src')
    expect(detail.document.programme.id).toBe('fetched')
  })

  it('reloads when the inline JSON changes', async () => {
    const element = await widget(
      `<vs-test-widget><script type="application/json">${JSON.stringify(doc('first'))}</script></vs-test-widget>`,
    )
    element.querySelector('script')!.textContent = JSON.stringify(doc('second'))
    await new Promise((resolve) => setTimeout(resolve, 0))
    await settled(element)
    expect(out(element)).toBe('second en')
  })
})

describe('failures become messages, never exceptions', () => {
  it.each([
    ['a 404', () => respond('missing', { status: 404 }), 'status 404'],
    ['a 500', () => respond('oops', { status: 500 }), 'status 500'],
    [
      'HTML instead of JSON',
      () => respond('<html></html>', { headers: { 'content-type': 'text/html' } }),
      'text/html',
    ],
    ['truncated JSON', () => respond('{"schemaVersion": 1, "progr'), 'inte giltig JSON'],
    [
      'a network error',
      () => vi.spyOn(globalThis, 'fetch').mockRejectedValue(new TypeError('Failed to fetch')),
      'kunde inte hämtas',
    ],
  ])('shows %s in Swedish with the path', async (_name, arrange, fragment) => {
    arrange()
    const element = await widget('<vs-test-widget src="programme.json" lang="sv"></vs-test-widget>')
    const panel = errorPanel(element)
    expect(panel?.textContent).toContain(fragment)
    expect(panel?.querySelector('.error-path')?.textContent).toMatch(/^(src|\$)$/)
  })

  it('gives up after the timeout and offers a retry that works', async () => {
    const fetch = respond(JSON.stringify(doc('slow')), { delayMs: 10_000 })
    const element = await widget('<vs-test-widget src="slow.json" timeout="50" lang="en"></vs-test-widget>')
    expect(errorPanel(element)?.textContent).toContain('did not answer within 50 ms')
    fetch.mockRestore()
    respond(JSON.stringify(doc('second-try')))
    element.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry"]')!.click()
    await settled(element)
    expect(out(element)).toBe('second-try en')
  })

  it.each(['abc', '-1', 'Infinity', '1e20', '0'])('does not hang with timeout=%j', async (timeout) => {
    respond(JSON.stringify(doc('timed')), { delayMs: 20 })
    const element = await widget(`<vs-test-widget src="t.json" timeout="${timeout}"></vs-test-widget>`)
    expect(out(element)).toBe('timed en')
  })

  it('shows an unexpected failure instead of loading forever', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => {
      throw new Error('boom')
    })
    const element = await widget('<vs-test-widget src="x.json" lang="en"></vs-test-widget>')
    expect(errorPanel(element)?.textContent).toContain('could not be')
  })

  it('names every invalid field and fires vs-error', async () => {
    const container = mount('<vs-test-widget lang="en"></vs-test-widget>')
    const element = container.querySelector('vs-test-widget')!
    const failed = new Promise<VsErrorDetail>((resolve) =>
      container.addEventListener('vs-error', (event) =>
        resolve((event as CustomEvent<VsErrorDetail>).detail),
      ),
    )
    element.data = {
      ...doc('bad'),
      timeline: [{ id: 't', kind: 'milestone', date: '2023-13', title: { sv: 'x' }, sources: ['s'] }],
    }
    const detail = await failed
    await settled(element)
    expect(detail.issues.map((issue) => issue.pathText)).toEqual(['timeline[0].date'])
    expect(errorPanel(element)?.textContent).toContain('timeline[0].date')
    expect(errorPanel(element)?.textContent).toContain('is not a valid date')
  })

  it('aborts a fetch when the element leaves the page, and nothing escapes', async () => {
    const fetch = respond(JSON.stringify(doc('late')), { delayMs: 200 })
    const errors: unknown[] = []
    const onError = (event: ErrorEvent | PromiseRejectionEvent) => errors.push(event)
    window.addEventListener('error', onError)
    window.addEventListener('unhandledrejection', onError)
    const container = mount('<vs-test-widget src="late.json"></vs-test-widget>')
    await new Promise((resolve) => setTimeout(resolve, 10))
    container.remove()
    await new Promise((resolve) => setTimeout(resolve, 250))
    window.removeEventListener('error', onError)
    window.removeEventListener('unhandledrejection', onError)
    const signal = fetch.mock.calls[0]?.[1]?.signal
    expect(signal?.aborted).toBe(true)
    expect(errors).toEqual([])
  })

  it('lets the last src win when it changes quickly', async () => {
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input) => {
      const name = String(input)
      await new Promise((resolve) => setTimeout(resolve, name.includes('first') ? 100 : 10))
      return new Response(JSON.stringify(doc(name.replace(/\W/g, ''))), {
        headers: { 'content-type': 'application/json' },
      })
    })
    const element = await widget('<vs-test-widget src="first.json"></vs-test-widget>')
    element.src = 'first.json?again'
    element.src = 'second.json'
    await new Promise((resolve) => setTimeout(resolve, 150))
    await settled(element)
    expect(out(element)).toBe('secondjson en')
  })
})

describe('language', () => {
  it('uses its own lang, then the nearest ancestor’s across shadow roots, else Swedish', async () => {
    expect(out(await widget('<vs-test-widget lang="sv"></vs-test-widget>', { lang: 'en' }))).toBe(
      'vs-programme sv',
    )
    expect(out(await widget('<vs-test-widget></vs-test-widget>', { lang: 'sv-SE' }))).toBe('vs-programme sv')

    const host = mount('<div lang="en"><span></span></div>').querySelector('span')!
    const shadow = host.attachShadow({ mode: 'open' })
    const inner = document.createElement('vs-test-widget')
    shadow.append(inner)
    await settled(inner)
    expect(out(inner)).toBe('vs-programme en')
  })

  it('skips languages it does not speak', async () => {
    expect(out(await widget('<vs-test-widget lang="de"></vs-test-widget>', { lang: 'sv' }))).toBe(
      'vs-programme sv',
    )
  })

  it('shows the loading state politely, in the widget’s language', async () => {
    respond(JSON.stringify(doc('slow')), { delayMs: 100 })
    const element = mount('<vs-test-widget src="slow.json" lang="en"></vs-test-widget>').querySelector(
      'vs-test-widget',
    )!
    await element.updateComplete
    const status = element.shadowRoot!.querySelector('[part="status"]')
    expect(status?.getAttribute('role')).toBe('status')
    expect(status?.textContent).toBe('Loading…')
  })
})

/** A widget whose rendering of the data always throws, counting how often it loads and renders. */
class BrokenWidget extends VsElement {
  loads = 0
  renders = 0

  override reload(): void {
    this.loads++
    super.reload()
  }

  protected override renderDocument(): never {
    this.renders++
    throw new TypeError('cannot render this')
  }
}
defineElement('vs-broken-widget', BrokenWidget)

/** Lets a few frames and timers pass, so an element stuck in a loop of updates would show it. */
async function idle(): Promise<void> {
  for (let i = 0; i < 5; i++) {
    await new Promise((resolve) => requestAnimationFrame(resolve))
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

describe('a render that throws', () => {
  it('fails once, shows why and stops', async () => {
    const element = mount('<vs-broken-widget lang="en"></vs-broken-widget>').querySelector(
      'vs-broken-widget',
    ) as BrokenWidget
    const errors: VsErrorDetail[] = []
    element.addEventListener('vs-error', (event) => errors.push((event as CustomEvent<VsErrorDetail>).detail))
    await idle()
    expect([element.loads, element.renders, errors.length]).toEqual([1, 1, 1])
    expect(errors[0]!.issues[0]).toMatchObject({ code: 'render_failed', pathText: '$' })
    const alert = element.shadowRoot!.querySelector('[role="alert"]')
    expect(alert?.textContent).toContain('The content could not be shown:')
    expect(alert?.textContent).toContain('the widget could not show its content (cannot render this)')
    // Only the message shows: not "Loading…" from before.
    const status = element.shadowRoot!.querySelector('[part="status"]')
    expect(status === null || getComputedStyle(status).display === 'none').toBe(true)
    // Speaks the new language when the page changes it, without trying again.
    element.lang = 'sv'
    await idle()
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain(
      'Innehållet kunde inte visas:',
    )
    expect([element.loads, element.renders, errors.length]).toEqual([1, 1, 1])
  })

  it('tries again, once, when it is given new data', async () => {
    const element = mount('<vs-broken-widget></vs-broken-widget>').querySelector(
      'vs-broken-widget',
    ) as BrokenWidget
    await idle()
    element.data = doc('again')
    await idle()
    expect([element.loads, element.renders]).toEqual([2, 2])
  })

  it('shows its error and stops when the page’s markup shadows a DOM method Lit needs', async () => {
    // DOM clobbering: a named image becomes document.importNode, which Lit calls for every template.
    const clobber = document.createElement('img')
    clobber.setAttribute('name', 'importNode')
    document.body.append(clobber)
    onTestFinished(() => clobber.remove())
    expect(typeof (document as unknown as { importNode: unknown }).importNode).toBe('object')
    const element = document.createElement('vs-test-widget')
    element.lang = 'en'
    element.data = doc('clobbered')
    const errors: VsErrorDetail[] = []
    element.addEventListener('vs-error', (event) => errors.push((event as CustomEvent<VsErrorDetail>).detail))
    const reload = vi.spyOn(element, 'reload')
    mount('').append(element)
    await idle()
    expect(reload).toHaveBeenCalledOnce()
    expect(errors).toHaveLength(1)
    expect(errors[0]!.issues[0]?.code).toBe('render_failed')
    expect(element.shadowRoot!.querySelector('[role="alert"]')?.textContent).toContain(
      'The content could not be shown:',
    )
    // Once the page is mended and new data arrives, it renders.
    clobber.remove()
    element.data = doc('mended')
    await settled(element)
    expect(out(element)).toBe('mended en')
    expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull()
  })
})

describe('sync groups', () => {
  it('tells the other widgets of the same group, not itself and not other groups', async () => {
    const container = mount(
      '<vs-test-widget sync="a" id="one"></vs-test-widget><vs-test-widget sync="a" id="two"></vs-test-widget><vs-test-widget sync="b" id="three"></vs-test-widget>',
    )
    const [one, two, three] = [...container.querySelectorAll('vs-test-widget')]
    await Promise.all([one, two, three].map((element) => settled(element!)))
    const selected = vi.fn()
    container.addEventListener('vs-select', selected)
    one!.selectSomething()
    expect(selected).toHaveBeenCalledOnce()
    expect(one!.received).toEqual([])
    expect(two!.received).toEqual([{ kind: 'unit', id: 'x' }])
    expect(three!.received).toEqual([])
    broadcast(document.body, 'b', { kind: 'clear' })
    expect(three!.received).toEqual([{ kind: 'clear' }])
  })

  it('ignores malformed sync events from the page, and throws on none of them', async () => {
    const element = await widget('<vs-test-widget sync="a"></vs-test-widget>')
    const errors: string[] = []
    const onError = (event: ErrorEvent) => errors.push(event.message)
    window.addEventListener('error', onError)
    onTestFinished(() => window.removeEventListener('error', onError))
    const source = document.body
    const throwing = Object.defineProperty({}, 'group', {
      get() {
        throw new Error('no group')
      },
    })
    const details: unknown[] = [
      undefined,
      null,
      'a',
      42,
      {},
      throwing,
      { group: 'a' },
      { group: 'a', source },
      { group: 'a', source, message: null },
      { group: 'a', source, message: 'clear' },
      { group: 'a', source, message: { kind: 'select', id: 'x' } },
      { group: 'a', source, message: { kind: 'unit' } },
      { group: 'a', source, message: { kind: 'unit', id: 42 } },
      { group: 'a', source, message: { kind: 'date', id: 'x' } },
      { group: 'a', source, message: { kind: 'date', day: '2023-02-30', id: 'x' } },
      { group: 'a', source, message: { kind: 'date', day: 20230201, id: 'x' } },
      { group: 'a', source: 'body', message: { kind: 'clear' } },
      { group: 'a', message: { kind: 'clear' } },
      { group: ['a'], source, message: { kind: 'clear' } },
    ]
    for (const detail of details) document.dispatchEvent(new CustomEvent('vs-sync', { detail }))
    document.dispatchEvent(new Event('vs-sync'))
    expect(errors).toEqual([])
    expect(element.received).toEqual([])
    // Well-formed messages still arrive, with only the fields they should have.
    const extra = { group: 'a', source, message: { kind: 'date', day: '2023-02-01', id: 'x', more: 1 } }
    document.dispatchEvent(new CustomEvent('vs-sync', { detail: extra }))
    expect(element.received).toEqual([{ kind: 'date', day: '2023-02-01', id: 'x' }])
  })
})
