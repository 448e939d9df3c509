// What the timeline's test files share: mounting a timeline with the sample programme and reading it.
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import type { ProgrammeDocumentInput } from '@kth-vs/core'
import { mount, settled } from '../test-support/mount.js'
import './define.js'
import type { VsTimeline } from './timeline.js'

export async function render(
  attributes: Record<string, string> = {},
  data: unknown = sampleProgramme(),
  container: Record<string, string> = {},
): Promise<VsTimeline> {
  const element = document.createElement('vs-timeline')
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value)
  if (data !== null) element.data = data as ProgrammeDocumentInput
  // The test page may speak English; the widgets default to the page's language.
  mount('', { lang: 'sv', ...container }).append(element)
  await settled(element)
  return element
}

export async function frames(element: VsTimeline): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
  await element.updateComplete
}

export const root = (element: VsTimeline) => element.shadowRoot!
export const texts = (element: VsTimeline, selector: string) =>
  [...root(element).querySelectorAll(selector)].map((node) => node.textContent!.replace(/\s+/g, ' ').trim())
export const itemIds = (element: VsTimeline) =>
  [...root(element).querySelectorAll<HTMLElement>('[part="item"]')].map((node) => node.dataset['id'])
export const item = (element: VsTimeline, id: string) =>
  root(element).querySelector<HTMLElement>(`#vs-tl-${id}`)!
/** The button that selects an item and holds its tab stop: its title in the list, its bar on the axis. */
export const selectButton = (element: VsTimeline, id: string) =>
  root(element).querySelector<HTMLButtonElement>(`[data-select="${id}"]`)!
export const dateOf = (element: VsTimeline, id: string) => item(element, id).querySelector('time')!
