import { vi } from 'vitest'
import type { Language, ProgrammeDocumentInput } from '../core.js'

// The widgets are registered by the suites that use this harness (`import '../define.js'` in the
// widgets' package): this package cannot depend on the widgets, whose tests depend on it.

/** The six widgets of the kit. */
export const WIDGET_TAGS = [
  'vs-org-chart',
  'vs-timeline',
  'vs-principle-cards',
  'vs-support-areas',
  'vs-governance',
  'vs-programme',
] as const

export type WidgetTag = (typeof WIDGET_TAGS)[number]

/** What the harness uses of a widget: its data, Lit's update promise and reloading. */
export interface Widget extends HTMLElement {
  data: unknown
  readonly updateComplete: Promise<boolean>
  reload(): void
}

/** Detail of a widget's `vs-error` event, as far as the harness reads it. */
export interface VsErrorDetail {
  issues: readonly { code: string; pathText: string; path: readonly (string | number)[] }[]
  origin: string
}

/** Attributes that make a widget show as much as it can, the same way every time. */
export const FULL_VIEW: Record<WidgetTag, Record<string, string>> = {
  'vs-org-chart': { 'expand-depth': '10', 'as-of': '2022-06-01', layout: 'list' },
  'vs-timeline': { view: 'list', 'as-of': '2024-01-01', context: '', controls: '' },
  'vs-principle-cards': {},
  'vs-support-areas': {},
  'vs-governance': {},
  'vs-programme': { 'as-of': '2026-12-02' },
}

const containers: HTMLElement[] = []

export interface WidgetOptions {
  /** Set as the `data` property before the element connects. */
  data?: unknown
  /** Put in a child `<script type="application/json">` (built with the DOM, never parsed as HTML). */
  inline?: string
  attributes?: Record<string, string>
  /** The `lang` of the container. */
  lang?: Language
  /** Listens before the element connects, so no event is missed. */
  on?: Record<string, (event: Event) => void>
  /** The container's inline size. */
  width?: string
}

/** Creates a widget, fills in its data and attributes, and connects it in a fresh container. */
export function addWidget(tag: WidgetTag, options: WidgetOptions = {}): Widget {
  const container = document.createElement('div')
  container.lang = options.lang ?? 'sv'
  container.style.inlineSize = options.width ?? '64rem'
  const element = document.createElement(tag) as Widget
  for (const [name, value] of Object.entries(options.attributes ?? {})) element.setAttribute(name, value)
  for (const [name, listener] of Object.entries(options.on ?? {})) element.addEventListener(name, listener)
  if (options.inline !== undefined) {
    const script = document.createElement('script')
    script.type = 'application/json'
    script.textContent = options.inline
    element.append(script)
  }
  // Bad data on purpose: the widget must cope with whatever it is given.
  if (options.data !== undefined) element.data = options.data as ProgrammeDocumentInput
  container.append(element)
  document.body.append(container)
  containers.push(container)
  return element
}

/** Removes every container `addWidget` made. */
export function removeWidgets(): void {
  for (const container of containers.splice(0)) container.remove()
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export async function frames(count = 2): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => requestAnimationFrame(resolve))
}

/** Waits until `check` holds, polling every few milliseconds, or fails with `what` after `ms`. */
export async function until(check: () => boolean, what: string, ms = 3000): Promise<void> {
  const end = performance.now() + ms
  while (!check()) {
    if (performance.now() > end) throw new Error(`timed out waiting for ${what}`)
    await sleep(5)
  }
}

/** Waits until a widget has loaded its data (or failed) and rendered. */
export async function loaded(element: Widget, ms = 3000): Promise<void> {
  await until(
    () => {
      const root = element.shadowRoot
      return root !== null && root.childElementCount > 0 && !root.querySelector('[part="status"]')
    },
    `${element.localName} to load`,
    ms,
  )
  await element.updateComplete
}

/** The error panel's issue paths. */
export function errorPaths(element: Widget): string[] {
  return [...(element.shadowRoot?.querySelectorAll('[role="alert"] .error-path') ?? [])].map(
    (node) => node.textContent ?? '',
  )
}

/** Records `vs-error` details on an element. */
export function errorEvents(): { details: VsErrorDetail[]; listener: (event: Event) => void } {
  const details: VsErrorDetail[] = []
  return { details, listener: (event) => details.push((event as CustomEvent<VsErrorDetail>).detail) }
}

/** Records uncaught errors and unhandled rejections on `window` until `stop`. */
export function watchPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = []
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`)
  const onRejection = (event: PromiseRejectionEvent) =>
    errors.push(`unhandled rejection: ${String(event.reason)}`)
  window.addEventListener('error', onError)
  window.addEventListener('unhandledrejection', onRejection)
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError)
      window.removeEventListener('unhandledrejection', onRejection)
    },
  }
}

declare global {
  interface Window {
    __xssTrap?: (...args: unknown[]) => void
    // Declared as the widgets' own tests declare it.
    __xss?: number
  }
}

/**
 * Installs the global trap that a payload fires when it runs: `__xssTrap()`, `window.__xss = …`, and
 * the dialogs and `print`. Returns what fired; `uninstall` puts everything back.
 */
export function installTrap(): { fired: string[]; uninstall: () => void } {
  const fired: string[] = []
  window.__xssTrap = (...args: unknown[]) => {
    fired.push(`__xssTrap(${args.map(String).join(', ')})`)
  }
  Object.defineProperty(window, '__xss', {
    configurable: true,
    get: () => undefined,
    set: (value: unknown) => {
      fired.push(`window.__xss = ${String(value)}`)
    },
  })
  const spies = [
    vi.spyOn(window, 'alert').mockImplementation((message) => void fired.push(`alert(${String(message)})`)),
    vi.spyOn(window, 'confirm').mockImplementation((message) => {
      fired.push(`confirm(${String(message)})`)
      return false
    }),
    vi.spyOn(window, 'prompt').mockImplementation((message) => {
      fired.push(`prompt(${String(message)})`)
      return null
    }),
    vi.spyOn(window, 'print').mockImplementation(() => void fired.push('print()')),
  ]
  return {
    fired,
    uninstall: () => {
      delete window.__xssTrap
      delete window.__xss
      for (const spy of spies) spy.mockRestore()
    },
  }
}

/** Every element under a root, descending into shadow roots. */
export function allElements(root: ParentNode): Element[] {
  const out: Element[] = []
  const walk = (node: ParentNode) => {
    for (const element of node.querySelectorAll('*')) {
      out.push(element)
      if (element.shadowRoot) walk(element.shadowRoot)
    }
  }
  walk(root)
  return out
}

const URL_ATTRIBUTES = [
  'href',
  'src',
  'srcdoc',
  'action',
  'formaction',
  'xlink:href',
  'data',
  'poster',
  'background',
  'dynsrc',
  'lowsrc',
]
const SCRIPTABLE = ['javascript:', 'data:', 'vbscript:']
/** The link schemes a widget may render. */
export const SAFE_PROTOCOLS = ['http:', 'https:', 'mailto:']

// eslint-disable-next-line no-control-regex
const LEADING_CONTROLS = /^[\u0000-\u0020]+/

/** A URL attribute as a browser reads its scheme: controls and spaces at the ends and tabs and newlines inside dropped. */
function schemeText(value: string): string {
  return value
    .replace(/[\t\n\r]/g, '')
    .replace(LEADING_CONTROLS, '')
    .trim()
    .toLowerCase()
}

// A link that starts with a scheme says where it goes; one that does not must stay on the page's site.
const NAMES_SCHEME = /^[a-z][a-z\d+.-]*:/

/**
 * What is wrong with the elements under `root`: event-handler attributes, URL attributes that run
 * script or load a document, links that resolve to a scheme other than http(s) or mailto, and links
 * that name no scheme but leave the page's site.
 */
export function injectionProblems(root: ParentNode): string[] {
  const problems: string[] = []
  for (const element of allElements(root)) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase()
      if (name.startsWith('on')) problems.push(`<${element.localName}> has ${attribute.name}`)
      if (URL_ATTRIBUTES.includes(name) || name.endsWith(':href')) {
        const value = schemeText(attribute.value)
        if (SCRIPTABLE.some((scheme) => value.startsWith(scheme)))
          problems.push(`<${element.localName}> has ${attribute.name}=${JSON.stringify(attribute.value)}`)
      }
    }
    if (element instanceof HTMLAnchorElement && element.hasAttribute('href')) {
      const href = element.getAttribute('href') ?? ''
      if (!SAFE_PROTOCOLS.includes(element.protocol))
        problems.push(`<a> resolves to ${element.protocol} (${JSON.stringify(href)})`)
      else if (!NAMES_SCHEME.test(schemeText(href)) && element.origin !== location.origin)
        problems.push(`<a> looks relative but goes to ${element.origin} (${JSON.stringify(href)})`)
    }
  }
  return problems
}

/** Elements that a payload would have to create to run, and that no widget renders. */
export const DANGEROUS_TAGS = [
  'script',
  'iframe',
  'object',
  'embed',
  'img',
  'frame',
  'frameset',
  'base',
  'meta',
  'link',
  'style',
  'form',
  'template',
  'math',
  'image',
  'foreignobject',
]

/** How many elements of each tag are under `root`, as one comparable line (lines of the diagram excluded: their number follows layout). */
export function tagCounts(root: ParentNode): string {
  const counts = new Map<string, number>()
  for (const element of allElements(root)) {
    if (element.localName === 'line' && element.closest('svg.lines')) continue
    counts.set(element.localName, (counts.get(element.localName) ?? 0) + 1)
  }
  return [...counts]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([tag, count]) => `${tag}:${count}`)
    .join(' ')
}

/** What the exploration saw at one step. */
export interface Step {
  step: string
  counts: string
  text: string
  /** The `href` of every link. */
  hrefs: string[]
  problems: string[]
}

async function settle(element: Widget): Promise<void> {
  await element.updateComplete
  await element.updateComplete
}

function look(element: Widget, step: string): Step {
  const root = element.shadowRoot as ShadowRoot
  return {
    step,
    counts: tagCounts(root),
    text: root.textContent ?? '',
    hrefs: [...root.querySelectorAll('a[href]')].map((link) => link.getAttribute('href') ?? ''),
    problems: [...injectionProblems(root), ...injectionProblems(element)],
  }
}

function buttons(element: Widget, selector: string): HTMLElement[] {
  return [...(element.shadowRoot?.querySelectorAll<HTMLElement>(selector) ?? [])]
}

/** Clicks each element `selector` finds now, looking after each click. */
async function clickEach(element: Widget, selector: string, name: string, steps: Step[]): Promise<void> {
  const count = buttons(element, selector).length
  for (let i = 0; i < count; i++) {
    const target = buttons(element, selector)[i]
    if (!target) continue
    target.click()
    await settle(element)
    steps.push(look(element, `${name} ${i}`))
  }
}

async function setAttributes(element: Widget, attributes: Record<string, string | null>): Promise<void> {
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null) element.removeAttribute(name)
    else element.setAttribute(name, value)
  }
  await settle(element)
}

/**
 * Shows everything a widget can show by clicking: every unit of the org chart on three days and in
 * compare mode (with its details and sources), every timeline item in the list and on the axis (both
 * zooms), every disclosure and select button of the cards, the support-area table and the governance
 * diagram's boxes. Returns what it saw after each step. The steps depend only on the document's shape.
 */
export async function explore(element: Widget): Promise<Step[]> {
  const steps: Step[] = [look(element, 'loaded')]
  switch (element.localName as WidgetTag) {
    case 'vs-org-chart': {
      const states: Record<string, string | null>[] = [
        { 'as-of': '2022-06-01' },
        { 'as-of': '2025-01-01' },
        { 'as-of': null, 'compare-from': '2022-06-01', 'compare-to': '2025-01-01' },
      ]
      for (const [i, state] of states.entries()) {
        await setAttributes(element, state)
        steps.push(look(element, `state ${i}`))
        const ids = buttons(element, '[role="treeitem"]').map((item) => item.dataset['id'] ?? '')
        for (const id of ids) {
          element.shadowRoot
            ?.querySelector<HTMLElement>(`[role="treeitem"][data-id="${CSS.escape(id)}"]`)
            ?.click()
          await settle(element)
          steps.push(look(element, `state ${i} select ${id}`))
          const toggle = element.shadowRoot?.querySelector<HTMLElement>('.sources-toggle')
          if (toggle) {
            toggle.click()
            await settle(element)
            steps.push(look(element, `state ${i} sources of ${id}`))
          }
        }
      }
      break
    }
    case 'vs-timeline': {
      await clickEach(element, 'li[part="item"]', 'list item', steps)
      await setAttributes(element, { view: 'axis' })
      steps.push(look(element, 'axis'))
      await clickEach(element, 'button[part="item"]', 'axis item', steps)
      await clickEach(element, 'button.zoom', 'zoom', steps)
      break
    }
    case 'vs-principle-cards':
      await clickEach(element, '[part="disclosure"]', 'disclosure', steps)
      await clickEach(element, '[part="select"]', 'select', steps)
      break
    case 'vs-support-areas':
      await clickEach(element, '[part="disclosure"]', 'disclosure', steps)
      await clickEach(element, '[part="select"]', 'select', steps)
      await setAttributes(element, { view: 'table' })
      steps.push(look(element, 'table'))
      await clickEach(element, '[part="disclosure"]', 'table disclosure', steps)
      await clickEach(element, '[part="select"]', 'table select', steps)
      break
    case 'vs-governance':
      await clickEach(element, '[part="disclosure"]', 'disclosure', steps)
      await clickEach(element, '[part="select"]', 'select', steps)
      await clickEach(element, 'button.box', 'box', steps)
      break
    case 'vs-programme':
      await clickEach(element, '[part="disclosure"]', 'disclosure', steps)
      break
  }
  return steps
}

/**
 * Something to click in a widget that has loaded valid data, and how to tell that it responded: every
 * widget fires `vs-select` when the reader selects an item, and the programme overview, which has
 * nothing to select, opens a note.
 */
export async function clickResponds(element: Widget): Promise<boolean> {
  const selectors: Record<WidgetTag, string> = {
    'vs-org-chart': '[role="treeitem"]',
    'vs-timeline': '[part="item"]',
    'vs-principle-cards': '[part="select"]',
    'vs-support-areas': '[part="select"]',
    'vs-governance': '[part="select"]',
    'vs-programme': '[part="disclosure"]',
  }
  const target = element.shadowRoot?.querySelector<HTMLElement>(selectors[element.localName as WidgetTag])
  if (!target) return false
  if (element.localName === 'vs-programme') {
    target.click()
    await element.updateComplete
    return target.getAttribute('aria-expanded') === 'true'
  }
  let selected = false
  const listener = () => (selected = true)
  element.addEventListener('vs-select', listener)
  target.click()
  await element.updateComplete
  element.removeEventListener('vs-select', listener)
  return selected
}
