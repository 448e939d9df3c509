// Memory: mounting and removing a widget many times must not keep anything alive, and a removed widget
// must no longer hear the page. The heap is read through the Chrome DevTools Protocol after a forced
// garbage collection (`window.gc()`, from `--js-flags=--expose-gc` in vitest.config.ts); without
// `--enable-precise-memory-info`, `performance.memory` is rounded and cached, so it is not used here.
import { afterEach, describe, expect, it } from 'vitest'
import { cdp } from 'vitest/browser'
import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { SYNC_EVENT, type SyncDetail, type SyncMessage } from '../base/sync.js'
import '../define.js'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'

const WIDGETS = [
  'vs-org-chart',
  'vs-timeline',
  'vs-principle-cards',
  'vs-support-areas',
  'vs-governance',
  'vs-programme',
] as const
type Tag = (typeof WIDGETS)[number]
type Widget = HTMLElementTagNameMap[Tag]

const CYCLES = 200
/** Generous: keeping each removed widget alive (its shadow tree, state and document) costs more than this. */
const BOUND_BYTES = 5 * 1024 * 1024
const SYNC_GROUP = 'memory-test'

const containers: HTMLElement[] = []
const originalLang = document.documentElement.lang

afterEach(() => {
  for (const container of containers.splice(0)) container.remove()
  document.documentElement.lang = originalLang
})

function container(): HTMLElement {
  const element = document.createElement('div')
  element.style.inlineSize = '800px'
  document.body.append(element)
  containers.push(element)
  return element
}

/** Waits until the widget has validated its data and rendered it (no loading status left). */
async function settled(element: Widget): Promise<void> {
  for (let i = 0; i < 200; i++) {
    await element.updateComplete
    if (!element.shadowRoot?.querySelector('[part="status"]')) return
    await new Promise((resolve) => setTimeout(resolve, 0))
  }
  throw new Error(`${element.localName} did not finish loading`)
}

async function mountOnce(
  tag: Tag,
  data: ProgrammeDocumentInput,
  parent: HTMLElement,
  sync?: string,
): Promise<Widget> {
  const element = document.createElement(tag)
  if (sync) element.setAttribute('sync', sync)
  element.data = data
  parent.append(element)
  await settled(element)
  return element
}

async function cycles(
  tag: Tag,
  data: ProgrammeDocumentInput,
  parent: HTMLElement,
  count: number,
  removed: WeakRef<Widget>[] = [],
): Promise<void> {
  for (let i = 0; i < count; i++) {
    const element = await mountOnce(tag, data, parent, SYNC_GROUP)
    removed.push(new WeakRef(element))
    if (i === 0) {
      // The document is valid, so each cycle renders the widget itself, not the error panel.
      expect(element.shadowRoot!.querySelector('[part="error"]')).toBeNull()
      expect(element.shadowRoot!.childElementCount).toBeGreaterThan(0)
    }
    element.remove()
  }
}

/**
 * Bytes in use on the JS heap plus the DOM's own (embedder) heap, after pending callbacks have run and
 * garbage has been collected. Keeping every removed element alive grows this by 6 to 21 MB in 200 cycles.
 */
async function heapAfterGc(): Promise<number> {
  await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))
  const gc = (window as Window & { gc?: () => void }).gc
  for (let i = 0; i < 3; i++) {
    if (gc) gc()
    else await cdp().send('HeapProfiler.collectGarbage')
  }
  const { usedSize, embedderHeapUsedSize } = await cdp().send('Runtime.getHeapUsage')
  return usedSize + embedderHeapUsedSize
}

const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(2)} MB`

describe('memory', () => {
  for (const tag of WIDGETS) {
    it(`<${tag}> mounted and removed ${CYCLES} times grows the heap by less than 5 MB`, async () => {
      const data = sampleProgramme()
      const parent = container()
      // Warm up first: templates, styles and the core's lookup tables are made once per page, not per element.
      await cycles(tag, data, parent, 20)
      const before = await heapAfterGc()
      const removed: WeakRef<Widget>[] = []
      await cycles(tag, data, parent, CYCLES, removed)
      let after = await heapAfterGc()
      let alive = removed.filter((ref) => ref.deref()).length
      // A busy machine may leave the last few for a later collection, and the browser keeps the node it
      // last focused or hovered as a starting point; a leak keeps them all, however long we wait.
      for (let retry = 0; retry < 5 && alive > 0; retry++) {
        await new Promise((resolve) => setTimeout(resolve, 200))
        after = await heapAfterGc()
        alive = removed.filter((ref) => ref.deref()).length
      }
      console.log(
        `<${tag}> ${CYCLES} mounts: heap ${mb(before)} before, ${mb(after)} after, ${mb(after - before)} growth; ${alive} removed elements still alive`,
      )
      expect(alive).toBeLessThanOrEqual(2)
      expect(after - before).toBeLessThan(BOUND_BYTES)
      // Two hundred mounts, each validating the document, take a while on a busy machine.
    }, 120_000)
  }

  for (const tag of WIDGETS) {
    it(`a removed <${tag}> no longer hears vs-sync, language changes or window events`, async () => {
      const data = sampleProgramme()
      const parent = container()
      document.documentElement.lang = 'en'
      const removed: Widget[] = []
      for (let i = 0; i < 3; i++) {
        const element = await mountOnce(tag, data, parent, SYNC_GROUP)
        element.remove()
        removed.push(element)
      }
      // The control: a widget still on the page, in the same group, must hear all of it.
      const live = await mountOnce(tag, data, parent, SYNC_GROUP)

      const heard = new Map<Widget, string[]>()
      for (const element of [...removed, live]) {
        const log: string[] = []
        heard.set(element, log)
        // Instance properties shadow the prototype's methods: `receiveSync` is what a sync listener calls,
        // `requestUpdate` what any state change (language, printing, hash) calls.
        Object.assign(element, {
          receiveSync: (message: SyncMessage) => log.push(`${SYNC_EVENT} ${message.kind}`),
          requestUpdate: (name?: PropertyKey) => log.push(`update ${String(name)}`),
        })
      }

      const source = document.createElement('div')
      document.dispatchEvent(
        new CustomEvent<SyncDetail>(SYNC_EVENT, {
          detail: { group: SYNC_GROUP, source, message: { kind: 'clear' } },
        }),
      )
      document.documentElement.lang = 'sv'
      for (const type of ['hashchange', 'beforeprint', 'afterprint']) window.dispatchEvent(new Event(type))
      await new Promise((resolve) => setTimeout(resolve, 0))

      expect(heard.get(live)).toContain(`${SYNC_EVENT} clear`)
      expect(heard.get(live)).toContain('update language')
      for (const element of removed) expect(heard.get(element)).toEqual([])
    })
  }
})
