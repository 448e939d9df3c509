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
 * Waits until an element has loaded its data (vs-load or vs-error) and rendered. The limit is a time, not
 * a number of rounds: on a busy machine the first load of the built-in dataset takes more than a second.
 */
export async function settled(
  element: HTMLElement & { updateComplete: Promise<boolean> },
  timeoutMs = 10_000,
): Promise<void> {
  const deadline = performance.now() + timeoutMs
  while (performance.now() < deadline) {
    await element.updateComplete
    if (!element.shadowRoot?.querySelector('[part="status"]')) return
    await new Promise((resolve) => setTimeout(resolve, 10))
  }
  throw new Error(`${element.localName} did not finish loading`)
}

/** A story's play function: waits until every widget in the story has loaded, so axe checks the real content. */
export async function playUntilSettled({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> {
  const widgets = [...canvasElement.querySelectorAll('*')].filter(
    (node): node is HTMLElement & { updateComplete: Promise<boolean> } =>
      node.localName.startsWith('vs-') && 'updateComplete' in node,
  )
  await Promise.all(widgets.map((widget) => settled(widget)))
}
