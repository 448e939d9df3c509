// Two copies of the CDN bundle on one page (two embeds that each bring their own script tag). The second
// copy must load without throwing, must leave the first copy's elements registered, and the elements
// must work. This file imports no widget source, so the registry starts empty: the bundle defines the
// elements. The bundle is built by `pnpm --filter @kth-vs/widgets build` (see turbo.json's
// `@kth-vs/widgets#test`).
import { expect, it } from 'vitest'
import { WIDGET_TAGS as TAGS } from '@kth-vs/test-fixtures/hardening/harness'
import { benignText, textDocument } from '@kth-vs/test-fixtures/hardening/text-document'

const BUNDLE = new URL('../../dist/cdn/kth-vs.js', import.meta.url)
const CLASSES = [
  'VsOrgChart',
  'VsTimeline',
  'VsPrincipleCards',
  'VsSupportAreas',
  'VsGovernance',
  'VsProgramme',
] as const

type Bundle = Record<(typeof CLASSES)[number], CustomElementConstructor>
type Loaded = HTMLElement & { data: unknown; updateComplete: Promise<boolean> }

async function rendered(element: Loaded): Promise<void> {
  const end = performance.now() + 3000
  while (!element.shadowRoot?.textContent?.includes('benign‹')) {
    if (performance.now() > end) throw new Error(`${element.localName} did not render its data`)
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
}

it(
  'loads twice under different URLs; the first copy keeps the tags and every element works',
  { timeout: 8000 },
  async () => {
    const head = await fetch(BUNDLE, { method: 'HEAD' }).catch(() => undefined)
    if (!head?.ok)
      throw new Error(
        `${BUNDLE.pathname} is missing: run \`pnpm --filter @kth-vs/widgets build\` first ` +
          '(turbo.json: "@kth-vs/widgets#test": { "dependsOn": ["^build", "build"] })',
      )
    expect(TAGS.map((tag) => customElements.get(tag))).toEqual(TAGS.map(() => undefined))

    const first = (await import(/* @vite-ignore */ `${BUNDLE.href}?copy=1`)) as Bundle
    const registered = TAGS.map((tag) => customElements.get(tag))
    expect(registered).toEqual(CLASSES.map((name) => first[name]))
    const second = (await import(/* @vite-ignore */ `${BUNDLE.href}?copy=2`)) as Bundle
    // Two module instances with their own classes; the guarded define left the first ones in place.
    expect(CLASSES.every((name) => second[name] !== first[name])).toBe(true)
    expect(TAGS.map((tag) => customElements.get(tag))).toEqual(registered)

    // The second copy's classes work too, under tags of their own.
    CLASSES.forEach((name, i) => customElements.define(`${TAGS[i]}-copy`, second[name]))

    const container = document.createElement('div')
    container.style.inlineSize = '64rem'
    document.body.append(container)
    try {
      for (const tag of [...TAGS, ...TAGS.map((tag) => `${tag}-copy`)]) {
        const element = document.createElement(tag) as Loaded
        element.data = textDocument(benignText)
        container.append(element)
        await rendered(element)
        expect(element.shadowRoot!.querySelector('[role="alert"]')).toBeNull()
        // A click reaches the element's handlers: the programme overview, which has nothing to select,
        // opens a note; every other widget answers a selection with vs-select.
        if (tag.startsWith('vs-programme')) {
          const note = element.shadowRoot!.querySelector<HTMLElement>('[part="disclosure"]')!
          note.click()
          await element.updateComplete
          expect(note.getAttribute('aria-expanded'), `${tag} answers a click`).toBe('true')
          continue
        }
        const target = element.shadowRoot!.querySelector<HTMLElement>(
          '[role="treeitem"], [part="item"], [part="select"]',
        )
        let selected = false
        element.addEventListener('vs-select', () => (selected = true))
        target!.click()
        expect(selected, `${tag} answers a click`).toBe(true)
      }
    } finally {
      container.remove()
    }
  },
)
