// The accessibility sweep that every story goes through in the vitest run (never in the Storybook UI):
// the story in a given language and theme, then, before the a11y addon's axe run, four checks of the
// rendered widgets, each reported with the element it is about:
//
//   reflow        in a 320 px wide container nothing scrolls sideways: neither the widget nor a
//                 scroll container inside it (WCAG 1.4.10); the org chart's chart layout and the
//                 timeline's axis are the allowed exceptions (see A11Y-EXCEPTIONS.md)
//   text spacing  with WCAG 1.4.12's spacing adopted into the page and every shadow root, no text is
//                 clipped by an `overflow: hidden` box, at the story's width and at 320 px, and nothing
//                 scrolls sideways at 320 px
//   forced colours  with `forced-colors: active` emulated (Playwright's page.emulateMedia): each widget's
//                 styles have a forced-colors rule whose colours are system colours, every kind of
//                 focusable control shows a focus outline in a system colour, whatever opts out
//                 (`forced-color-adjust: none`) paints with system colours only, and every selected,
//                 pressed, checked, current or focused element has readable text on its own background
//                 and differs from the other state by more than its text colour
//   reduced motion  with `prefers-reduced-motion: reduce` emulated: no running animation and no
//                 transition or animation longer than 0.01 s on the widget, its shadow tree or pseudo-elements
//   focus and state  no focus ring is cut off by a scroll container around a control it shows whole
//                 (WCAG 2.4.7), and no single-select tree, listbox or grid marks items aria-selected="false"
//
// Every story in every project also goes through IBM's Equal Access engine (WCAG 2.2 A and AA) beside
// the a11y addon's axe run (equal-access.ts).
//
// Findings listed as known issues (KNOWN_ISSUES, A11Y-EXCEPTIONS.md) are printed as warnings instead of
// failing, until the widget is fixed; with `A11Y_STRICT=1` they fail too.
import type { Decorator, Preview } from '@storybook/web-components-vite'
import { expect } from 'vitest'
import { commands, userEvent } from 'vitest/browser'
import { equalAccessViolations } from './equal-access'

/** One run of the sweep: set per vitest project in apps/storybook/vitest.config.ts. */
export interface A11ySweep {
  lang: 'sv' | 'en'
  theme: 'kth' | 'high-contrast'
  /** Whether to run the reflow, text-spacing, forced-colours and reduced-motion checks. */
  checks: boolean
  /** Whether the known issues below fail the story too (`A11Y_STRICT=1`), as they should once fixed. */
  strict: boolean
}

/** What `commands.emulateMedia` passes to Playwright's `page.emulateMedia`; `null` ends the emulation. */
export interface MediaEmulation {
  forcedColors?: 'active' | 'none' | null
  reducedMotion?: 'reduce' | 'no-preference' | null
}

declare module 'vitest' {
  export interface ProvidedContext {
    a11ySweep: A11ySweep
  }
}

declare module 'vitest/browser' {
  interface BrowserCommands {
    emulateMedia: (options: MediaEmulation) => Promise<void>
  }
}

type Widget = HTMLElement & { updateComplete: Promise<boolean>; shadowRoot: ShadowRoot }

const NARROW_PX = 320

/** The WCAG 1.4.12 text-spacing override, as in the usual bookmarklet, for every element and pseudo-element. */
const TEXT_SPACING = `
  *, *::before, *::after {
    line-height: 1.5 !important;
    letter-spacing: 0.12em !important;
    word-spacing: 0.16em !important;
  }
  p { margin-block-end: 2em !important; }
`

/** Scroll containers that may scroll sideways, and why: the reason is listed in A11Y-EXCEPTIONS.md. */
function allowedSidewaysScroll(widget: Widget, element: Element): boolean {
  if (!element.classList.contains('scroller')) return false
  const rem = parseFloat(getComputedStyle(document.documentElement).fontSize) || 16
  const wide = widget.clientWidth >= 48 * rem
  // The org chart's chart layout and the timeline's axis are two-dimensional content (a diagram, a
  // scaled time axis), which WCAG 1.4.10 exempts; the same content is available without scrolling in
  // the list layout and list view, which every container narrower than 48rem gets with `auto`.
  if (widget.localName === 'vs-org-chart') {
    const layout = widget.getAttribute('layout') ?? 'auto'
    return layout === 'chart' || (layout === 'auto' && wide)
  }
  if (widget.localName === 'vs-timeline') {
    const view = widget.getAttribute('view') ?? 'auto'
    return view === 'axis' || (view === 'auto' && wide)
  }
  return false
}

/**
 * Findings of the checks in widgets that are known and listed, with the stories and elements, in
 * A11Y-EXCEPTIONS.md: printed as warnings until the widget is fixed, so that anything new still fails.
 * Run with `A11Y_STRICT=1` to fail on them too.
 */
const KNOWN_ISSUES: { finding: RegExp; issue: string }[] = []

const SYSTEM_COLOURS = [
  'Canvas',
  'CanvasText',
  'LinkText',
  'VisitedText',
  'ActiveText',
  'ButtonFace',
  'ButtonText',
  'ButtonBorder',
  'Field',
  'FieldText',
  'Highlight',
  'HighlightText',
  'SelectedItem',
  'SelectedItemText',
  'Mark',
  'MarkText',
  'GrayText',
  'AccentColor',
  'AccentColorText',
]

/** A literal colour (hex, functional or a common name) where a forced-colors rule should use a system colour. */
const LITERAL_COLOUR =
  /#[0-9a-f]{3,8}\b|\b(?:rgba?|hsla?|hwb|lab|lch|oklab|oklch|color|color-mix)\(|\b(?:white|black|red|green|blue|yellow|orange|purple|gray|grey|silver|navy)\b/i

export function a11ySweep(sweep: A11ySweep): Preview {
  const speak: Decorator = (story, context) =>
    // Stories pass `lang` to the widget as an arg: run every story in the sweep's language.
    'lang' in context.args ? story({ args: { ...context.args, lang: sweep.lang } }) : story()

  return {
    initialGlobals: { lang: sweep.lang, theme: sweep.theme },
    decorators: [speak],
    afterEach: [
      async ({ canvasElement, id }) => {
        const canvas = canvasElement as HTMLElement
        const widgets = widgetsIn(canvas)
        // Widgets whose story writes `lang` into the markup follow the sweep's language too.
        for (const widget of widgets) {
          if (widget.hasAttribute('lang') && widget.getAttribute('lang') !== sweep.lang) {
            widget.setAttribute('lang', sweep.lang)
          }
        }
        await settle(widgets)
        if (widgets.length === 0) return
        const problems = await equalAccessViolations(canvas)
        if (sweep.checks)
          problems.push(
            ...(await reflowAndTextSpacing(canvas, widgets)),
            ...(await forcedColours(widgets)),
            ...(await reducedMotion(widgets)),
            ...(await focusAndState(widgets)),
          )
        const issues = sweep.strict
          ? []
          : KNOWN_ISSUES.filter(({ finding }) => problems.some((problem) => finding.test(problem)))
        const known = problems.filter((problem) => issues.some(({ finding }) => finding.test(problem)))
        if (known.length) {
          console.warn(
            `a11y sweep, ${id} (${sweep.lang}): known issues (apps/storybook/A11Y-EXCEPTIONS.md): ${issues
              .map(({ issue }) => issue)
              .join('; ')}\n  ${known.join('\n  ')}`,
          )
        }
        expect
          .soft(
            problems.filter((problem) => !known.includes(problem)),
            `accessibility sweep of ${id} (${sweep.lang})`,
          )
          .toEqual([])
      },
    ],
  }
}

function widgetsIn(canvas: HTMLElement): Widget[] {
  return [...canvas.querySelectorAll('*')].filter(
    (node): node is Widget =>
      node.localName.startsWith('vs-') && 'updateComplete' in node && !!node.shadowRoot,
  )
}

/** Every element in a widget's shadow tree, nested shadow trees included. */
function shadowElements(root: ShadowRoot): Element[] {
  return [...root.querySelectorAll('*')].flatMap((element) =>
    element.shadowRoot ? [element, ...shadowElements(element.shadowRoot)] : [element],
  )
}

function shadowRoots(root: ShadowRoot): ShadowRoot[] {
  return [
    root,
    ...shadowElements(root).flatMap((element) => (element.shadowRoot ? [element.shadowRoot] : [])),
  ]
}

const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)))

/** Lets resize observers report and the widgets re-render, a few times over. */
async function settle(widgets: Widget[]): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await frame()
    await Promise.all(widgets.map((widget) => widget.updateComplete))
  }
}

/** `<vs-timeline> div.scroller[part="axis"]`: enough to find the element in the widget's source. */
function label(element: Element): string {
  const root = element.getRootNode()
  const host = root instanceof ShadowRoot ? `<${root.host.localName}> ` : ''
  const part = element.getAttribute('part')
  return `${host}${element.localName}${element.id ? `#${element.id}` : ''}${[...element.classList]
    .map((name) => `.${name}`)
    .join('')}${part ? `[part="${part}"]` : ''}`
}

function px(value: number): string {
  return `${Math.round(value)}px`
}

// --- reflow and text spacing ---------------------------------------------------------------------------

function sideways(widget: Widget): string[] {
  const found: string[] = []
  if (widget.scrollWidth > widget.clientWidth + 1) {
    found.push(`<${widget.localName}> is ${px(widget.scrollWidth)} wide inside ${px(widget.clientWidth)}`)
  }
  for (const element of shadowElements(widget.shadowRoot)) {
    const overflow = getComputedStyle(element).overflowX
    if (overflow !== 'auto' && overflow !== 'scroll') continue
    if (element.scrollWidth <= element.clientWidth + 1) continue
    if (allowedSidewaysScroll(widget, element)) continue
    found.push(
      `${label(element)} scrolls sideways (${px(element.scrollWidth)} in ${px(element.clientWidth)})`,
    )
  }
  return found
}

/** Hidden on purpose: the visually-hidden pattern, or nothing to show. */
function visuallyHidden(element: Element, style: CSSStyleDeclaration): boolean {
  return (
    style.clipPath.startsWith('inset(50%') ||
    style.clip.startsWith('rect(0') ||
    element.clientWidth <= 1 ||
    element.clientHeight <= 1
  )
}

interface Clip {
  label: string
  detail: string
}

/** Boxes with `overflow: hidden` or `clip` whose text does not fit. */
function clipped(widget: Widget): Map<Element, Clip> {
  const found = new Map<Element, Clip>()
  for (const element of shadowElements(widget.shadowRoot)) {
    const style = getComputedStyle(element)
    const clipsX = style.overflowX === 'hidden' || style.overflowX === 'clip'
    const clipsY = style.overflowY === 'hidden' || style.overflowY === 'clip'
    if (!clipsX && !clipsY) continue
    if (!element.textContent?.trim() || visuallyHidden(element, style)) continue
    const how: string[] = []
    if (clipsY && element.scrollHeight > element.clientHeight + 1) {
      how.push(`${px(element.scrollHeight)} of text in ${px(element.clientHeight)} high`)
    }
    if (clipsX && element.scrollWidth > element.clientWidth + 1) {
      how.push(`${px(element.scrollWidth)} of text in ${px(element.clientWidth)} wide`)
    }
    if (how.length) found.set(element, { label: label(element), detail: how.join(', ') })
  }
  return found
}

/** One line per kind of clipping element: how many clip, an example, and how many clip without the override. */
function clippedReport(where: string, now: Map<Element, Clip>[], before: Map<Element, Clip>[]): string[] {
  const kinds = new Map<string, { count: number; already: number; example: string }>()
  now.forEach((found, i) => {
    for (const [element, clip] of found) {
      const kind = kinds.get(clip.label) ?? { count: 0, already: 0, example: clip.detail }
      kind.count++
      if (before[i]?.has(element)) kind.already++
      kinds.set(clip.label, kind)
    }
  })
  return [...kinds].map(
    ([name, { count, already, example }]) =>
      `text spacing, ${where}: ${name} clips its text in ${count} element${count === 1 ? '' : 's'} (e.g. ${example}); ${
        already === count ? 'all' : already
      } of them clip without the override too`,
  )
}

async function reflowAndTextSpacing(canvas: HTMLElement, widgets: Widget[]): Promise<string[]> {
  const problems: string[] = []
  const spacing = new CSSStyleSheet()
  spacing.replaceSync(TEXT_SPACING)
  const roots: (Document | ShadowRoot)[] = [document, ...widgets.flatMap((w) => shadowRoots(w.shadowRoot))]
  const addSpacing = () =>
    roots.forEach((root) => (root.adoptedStyleSheets = [...root.adoptedStyleSheets, spacing]))
  const removeSpacing = () =>
    roots.forEach((root) => (root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== spacing)))
  const width = canvas.style.inlineSize
  const maxWidth = canvas.style.maxInlineSize
  try {
    const plain = widgets.map(clipped)
    addSpacing()
    await settle(widgets)
    problems.push(...clippedReport("at the story's width", widgets.map(clipped), plain))

    canvas.style.inlineSize = canvas.style.maxInlineSize = `${NARROW_PX}px`
    await settle(widgets)
    const spaced = widgets.map(clipped)
    problems.push(...widgets.flatMap((w) => sideways(w).map((text) => `text spacing, at 320 px: ${text}`)))
    removeSpacing()
    await settle(widgets)
    problems.push(...clippedReport('at 320 px', spaced, widgets.map(clipped)))
    problems.push(...widgets.flatMap((w) => sideways(w).map((text) => `reflow, at 320 px: ${text}`)))
  } finally {
    removeSpacing()
    canvas.style.inlineSize = width
    canvas.style.maxInlineSize = maxWidth
    await settle(widgets)
  }
  return problems
}

// --- forced colours ------------------------------------------------------------------------------------

function* styleRules(rules: CSSRuleList, inForcedColors = false): Generator<[CSSStyleRule, boolean]> {
  for (const rule of rules) {
    const forced =
      inForcedColors ||
      (rule instanceof CSSMediaRule && /forced-colors\s*:\s*active/.test(rule.conditionText))
    if (rule instanceof CSSStyleRule) yield [rule, forced]
    if ('cssRules' in rule) yield* styleRules((rule as CSSGroupingRule).cssRules, forced)
  }
}

/** The widget's own style sheets (Lit adopts them into the shadow root). */
function sheetsOf(widget: Widget): CSSStyleSheet[] {
  return [
    ...widget.shadowRoot.adoptedStyleSheets,
    ...[...widget.shadowRoot.querySelectorAll('style')].flatMap((style) =>
      style.sheet ? [style.sheet] : [],
    ),
  ]
}

function forcedColorRules(widget: Widget): string[] {
  const problems: string[] = []
  let rules = 0
  for (const sheet of sheetsOf(widget)) {
    for (const [rule, forced] of styleRules(sheet.cssRules)) {
      if (!forced) continue
      rules++
      for (const property of rule.style) {
        const value = rule.style.getPropertyValue(property)
        if (
          /color|background|border|outline|fill|stroke|shadow|^--/.test(property) &&
          LITERAL_COLOUR.test(value)
        ) {
          problems.push(
            `forced colours: <${widget.localName}> sets ${property}: ${value.trim()} in "${rule.selectorText}"; use a system colour`,
          )
        }
      }
    }
  }
  if (rules === 0)
    problems.push(`forced colours: <${widget.localName}> has no @media (forced-colors: active) rule`)
  return problems
}

/** The computed value of each system colour now, as `rgb(…)`. */
function systemColours(): Set<string> {
  const probe = document.createElement('span')
  probe.style.setProperty('forced-color-adjust', 'none')
  document.body.append(probe)
  const values = new Set(['rgba(0, 0, 0, 0)'])
  for (const name of SYSTEM_COLOURS) {
    probe.style.color = name
    values.add(getComputedStyle(probe).color)
  }
  probe.remove()
  return values
}

const FOCUSABLE =
  'a[href], button:not([disabled]), input:not([disabled]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]'

/** One focusable element of each kind (tag, classes and part), visible now. */
function focusKinds(widget: Widget): HTMLElement[] {
  const kinds = new Map<string, HTMLElement>()
  for (const element of widget.shadowRoot.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    if (element.getClientRects().length === 0 || element.closest('[hidden], [inert]')) continue
    const kind = `${element.localName}|${element.className}|${element.getAttribute('part') ?? ''}`
    if (!kinds.has(kind)) kinds.set(kind, element)
  }
  return [...kinds.values()]
}

async function focusVisibly(element: HTMLElement): Promise<void> {
  element.focus()
  if (!element.matches(':focus-visible')) {
    // Chromium shows programmatic focus as :focus-visible once the keyboard has been used.
    await userEvent.keyboard('{Shift}')
    element.blur()
    element.focus()
  }
}

async function forcedColours(widgets: Widget[]): Promise<string[]> {
  const problems = widgets.flatMap(forcedColorRules)
  try {
    await commands.emulateMedia({ forcedColors: 'active' })
    await settle(widgets)
    if (!matchMedia('(forced-colors: active)').matches)
      return [...problems, 'forced colours: emulation did not apply']
    const system = systemColours()
    for (const widget of widgets) {
      for (const element of focusKinds(widget)) {
        await focusVisibly(element)
        // Not focusable after all (a programmatic target that is not shown, say): nothing to check.
        if (widget.shadowRoot.activeElement !== element) continue
        if (!element.matches(':focus-visible')) {
          problems.push(`forced colours: ${label(element)} takes focus but does not match :focus-visible`)
          continue
        }
        const style = getComputedStyle(element)
        if (style.outlineStyle === 'none' || parseFloat(style.outlineWidth) < 1) {
          problems.push(`forced colours: ${label(element)} shows no focus outline`)
        } else if (!system.has(style.outlineColor)) {
          problems.push(
            `forced colours: ${label(element)} has a focus outline in ${style.outlineColor}, not a system colour`,
          )
        }
        element.blur()
      }
      problems.push(...(await stateColours(widget)))
      for (const element of [widget, ...shadowElements(widget.shadowRoot)]) {
        const style = getComputedStyle(element)
        if (style.getPropertyValue('forced-color-adjust') !== 'none' || element.getClientRects().length === 0)
          continue
        const painted: [string, string][] = [
          ['color', style.color],
          ['background-color', style.backgroundColor],
        ]
        for (const side of ['top', 'right', 'bottom', 'left']) {
          if (
            style.getPropertyValue(`border-${side}-style`) !== 'none' &&
            parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0
          ) {
            painted.push([`border-${side}-color`, style.getPropertyValue(`border-${side}-color`)])
          }
        }
        if (element instanceof SVGElement) {
          for (const property of ['fill', 'stroke']) {
            const value = style.getPropertyValue(property)
            if (value.startsWith('rgb')) painted.push([property, value])
          }
        }
        for (const [property, value] of painted) {
          if (!system.has(value)) {
            problems.push(
              `forced colours: ${label(element)} opts out (forced-color-adjust: none) and paints ${property} ${value}, not a system colour`,
            )
          }
        }
      }
    }
  } finally {
    await commands.emulateMedia({ forcedColors: null })
    await settle(widgets)
  }
  return problems
}

/** Elements that show a state: selected, pressed, checked or current. */
const STATE_SELECTOR =
  '[aria-selected="true"], [aria-pressed="true"], [aria-checked="true"], [aria-current]:not([aria-current="false"])'

/** The same kind of element in the other state, to compare with. */
function peerSelector(element: Element): string | undefined {
  const role = element.getAttribute('role')
  const kind = role ? `[role="${role}"]` : element.localName
  if (element.getAttribute('aria-pressed') === 'true') return `${kind}[aria-pressed="false"]`
  if (element.getAttribute('aria-checked') === 'true') return `${kind}[aria-checked="false"]`
  if (element.getAttribute('aria-selected') === 'true') return `${kind}:not([aria-selected="true"])`
  if (element.hasAttribute('aria-current'))
    return `${kind}:not([aria-current]), ${kind}[aria-current="false"]`
  return undefined
}

type Rgba = [number, number, number, number]

function rgba(value: string): Rgba | undefined {
  const parts = /rgba?\(([^)]+)\)/
    .exec(value)?.[1]
    ?.split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number)
  if (!parts || parts.length < 3) return undefined
  return [parts[0] ?? 0, parts[1] ?? 0, parts[2] ?? 0, parts[3] ?? 1]
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const v = c / 255
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)
}

function contrast(a: Rgba, b: Rgba): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (light + 0.05) / (dark + 0.05)
}

/** The colour behind an element: its own background, else the nearest painted one up the (flat) tree. */
function effectiveBackground(element: Element): Rgba {
  for (let node: Element | null = element; node;) {
    const colour = rgba(getComputedStyle(node).backgroundColor)
    if (colour && colour[3] > 0) return colour
    const root = node.getRootNode()
    node = node.parentElement ?? (root instanceof ShadowRoot ? root.host : null)
  }
  return rgba(getComputedStyle(document.documentElement).backgroundColor) ?? [255, 255, 255, 1]
}

/** What, besides the text colour, can tell one state from another at a glance. */
const STATE_CUES = [
  'background-color',
  'border-top-color',
  'border-top-style',
  'border-top-width',
  'border-left-style',
  'border-left-width',
  'outline-style',
  'outline-width',
  'font-weight',
  'text-decoration-line',
  'text-decoration-thickness',
  'box-shadow',
]

/**
 * In forced colours, every element that shows a state (selected, pressed, checked, current) and every
 * focused control has readable text on its own background (4.5:1, as forced-colour pairs give), and a
 * state differs from the other state by more than the colour of its text (WCAG 1.4.1, 1.4.11).
 */
async function stateColours(widget: Widget): Promise<string[]> {
  const problems: string[] = []
  const readable = (element: Element, what: string) => {
    if (!element.textContent?.trim()) return
    const text = rgba(getComputedStyle(element).color)
    if (!text) return
    const ratio = contrast(text, effectiveBackground(element))
    if (ratio < 4.5)
      problems.push(
        `forced colours: ${label(element)} ${what} paints its text at ${ratio.toFixed(1)}:1 against its background`,
      )
  }
  const shown = [...widget.shadowRoot.querySelectorAll(STATE_SELECTOR)].filter(
    (element) => element.getClientRects().length > 0,
  )
  for (const element of shown) {
    readable(element, 'in its state')
    const selector = peerSelector(element)
    const peer = selector
      ? [...widget.shadowRoot.querySelectorAll(selector)].find((found) => found.getClientRects().length > 0)
      : undefined
    if (!peer) continue
    const on = getComputedStyle(element)
    const off = getComputedStyle(peer)
    const differs = STATE_CUES.some(
      (property) => on.getPropertyValue(property) !== off.getPropertyValue(property),
    )
    if (!differs)
      problems.push(
        `forced colours: ${label(element)} differs from ${label(peer)} in its state only by the colour of its text`,
      )
  }
  for (const element of focusKinds(widget)) {
    await focusVisibly(element)
    if (widget.shadowRoot.activeElement === element) readable(element, 'when focused')
    element.blur()
  }
  return problems
}

// --- focus rings and states ---------------------------------------------------------------------------

/** The visible area of an element that clips what overflows it (its padding box), or undefined. */
function clipArea(element: Element): DOMRect | undefined {
  const style = getComputedStyle(element)
  if (style.overflowX === 'visible' && style.overflowY === 'visible') return undefined
  const box = element.getBoundingClientRect()
  return new DOMRect(
    box.left + element.clientLeft,
    box.top + element.clientTop,
    element.clientWidth,
    element.clientHeight,
  )
}

/** The element's parent in the flat tree, across shadow roots, up to and including the widget. */
function parentOf(element: Element, widget: Widget): Element | undefined {
  if (element === widget) return undefined
  const root = element.getRootNode()
  return element.parentElement ?? (root instanceof ShadowRoot ? root.host : undefined)
}

const inside = (inner: DOMRect, outer: DOMRect, slack = 0.5) =>
  inner.left >= outer.left - slack &&
  inner.top >= outer.top - slack &&
  inner.right <= outer.right + slack &&
  inner.bottom <= outer.bottom + slack

/**
 * Every focusable control that a clipping container shows whole must show its focus ring whole too;
 * and only the selected items of a single-select tree, listbox or grid carry `aria-selected`.
 */
async function focusAndState(widgets: Widget[]): Promise<string[]> {
  const problems: string[] = []
  for (const widget of widgets) {
    for (const root of shadowRoots(widget.shadowRoot)) {
      const unselected = [
        ...root.querySelectorAll(
          ':is([role="tree"], [role="listbox"], [role="grid"]):not([aria-multiselectable="true"]) [aria-selected="false"]',
        ),
      ]
      const [first] = unselected
      if (first)
        problems.push(
          `state: ${label(first)} and ${unselected.length - 1} more carry aria-selected="false" in a single-select widget; only the selected item carries aria-selected`,
        )
    }
    const controls = [...widget.shadowRoot.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
      (element) => element.getClientRects().length > 0 && !element.closest('[hidden], [inert]'),
    )
    for (const [i, element] of controls.entries()) {
      if (i === 0) await focusVisibly(element)
      else element.focus({ preventScroll: true })
      if (widget.shadowRoot.activeElement !== element || !element.matches(':focus-visible')) continue
      const style = getComputedStyle(element)
      const ring = parseFloat(style.outlineWidth) + parseFloat(style.outlineOffset)
      if (style.outlineStyle === 'none' || !(ring > 0)) continue
      const box = element.getBoundingClientRect()
      const ringBox = new DOMRect(
        box.left - ring,
        box.top - ring,
        box.width + 2 * ring,
        box.height + 2 * ring,
      )
      for (let node = parentOf(element, widget); node; node = parentOf(node, widget)) {
        const area = clipArea(node)
        if (area && inside(box, area) && !inside(ringBox, area)) {
          problems.push(`focus: ${label(node)} cuts off the focus ring of ${label(element)}`)
          break
        }
      }
    }
    ;(widget.shadowRoot.activeElement as HTMLElement | null)?.blur()
  }
  return problems
}

// --- reduced motion ------------------------------------------------------------------------------------

function seconds(list: string): number[] {
  return list
    .split(',')
    .map((time) => (time.trim().endsWith('ms') ? parseFloat(time) / 1000 : parseFloat(time)))
}

async function reducedMotion(widgets: Widget[]): Promise<string[]> {
  const problems: string[] = []
  // In tests Storybook pauses animations and switches off transitions with a page-wide style before the
  // afterEach hooks; it reaches the hosts (light DOM), so it is set aside while the hosts are checked.
  const paused = [...document.querySelectorAll('head style')].filter((style) =>
    style.textContent?.includes('animation-play-state: paused !important'),
  ) as HTMLStyleElement[]
  try {
    await commands.emulateMedia({ reducedMotion: 'reduce' })
    paused.forEach((style) => (style.disabled = true))
    await settle(widgets)
    if (!matchMedia('(prefers-reduced-motion: reduce)').matches)
      return ['reduced motion: emulation did not apply']
    for (const widget of widgets) {
      const running = [...widget.getAnimations(), ...widget.shadowRoot.getAnimations()].filter(
        (animation) => animation.playState === 'running',
      )
      for (const animation of running) {
        const target = (animation.effect as KeyframeEffect | null)?.target
        problems.push(`reduced motion: ${target ? label(target) : `<${widget.localName}>`} runs an animation`)
      }
      for (const element of [widget, ...shadowElements(widget.shadowRoot)]) {
        for (const pseudo of ['', '::before', '::after']) {
          const style = getComputedStyle(element, pseudo || null)
          if (pseudo && (style.content === 'none' || style.content === 'normal')) continue
          const what = `${label(element)}${pseudo}`
          if (
            style.transitionProperty !== 'none' &&
            seconds(style.transitionDuration).some((s) => s > 0.01)
          ) {
            problems.push(`reduced motion: ${what} has a transition of ${style.transitionDuration}`)
          }
          if (style.animationName !== 'none' && seconds(style.animationDuration).some((s) => s > 0.01)) {
            problems.push(`reduced motion: ${what} has an animation of ${style.animationDuration}`)
          }
          if (!pseudo && style.scrollBehavior === 'smooth') {
            problems.push(`reduced motion: ${what} scrolls smoothly`)
          }
        }
      }
    }
  } finally {
    paused.forEach((style) => (style.disabled = false))
    await commands.emulateMedia({ reducedMotion: null })
  }
  return problems
}
