// What the static HTML parity tests share: how text is read from a tree, and the widgets' states
// compared. See static-html.test.ts.
import type { FallbackWidget, RenderAttributes } from '@kth-vs/cli'
import {
  COMMON_MESSAGES,
  ELEMENT_MESSAGES,
  type Language,
  type ProgrammeDocumentInput,
  TIMELINE_MESSAGES,
} from '@kth-vs/core'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { describe, expect, it } from 'vitest'
import { commands } from 'vitest/browser'
import { mount, settled } from './mount.js'
/** Elements whose text a page without scripts has no counterpart for, or that no one reads as text. */
const LEFT_OUT = [
  '[aria-hidden="true"]',
  '.visually-hidden',
  '.vh',
  // How the arrow keys move between timeline items: a page without scripts has no such keys.
  '.keys-hint',
  '[role="status"]',
  'form',
  'input',
  'svg',
  'style',
  'script',
].join(', ')

/** The words of buttons that only act (select, download, zoom, retry, clear), in one language. */
function controlWords(lang: Language): Set<string> {
  const timeline = TIMELINE_MESSAGES[lang]
  return new Set([
    COMMON_MESSAGES[lang].select,
    ELEMENT_MESSAGES[lang].retry,
    timeline.downloadAll,
    timeline.downloadOne,
    timeline.clearFilter,
    timeline.zoomYear,
    timeline.zoomQuarter,
  ])
}

/**
 * The text of a tree as read: text in document order, a break at every element's edges, white space
 * collapsed and no space before closing punctuation. Disclosure panels count, open or not.
 */
function readableText(root: Node, lang: Language): string {
  const controls = controlWords(lang)
  const parts: string[] = []
  // Depth first with a stack of its own; an element is visited again on the way out, for its edge.
  const stack: { node: Node; leaving: boolean }[] = [{ node: root, leaving: false }]
  while (stack.length > 0) {
    const { node, leaving } = stack.pop()!
    if (leaving || node.nodeType === Node.TEXT_NODE) {
      parts.push(leaving ? ' ' : (node.textContent ?? ''))
      continue
    }
    if (node instanceof Element) {
      if (node.matches(LEFT_OUT)) continue
      if (node.localName === 'button' && !node.hasAttribute('aria-expanded')) {
        const clone = node.cloneNode(true) as Element
        for (const hidden of clone.querySelectorAll(LEFT_OUT)) hidden.remove()
        if (controls.has(clone.textContent!.trim())) continue
      }
      parts.push(' ')
      stack.push({ node, leaving: true })
    }
    const children = node.childNodes
    for (let i = children.length - 1; i >= 0; i--) stack.push({ node: children[i]!, leaving: false })
  }
  return parts
    .join('')
    .replace(/\s+/g, ' ')
    .replace(/ ([.,:;)])/g, '$1')
    .replace(/\( /g, '(')
    .trim()
}

const TAGS: Record<FallbackWidget, string> = {
  'principle-cards': 'vs-principle-cards',
  'support-areas': 'vs-support-areas',
  governance: 'vs-governance',
  timeline: 'vs-timeline',
  'org-chart': 'vs-org-chart',
  programme: 'vs-programme',
}

/** The sample programme with a note about a timeline item, which the sample itself has none of. */
function withTimelineNote(): ProgrammeDocumentInput {
  const data = sampleProgramme()
  data.notes = [
    ...(data.notes ?? []),
    {
      id: 'n-published',
      kind: 'unknown',
      about: ['T5'],
      text: { sv: 'Bara publiceringsdagen är känd.', en: 'Only the day of publication is known.' },
      sources: ['s1'],
    },
  ]
  return data
}

/**
 * Each widget in the states compared, as the attributes both get; the widget's layout only where it
 * has two; and the data both show, the sample programme unless said.
 */
const CASES: [FallbackWidget, RenderAttributes, Record<string, string>, (() => ProgrammeDocumentInput)?][] = [
  ['principle-cards', {}, {}],
  ['support-areas', {}, {}],
  ['support-areas', { view: 'table' }, {}],
  ['governance', {}, {}],
  ['timeline', { 'as-of': '2024-03-01' }, { view: 'list' }, withTimelineNote],
  [
    'timeline',
    { now: '2023-02-15', context: true, 'filter-kind': 'milestone phase', from: '2022-10-01' },
    { view: 'list' },
  ],
  ['timeline', { 'as-of': '2024-02-30', to: 'soon' }, { view: 'list' }],
  ['org-chart', { 'as-of': '2022-12-31' }, { 'expand-depth': '99', layout: 'list' }],
  ['org-chart', { 'compare-from': '2022-12-31', 'compare-to': '2023-01-01' }, { 'expand-depth': '99' }],
  ['org-chart', { 'as-of': '2023-06-01', root: 'vs' }, { 'expand-depth': '99' }],
  ['programme', { 'as-of': '2024-06-01' }, {}],
  ['programme', { 'as-of': '2026-12-02' }, {}],
  ['programme', { 'as-of': 'soon' }, {}],
]

function attributesOf(attributes: RenderAttributes): Record<string, string> {
  const result: Record<string, string> = {}
  for (const [name, value] of Object.entries(attributes)) {
    if (value === true) result[name] = ''
    else if (typeof value === 'string') result[name] = value
  }
  return result
}

/** Checks, for every case and both languages, that the widgets defined on the page say what the static HTML says. */
export function compareWithStaticHtml(title: string): void {
  describe(title, () => {
    for (const lang of ['sv', 'en'] as const) {
      for (const [widget, attributes, layout, data = sampleProgramme] of CASES) {
        it(`${widget} ${JSON.stringify(attributes)} in ${lang}`, async () => {
          const html = await commands.renderStaticHtml(widget, lang, attributes, data())
          const page = new DOMParser().parseFromString(html, 'text/html')
          const fallback = page.querySelector('.vs-fallback')!
          const element = document.createElement(TAGS[widget]) as HTMLElement & {
            data: unknown
            updateComplete: Promise<boolean>
          }
          for (const [name, value] of Object.entries({ ...attributesOf(attributes), ...layout }))
            element.setAttribute(name, value)
          element.data = data()
          mount('', { lang, style: 'inline-size: 64rem' }).append(element)
          await settled(element)
          const shown = readableText(element.shadowRoot!, lang)
          expect(shown.length).toBeGreaterThan(40)
          expect(shown).toBe(readableText(fallback, lang))
        })
      }
    }
  })
}
