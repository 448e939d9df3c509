// Markup on the host page that shadows what the CDN file reads: an element whose id or name is a global
// of Lit, or whose name is a method of `document` or `window`. A KTH page holds editors' HTML,
// ids included. Each case loads the CDN file (built by `pnpm --filter @kth-vs/widgets build`) into a
// frame whose page holds that markup and a strict style policy, and every widget must render styled,
// with nothing thrown and no policy violated.
import { benignText, textDocument } from '@kth-vs/test-fixtures/hardening/text-document'
import { WIDGET_TAGS as TAGS } from '@kth-vs/test-fixtures/hardening/harness'
import { afterEach, describe, expect, it } from 'vitest'
import { LIBRARY_GLOBALS } from '../cdn/named-globals.js'

const BUNDLE = new URL('../../dist/cdn/kth-vs.js', import.meta.url)
// The frame's own methods may be shadowed by the markup under test, so the test calls the prototypes'.
const { addEventListener } = EventTarget.prototype
const { createElement, querySelector } = Document.prototype

// Test markup of our own: what an editor's HTML may hold.
const HOSTILE_MARKUP: readonly string[] = [
  ...LIBRARY_GLOBALS.map((name) => `<div id="${name}"></div>`),
  // Two elements with one id make the global an HTMLCollection.
  '<div id="litHtmlVersions"></div><div id="litHtmlVersions"></div>',
  '<iframe name="reactiveElementVersions" title="x"></iframe>',
  ...['createTreeWalker', 'importNode', 'createElement', 'createComment', 'createTextNode'].map(
    (name) => `<img name="${name}" alt="">`,
  ),
  '<img name="documentElement" alt="">',
  ...['addEventListener', 'removeEventListener', 'dispatchEvent'].map(
    (name) => `<form name="${name}"></form><div id="${name}"></div>`,
  ),
]

const frames: HTMLIFrameElement[] = []
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove()
})

interface Framed {
  window: Window & typeof globalThis
  problems: string[]
}

/** A frame whose page holds `markup`, under a policy that refuses inline styles, with the CDN file. */
async function framedPage(markup: string): Promise<Framed> {
  const head = await fetch(BUNDLE, { method: 'HEAD' }).catch(() => undefined)
  if (!head?.ok)
    throw new Error(`${BUNDLE.pathname} is missing: run \`pnpm --filter @kth-vs/widgets build\` first`)
  const frame = document.createElement('iframe')
  frame.style.inlineSize = '64rem'
  frames.push(frame)
  frame.srcdoc = `<!doctype html><html lang="sv"><head>
    <meta http-equiv="Content-Security-Policy" content="style-src 'self'">
    </head><body>${markup}${TAGS.map((tag) => `<${tag}></${tag}>`).join('')}</body></html>`
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
  document.body.append(frame)
  await loaded
  const window = frame.contentWindow as Window & typeof globalThis
  const problems: string[] = []
  addEventListener.call(window, 'error', (event) => problems.push(`error: ${(event as ErrorEvent).message}`))
  addEventListener.call(window, 'unhandledrejection', (event) =>
    problems.push(`rejection: ${String((event as PromiseRejectionEvent).reason)}`),
  )
  addEventListener.call(window.document, 'securitypolicyviolation', (event) =>
    problems.push(`policy: ${(event as SecurityPolicyViolationEvent).violatedDirective}`),
  )
  const script = createElement.call(window.document, 'script') as HTMLScriptElement
  script.type = 'module'
  script.src = BUNDLE.href
  window.document.head.append(script)
  return { window, problems }
}

/** Waits until `ready()` holds, or fails with `failure()` and what the page reported. */
async function until({ problems }: Framed, ready: () => boolean, failure: () => string): Promise<void> {
  const end = performance.now() + 10_000
  while (!ready()) {
    if (performance.now() > end || problems.length > 0)
      throw new Error(`${failure()}; ${problems.join('; ') || 'nothing reported'}`)
    await new Promise((resolve) => setTimeout(resolve, 20))
  }
}

/** Waits until the CDN file has defined every widget, gives each the test data and waits until it shows. */
async function rendered(framed: Framed): Promise<void> {
  const { window } = framed
  const undefinedTags = () => TAGS.filter((tag) => !window.customElements.get(tag))
  await until(
    framed,
    () => undefinedTags().length === 0,
    () => `${undefinedTags().join(', ')} not defined`,
  )
  const widgets = TAGS.map(
    (tag) => querySelector.call(window.document, tag) as HTMLElement & { data: unknown },
  )
  for (const widget of widgets) widget.data = textDocument(benignText)
  const pending = () => widgets.filter((widget) => !widget.shadowRoot?.textContent?.includes('benign‹'))
  await until(
    framed,
    () => pending().length === 0,
    () =>
      `${pending()
        .map((widget) => widget.localName)
        .join(', ')} did not render: ${pending()[0]?.shadowRoot?.textContent?.slice(0, 300)}`,
  )
}

describe('the CDN file on a page with named elements', () => {
  it.each(HOSTILE_MARKUP)('renders every widget, styled, beside %s', async (markup) => {
    const framed = await framedPage(markup)
    await rendered(framed)
    for (const tag of TAGS) {
      const root = querySelector.call(framed.window.document, tag)!.shadowRoot!
      expect(root.adoptedStyleSheets.length, `${tag} has its styles`).toBeGreaterThan(0)
      expect(root.querySelector('style'), `${tag} needs no <style> element`).toBeNull()
      expect(root.querySelector('[role="alert"]'), `${tag} shows no error`).toBeNull()
    }
    expect(framed.problems).toEqual([])
  })

  it('keeps a global that a script set, as polyfills do', async () => {
    const framed = await framedPage('<script>window.litHtmlVersions = ["0.0.0-page"]</script>')
    await rendered(framed)
    expect((framed.window as unknown as { litHtmlVersions: string[] }).litHtmlVersions[0]).toBe('0.0.0-page')
  })
})
