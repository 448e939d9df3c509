// Under a Content-Security-Policy with `require-trusted-types-for 'script'`, as the demo site sends,
// the browser refuses to set a script element's text from a plain string: editors' scripts cannot fill
// in a widget's inline `<script type="application/json">` after the element has upgraded. This suite
// loads the CDN file (built by `pnpm --filter @kth-vs/widgets build`) into a frame under that policy and
// shows what works instead: the `data` property, a text node, or a TrustedScript from a policy.
import { afterEach, describe, expect, it } from 'vitest'
import { benignText, textDocument } from '@kth-vs/test-fixtures/hardening/text-document'

const BUNDLE = new URL('../../dist/cdn/kth-vs.js', import.meta.url)
const POLICY = "require-trusted-types-for 'script'"

type Widget = HTMLElement & { data: unknown }
interface TrustedTypeFactory {
  createPolicy(
    name: string,
    rules: { createScript: (text: string) => string },
  ): {
    createScript(text: string): unknown
  }
}

const frames: HTMLIFrameElement[] = []
afterEach(() => {
  for (const frame of frames.splice(0)) frame.remove()
})

/** A frame under the Trusted Types policy with the CDN file loaded and a timeline with inline JSON. */
async function framedTimeline(): Promise<{ window: Window & typeof globalThis; element: Widget }> {
  const head = await fetch(BUNDLE, { method: 'HEAD' }).catch(() => undefined)
  if (!head?.ok)
    throw new Error(`${BUNDLE.pathname} is missing: run \`pnpm --filter @kth-vs/widgets build\` first`)
  const frame = document.createElement('iframe')
  frames.push(frame)
  const json = JSON.stringify(textDocument(benignText)).replace(/</g, '\\u003c')
  // Test markup of our own, not data: the frame's page as an editor would write it.
  frame.srcdoc = `<!doctype html><html lang="sv"><head>
    <meta http-equiv="Content-Security-Policy" content="${POLICY}">
    <script type="module" src="${BUNDLE.href}"></script></head>
    <body><vs-timeline view="list"><script type="application/json">${json}</script></vs-timeline></body></html>`
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }))
  document.body.append(frame)
  await loaded
  const window = frame.contentWindow as Window & typeof globalThis
  await window.customElements.whenDefined('vs-timeline')
  const element = window.document.querySelector('vs-timeline') as Widget
  await shows(element, 'benign‹')
  return { window, element }
}

/** Waits until the element's shadow root shows `text`. */
async function shows(element: Element, text: string): Promise<void> {
  const end = performance.now() + 5000
  while (!element.shadowRoot?.textContent?.includes(text)) {
    if (performance.now() > end) throw new Error(`${element.localName} never showed ${JSON.stringify(text)}`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

/** The same document with one item's title changed, as JSON. */
function changedDocument(title: string) {
  const doc = textDocument(benignText)
  doc.timeline![0]!.title = { sv: title, en: title }
  return doc
}

describe('inline JSON under Trusted Types', () => {
  it('is read from the page as written', async () => {
    const { element } = await framedTimeline()
    expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull()
  })

  it('cannot be replaced through textContent after upgrade: the browser throws', async () => {
    const { window, element } = await framedTimeline()
    const script = element.querySelector('script')!
    expect(() => (script.textContent = JSON.stringify(changedDocument('Ändrad')))).toThrow(window.TypeError)
    expect(script.textContent).toContain('benign‹')
  })

  it('is overridden by the data property, which needs no Trusted Types', async () => {
    const { element } = await framedTimeline()
    element.data = changedDocument('Ändrad via data')
    await shows(element, 'Ändrad via data')
  })

  it('can be replaced with a text node, or a TrustedScript from the page’s own policy', async () => {
    const { window, element } = await framedTimeline()
    const script = element.querySelector('script')!
    script.replaceChildren(window.document.createTextNode(JSON.stringify(changedDocument('Ändrad via text'))))
    await shows(element, 'Ändrad via text')

    const factory = (window as unknown as { trustedTypes: TrustedTypeFactory }).trustedTypes
    const policy = factory.createPolicy('programme-json', { createScript: (text) => text })
    const trusted = policy.createScript(JSON.stringify(changedDocument('Ändrad via policy')))
    ;(script as unknown as { textContent: unknown }).textContent = trusted
    await shows(element, 'Ändrad via policy')
  })
})
