import { userEvent } from 'vitest/browser'

/** The controls in a shadow root that Tab should reach, in document order. */
export function tabbable(root: ShadowRoot): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>('button, a[href], [tabindex]')].filter(
    (node) => node.tabIndex >= 0 && !node.closest('[hidden], [aria-hidden="true"]'),
  )
}

/** Presses Tab from the top of the page `count` times and returns where focus went inside `element`. */
export async function tabOrder(element: HTMLElement, count: number): Promise<(Element | null)[]> {
  ;(document.activeElement as HTMLElement | null)?.blur()
  const reached: (Element | null)[] = []
  for (let i = 0; i < count; i++) {
    await userEvent.tab()
    reached.push(element.shadowRoot!.activeElement)
  }
  return reached
}

/** Waits for the next animation frames, so resize observers have reported and the widget re-rendered. */
export async function nextFrames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
}
