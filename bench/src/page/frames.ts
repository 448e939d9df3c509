/** Resolves in the next animation frame's callbacks. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => resolve()))
}

/**
 * Resolves two animation frames from now: by then the first frame after the caller's work has been
 * styled, laid out and painted.
 */
export async function twoFrames(): Promise<void> {
  await nextFrame()
  await nextFrame()
}

/** Elements under `root`, counting into open shadow roots. */
export function countElements(root: ParentNode): number {
  let count = 0
  const pending: ParentNode[] = [root]
  for (let next = pending.pop(); next; next = pending.pop()) {
    for (const element of next.querySelectorAll('*')) {
      count++
      if (element.shadowRoot) pending.push(element.shadowRoot)
    }
  }
  return count
}

/** The element in the page that the render goes into. */
export function host(): HTMLElement {
  const element = document.querySelector<HTMLElement>('#host')
  if (!element) throw new Error('the page has no #host')
  return element
}
