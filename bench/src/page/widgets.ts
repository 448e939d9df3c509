// In a page beside the kit's script (the CDN file or an npm bundle): renders widgets through their
// public interface only (tag, attributes, `data`, events, keyboard) and times them.
import type { RenderResult, WidgetPage } from './api.js'
import { countElements, host, nextFrame, twoFrames } from './frames.js'

type DataElement = HTMLElement & { data: unknown }

/** Resolves on the widget's `vs-load`; rejects on `vs-error`, naming the first problems. */
function loaded(element: HTMLElement): Promise<void> {
  return new Promise((resolve, reject) => {
    element.addEventListener('vs-load', () => resolve(), { once: true })
    element.addEventListener(
      'vs-error',
      (event) => {
        const issues = (event as CustomEvent<{ issues?: { pathText?: string }[] }>).detail.issues ?? []
        const where = issues
          .slice(0, 3)
          .map((found) => found.pathText)
          .join(', ')
        reject(new Error(`<${element.localName}> rejected its data (${where})`))
      },
      { once: true },
    )
  })
}

/** The focused element, looking into shadow roots. */
function deepFocus(): Element | null {
  let focused = document.activeElement
  while (focused?.shadowRoot?.activeElement) focused = focused.shadowRoot.activeElement
  return focused
}

/** Where focus is: the focused element, and the active descendant it points to, if any. */
interface FocusMark {
  element: Element | null
  activeDescendant: string | null
}

function focusMark(): FocusMark {
  const element = deepFocus()
  return { element, activeDescendant: element?.getAttribute('aria-activedescendant') ?? null }
}

const sameFocus = (a: FocusMark, b: FocusMark) =>
  a.element === b.element && a.activeDescendant === b.activeDescendant

let steps: number[] = []

const page: WidgetPage = {
  async ready(tag) {
    await customElements.whenDefined(tag)
  },

  async render(tag, attributes, data): Promise<RenderResult> {
    const start = performance.now()
    const element = document.createElement(tag) as DataElement
    for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
    const done = loaded(element)
    element.data = data
    host().append(element)
    await done
    await twoFrames()
    const ms = performance.now() - start
    return { ms, elements: countElements(element.shadowRoot ?? element) }
  },

  recordKeySteps(key) {
    steps = []
    window.addEventListener(
      'keydown',
      (event) => {
        if (event.key !== key) return
        const start = performance.now()
        const before = focusMark()
        // After the widget's own keydown handler and the render it queued (microtasks); a widget that
        // renders in an animation frame is given frames until focus has moved.
        setTimeout(async () => {
          for (let frame = 0; frame < 120 && sameFocus(focusMark(), before); frame++) await nextFrame()
          const moved = !sameFocus(focusMark(), before)
          // Style and layout of the moved focus, which the next frame would otherwise do.
          deepFocus()?.getBoundingClientRect()
          steps.push(moved ? performance.now() - start : Number.NaN)
        }, 0)
      },
      { capture: true },
    )
  },

  keySteps: () => steps,

  focusedRole: () => deepFocus()?.getAttribute('role') ?? null,
}

window.kthBench = page
