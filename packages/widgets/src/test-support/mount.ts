/** Mounts HTML in a fresh container on the page and returns the container; `cleanup` removes every container. */
const containers: HTMLElement[] = []

export function mount(markup: string, attributes: Record<string, string> = {}): HTMLElement {
  const container = document.createElement('div')
  for (const [name, value] of Object.entries(attributes)) container.setAttribute(name, value)
  // Test fixtures are literal markup written in the tests, never data.
  container.append(document.createRange().createContextualFragment(markup))
  document.body.append(container)
  containers.push(container)
  return container
}

export function cleanup(): void {
  for (const container of containers.splice(0)) container.remove()
}

/**
 * How long a widget may take to load and render before a test gives up. Generous: on a loaded machine
 * the first render of the built-in dataset can take seconds, and a slow pass is not a failure.
 */
export const SETTLE_TIMEOUT_MS = 30_000

/** Whether the element has rendered its data or its error, not "Loading…". */
function hasSettled(element: HTMLElement): boolean {
  return element.shadowRoot !== null && !element.shadowRoot.querySelector('[part="status"]')
}

/**
 * Waits until an element has loaded its data (vs-load or vs-error) and rendered. Woken by those events
 * and by each render; fails only after {@link SETTLE_TIMEOUT_MS}.
 */
export async function settled(element: HTMLElement & { updateComplete: Promise<boolean> }): Promise<void> {
  const deadline = Date.now() + SETTLE_TIMEOUT_MS
  await element.updateComplete
  while (!hasSettled(element)) {
    const left = deadline - Date.now()
    if (left <= 0) throw new Error(`${element.localName} did not finish loading in ${SETTLE_TIMEOUT_MS} ms`)
    await new Promise<void>((resolve) => {
      const done = () => {
        element.removeEventListener('vs-load', done)
        element.removeEventListener('vs-error', done)
        clearTimeout(timer)
        resolve()
      }
      element.addEventListener('vs-load', done)
      element.addEventListener('vs-error', done)
      // A render that follows the event is awaited below; the timer also catches a state the events miss.
      const timer = setTimeout(done, Math.min(left, 250))
    })
    await element.updateComplete
  }
}

/** A story's play function: waits until every widget in the story has loaded, so axe checks the real content. */
export async function playUntilSettled({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const widgets = [...canvasElement.querySelectorAll('*')].filter(
    (node): node is HTMLElement & { updateComplete: Promise<boolean> } =>
      node.localName.startsWith('vs-') && 'updateComplete' in node,
  )
  await Promise.all(widgets.map((widget) => settled(widget)))
}
