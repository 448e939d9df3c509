// Faults: `src` answering with errors, slowly, wrongly or not at all; elements removed mid-fetch; `src`,
// `lang` and `as-of` changed faster than anything can load. Every outcome must be a message or the
// latest data, never an exception, a hang or stale data. `fetch` is stubbed with the real fetch's
// semantics: aborting the signal rejects the pending fetch and errors a body that is still streaming.
import '../define.js'
import type { Language, ProgrammeDocumentInput } from '@kth-vs/core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { VsLoadDetail } from '../base/vs-element.js'
import {
  FULL_VIEW,
  WIDGET_TAGS,
  type WidgetTag,
  addWidget,
  errorEvents,
  errorPaths,
  loaded,
  removeWidgets,
  sleep,
  until,
  watchPageErrors,
} from '@kth-vs/test-fixtures/hardening/harness'
import { shows, textDocument, textSlots } from '@kth-vs/test-fixtures/hardening/text-document'

let page: ReturnType<typeof watchPageErrors>

beforeEach(() => {
  page = watchPageErrors()
})

afterEach(async () => {
  await sleep(0)
  removeWidgets()
  vi.restoreAllMocks()
  page.stop()
  expect(page.errors, 'uncaught errors on the page').toEqual([])
})

/** A valid document whose every shown text starts with `id‹`, so the rendered programme can be read off the page. */
function documentFor(id: string): ProgrammeDocumentInput {
  const doc = textDocument((slot) => `${id}‹${slot.key}›`)
  doc.programme.id = id
  return doc
}

/** The programme ids whose texts are on the widget's page. */
function shownIds(element: Element): string[] {
  const text = element.shadowRoot?.textContent ?? ''
  return [...new Set([...text.matchAll(/([\w-]+)‹/g)].map((match) => match[1] as string))]
}

const JSON_TYPE = { 'content-type': 'application/json; charset=utf-8' }

function json(body: string, init: ResponseInit = {}): Response {
  return new Response(body, { status: 200, headers: JSON_TYPE, ...init })
}

/** Rejects as fetch does when its signal aborts. */
function abortable<T>(signal: AbortSignal, start: (resolve: (value: T) => void) => () => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason)
    const stop = start(resolve)
    signal.addEventListener('abort', () => {
      stop()
      reject(signal.reason)
    })
  })
}

/** Answers with `response()` after `ms`, unless the signal aborts first. */
function after(ms: number, signal: AbortSignal, response: () => Response): Promise<Response> {
  return abortable(signal, (resolve) => {
    const timer = setTimeout(() => resolve(response()), ms)
    return () => clearTimeout(timer)
  })
}

/** A 200 response whose body arrives `bytes` at a time every `everyMs`; aborting errors the stream, as fetch does. */
function trickle(text: string, bytes: number, everyMs: number, signal: AbortSignal): Response {
  const data = new TextEncoder().encode(text)
  let offset = 0
  let timer: ReturnType<typeof setTimeout> | undefined
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      signal.addEventListener('abort', () => {
        clearTimeout(timer)
        controller.error(signal.reason)
      })
    },
    pull(controller) {
      return new Promise<void>((resolve) => {
        timer = setTimeout(() => {
          if (signal.aborted) return resolve()
          controller.enqueue(data.slice(offset, offset + bytes))
          offset += bytes
          if (offset >= data.length) controller.close()
          resolve()
        }, everyMs)
      })
    },
  })
  return new Response(body, { status: 200, headers: JSON_TYPE })
}

interface Call {
  url: string
  signal: AbortSignal
}

/** Stubs fetch with `answer`, recording each call's URL and signal. */
function stubFetch(answer: (call: Call) => Promise<Response> | Response): Call[] {
  const calls: Call[] = []
  vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
    const call = {
      url: String(input instanceof Request ? input.url : input),
      signal: init?.signal ?? new AbortSignal(),
    }
    calls.push(call)
    return answer(call)
  })
  return calls
}

const panelText = (element: Element) => element.shadowRoot?.querySelector('[role="alert"]')?.textContent ?? ''
const retry = (element: Element) => element.shadowRoot?.querySelector<HTMLButtonElement>('[part="retry"]')

describe.each(WIDGET_TAGS)('%s fetching src', { timeout: 5000 }, (tag: WidgetTag) => {
  function load(attributes: Record<string, string>) {
    const events = errorEvents()
    const element = addWidget(tag, {
      attributes: { ...FULL_VIEW[tag], ...attributes },
      on: { 'vs-error': events.listener },
    })
    return { element, events }
  }

  it.each([404, 500, 503])('answering %i shows the status with a retry button', async (status) => {
    stubFetch(() => json('{"error":"nope"}', { status }))
    const { element, events } = load({ src: 'programme.json', lang: 'en' })
    await loaded(element)
    expect(errorPaths(element)).toEqual(['src'])
    expect(panelText(element)).toContain(`status ${status}`)
    expect(events.details.map((detail) => detail.origin)).toEqual(['src'])
    expect(retry(element)).toBeTruthy()
  })

  it('a network failure shows the network message with a retry button', async () => {
    stubFetch(() => Promise.reject(new TypeError('Failed to fetch')))
    const { element } = load({ src: 'https://unreachable.invalid/programme.json', lang: 'en' })
    await loaded(element)
    expect(errorPaths(element)).toEqual(['src'])
    expect(panelText(element)).toContain('could not be fetched')
    expect(retry(element)).toBeTruthy()
  })

  it('a src with markup in it is quoted as text in the message', async () => {
    stubFetch(() => json('', { status: 404 }))
    const src = '"><img src=x onerror=alert(1)>.json'
    const { element } = load({ src, lang: 'en' })
    await loaded(element)
    expect(panelText(element)).toContain(JSON.stringify(src))
    expect(element.shadowRoot!.querySelector('img')).toBeNull()
  })

  it('recovers on retry once the server answers', async () => {
    let fail = true
    stubFetch(() => (fail ? json('', { status: 500 }) : json(JSON.stringify(documentFor('recovered')))))
    const { element } = load({ src: 'programme.json' })
    await loaded(element)
    fail = false
    retry(element)!.click()
    await until(() => shownIds(element).length > 0, 'the retried data')
    expect(shownIds(element)).toEqual(['recovered'])
  })

  it('gives up after timeout="100" with a timeout message, and aborts the fetch', async () => {
    const calls = stubFetch(({ signal }) => after(60_000, signal, () => json('{}')))
    const started = performance.now()
    const { element, events } = load({ src: 'slow.json', timeout: '100', lang: 'en' })
    await until(() => events.details.length > 0, 'the timeout', 2000)
    expect(performance.now() - started).toBeLessThan(1500)
    await element.updateComplete
    expect(panelText(element)).toContain('did not answer within 100 ms')
    expect(calls[0]!.signal.aborted).toBe(true)
    expect(retry(element)).toBeTruthy()
  })

  it.each([
    ['text/html', 'text/html'],
    ['text/plain', 'text/plain'],
    ['application/jsonp', 'application/jsonp'],
    ['no content type', ''],
  ])('with %s is refused, naming the type', async (_name, type) => {
    const body = JSON.stringify(documentFor('typed'))
    stubFetch(() => new Response(type ? new Blob([body], { type }) : new Blob([body]), { status: 200 }))
    const { element } = load({ src: 'programme.json', lang: 'en' })
    await loaded(element)
    expect(errorPaths(element)).toEqual(['src'])
    expect(panelText(element)).toContain(`content type ${type || '—'}`)
  })

  it('with truncated JSON shows invalid JSON at $', async () => {
    const text = JSON.stringify(documentFor('cut'))
    stubFetch(() => json(text.slice(0, Math.floor(text.length / 2))))
    const { element, events } = load({ src: 'programme.json', lang: 'en' })
    await loaded(element)
    expect(errorPaths(element)).toEqual(['$'])
    expect(events.details[0]!.issues[0]!.code).toBe('invalid_json')
  })
})

/** A small valid document, so a trickle of a few bytes at a time finishes in about a second. */
const SMALL: ProgrammeDocumentInput = {
  schemaVersion: 1,
  programme: { id: 'small', name: { sv: 'S' }, start: '2022', end: '2026', sources: ['s'] },
  sources: [{ id: 's', url: 'https://www.kth.se/' }],
  principles: [
    { id: 'p', order: 1, title: { sv: 'Sipprat' }, summary: { sv: 'Kom till slut.' }, sources: ['s'] },
  ],
}

describe('a body that trickles in', { timeout: 5000 }, () => {
  it('a few bytes every 50 ms renders once it is complete', async () => {
    const text = JSON.stringify(SMALL)
    const bytes = Math.ceil(text.length / 16)
    stubFetch(({ signal }) => trickle(text, bytes, 50, signal))
    const started = performance.now()
    const element = addWidget('vs-principle-cards', { attributes: { src: 'trickle.json', timeout: '4000' } })
    await loaded(element, 4000)
    expect(performance.now() - started).toBeGreaterThan(16 * 50 - 100)
    expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull()
    expect(element.shadowRoot!.textContent).toContain('Sipprat')
  })

  it('past the timeout shows the timeout message and stops reading', async () => {
    const calls = stubFetch(({ signal }) => trickle(JSON.stringify(SMALL), 4, 50, signal))
    const events = errorEvents()
    const element = addWidget('vs-principle-cards', {
      attributes: { src: 'trickle.json', timeout: '300', lang: 'en' },
      on: { 'vs-error': events.listener },
    })
    await until(() => events.details.length > 0, 'the timeout', 2000)
    await element.updateComplete
    expect(panelText(element)).toContain('did not answer within 300 ms')
    expect(calls[0]!.signal.aborted).toBe(true)
  })
})

describe('an element removed while its fetch is in flight', { timeout: 5000 }, () => {
  it.each(WIDGET_TAGS)('%s aborts the fetch and reports nothing afterwards', async (tag) => {
    const calls = stubFetch(({ signal }) =>
      after(200, signal, () => json(JSON.stringify(documentFor('late')))),
    )
    const seen: string[] = []
    const element = addWidget(tag, {
      attributes: { ...FULL_VIEW[tag], src: 'programme.json' },
      on: { 'vs-load': () => seen.push('vs-load'), 'vs-error': () => seen.push('vs-error') },
    })
    await until(() => calls.length === 1, 'the fetch')
    element.remove()
    expect(calls[0]!.signal.aborted).toBe(true)
    await sleep(300)
    expect(seen).toEqual([])
    expect(panelText(element)).toBe('')
  })

  it('loads again when it is put back', async () => {
    const calls = stubFetch(({ signal }) =>
      after(100, signal, () => json(JSON.stringify(documentFor('back')))),
    )
    const element = addWidget('vs-governance', { attributes: { src: 'programme.json' } })
    await until(() => calls.length === 1, 'the first fetch')
    const parent = element.parentElement!
    element.remove()
    parent.append(element)
    await loaded(element)
    expect(calls.map((call) => call.signal.aborted)).toEqual([true, false])
    expect(shownIds(element)).toEqual(['back'])
  })
})

describe.each(WIDGET_TAGS)('%s under rapid changes', { timeout: 6000 }, (tag: WidgetTag) => {
  it('src changed 50 times within a second: the last one wins', async () => {
    // Earlier answers are slower, so without aborting they would land after later ones.
    const calls = stubFetch(({ url, signal }) => {
      const n = Number(/(\d+)\.json$/.exec(url)?.[1])
      return after((50 - n) * 8, signal, () => json(JSON.stringify(documentFor(`p${n}`))))
    })
    const loads: string[] = []
    const element = addWidget(tag, {
      attributes: FULL_VIEW[tag],
      on: {
        'vs-load': (event) => loads.push((event as CustomEvent<VsLoadDetail>).detail.document.programme.id),
      },
    })
    const started = performance.now()
    for (let n = 0; n < 50; n++) {
      element.setAttribute('src', `programme-${n}.json`)
      await sleep(n % 5 === 0 ? 30 : 5)
    }
    expect(performance.now() - started).toBeLessThan(1000)
    await until(() => loads.at(-1) === 'p49', 'the last src to load')
    await sleep(450)
    await element.updateComplete
    expect(loads.at(-1)).toBe('p49')
    expect(shownIds(element)).toEqual(['p49'])
    // Every superseded fetch was aborted, unless it had already answered (and loaded) before the next change.
    expect(calls.at(-1)!.url).toMatch(/programme-49\.json$/)
    const idOf = (call: Call) => `p${/(\d+)\.json$/.exec(call.url)?.[1]}`
    expect(calls.slice(0, -1).filter((call) => !call.signal.aborted && !loads.includes(idOf(call)))).toEqual(
      [],
    )
  })

  it('lang toggled 100 times ends in the last language', async () => {
    const slots = textSlots()
    const element = addWidget(tag, { data: documentFor('lang'), attributes: FULL_VIEW[tag], lang: 'sv' })
    await loaded(element)
    const container = element.parentElement!
    // 100 changes that end in the language the page did not start in.
    const languages: Language[] = Array.from({ length: 100 }, (_, i) => (i % 3 === 2 ? 'sv' : 'en'))
    expect(languages.at(-1)).toBe('en')
    // Half at once (the observer sees one batch), half with the page given a turn between each.
    for (const [i, lang] of languages.entries()) {
      container.lang = lang
      if (i >= 50) await sleep(0)
    }
    await sleep(20)
    await element.updateComplete
    const text = element.shadowRoot!.textContent ?? ''
    const only = (lang: Language) =>
      slots.filter((slot) => shows(slot, tag, lang) && !shows(slot, tag, lang === 'en' ? 'sv' : 'en'))
    expect(only('en').some((slot) => text.includes(`lang‹${slot.key}›`))).toBe(true)
    expect(only('sv').filter((slot) => text.includes(`lang‹${slot.key}›`))).toEqual([])
  })
})

describe('the org chart with as-of changed many times', { timeout: 5000 }, () => {
  it('shows the organisation of the last day set', async () => {
    const element = addWidget('vs-org-chart', {
      data: documentFor('day'),
      attributes: { 'expand-depth': '10', 'as-of': '2025-01-01' },
    })
    await loaded(element)
    const days = [
      '2019-03-01',
      '2022-06-01',
      '2023-02-30',
      '2024-06-01',
      'not a day',
      '2025-01-01',
      '2020-05-01',
    ]
    for (let i = 0; i < 70; i++) {
      element.setAttribute('as-of', days[i % days.length] as string)
      if (i % 3 === 0) await sleep(0)
    }
    await element.updateComplete
    const ids = () =>
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('[role="treeitem"]')].map((n) => n.dataset['id'])
    // 2020-05-01: GVS with IT and the old office under it; VS and the HR department do not exist yet.
    expect(ids()).toEqual(['kth', 'ud', 'gvs', 'it', 'old'])
    expect(element.shadowRoot!.querySelector('.notice')).toBeNull()
    element.setAttribute('as-of', '2025-01-01')
    await element.updateComplete
    expect(ids()).toEqual(['kth', 'ud', 'vs', 'it', 'hr-dept'])
  })
})
