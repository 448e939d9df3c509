// Hostile text: every text field of every widget filled with known XSS payloads and with arbitrary
// strings. The widgets render data as text only, so nothing may run, no element or attribute may be
// injected, no link may get a scriptable URL, and each payload must show verbatim as text. Link URLs are
// the one place data reaches an attribute: validation must reject every scriptable one.
import '../define.js'
import {
  type Language,
  type ProgrammeDocumentInput,
  validateProgramme,
  validateProgrammeJson,
} from '@kth-vs/core'
import fc from 'fast-check'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import {
  DANGEROUS_TAGS,
  FULL_VIEW,
  WIDGET_TAGS,
  type Step,
  type Widget,
  type WidgetTag,
  addWidget,
  allElements,
  errorPaths,
  explore,
  frames,
  injectionProblems,
  installTrap,
  loaded,
  removeWidgets,
  sleep,
  watchPageErrors,
} from '@kth-vs/test-fixtures/hardening/harness'
import {
  type TextSlot,
  benignText,
  shows,
  textDocument,
  textSlots,
} from '@kth-vs/test-fixtures/hardening/text-document'
import {
  HOSTILE_URLS,
  LOOKALIKE_URLS,
  OFFSITE_URLS,
  TRIM_GAP_URLS,
  XSS_PAYLOADS,
  XSS_PAYLOAD_GROUPS,
} from '@kth-vs/test-fixtures/hardening/xss-payloads'

const LANGUAGES = ['sv', 'en'] as const
/** How many times each payload is placed in a field each widget shows (in a different field each time). */
const ROUNDS = 2
/** Runs of each fast-check property (two per widget): enough to mix strings into every field, few enough to stay fast. */
const PROPERTY_RUNS = 15
/** Long enough for an injected `<img onerror>`, `<svg onload>` or `<details ontoggle>` to have fired. */
const TRAP_WAIT_MS = 30

const slots = textSlots()
let trap: ReturnType<typeof installTrap>
let page: ReturnType<typeof watchPageErrors>

beforeAll(() => {
  trap = installTrap()
  page = watchPageErrors()
})

afterAll(() => {
  trap.uninstall()
  page.stop()
})

afterEach(async () => {
  // Whatever a test mounted has had time to run anything injected before it is checked and removed.
  await sleep(TRAP_WAIT_MS)
  await frames(2)
  removeWidgets()
  expect(trap.fired, 'a payload ran').toEqual([])
  expect(page.errors, 'uncaught errors on the page').toEqual([])
})

/** Mounts a document in a widget, loads it and explores every state; `inline` goes through the JSON path. */
async function render(tag: WidgetTag, doc: ProgrammeDocumentInput, lang: Language, inline = false) {
  const element = addWidget(tag, {
    ...(inline ? { inline: JSON.stringify(doc) } : { data: doc }),
    attributes: FULL_VIEW[tag],
    lang,
  })
  await loaded(element)
  return { element, steps: await explore(element) }
}

/** The steps of the benign document in each widget and language: what the widget itself renders. */
const baselines = new Map<string, Step[]>()
async function baseline(tag: WidgetTag, lang: Language): Promise<Step[]> {
  const key = `${tag} ${lang}`
  let steps = baselines.get(key)
  if (!steps) {
    steps = (await render(tag, textDocument(benignText), lang)).steps
    removeWidgets()
    baselines.set(key, steps)
  }
  return steps
}

/** Dangerous elements under a root, by tag. */
function dangerous(root: ParentNode): string[] {
  return allElements(root)
    .map((element) => element.localName)
    .filter((tag) => DANGEROUS_TAGS.includes(tag))
}

/**
 * Checks a rendered hostile document against the benign baseline of the same shape: the same elements
 * at every step, no injected attribute or URL (in the shadow root or anywhere on the page), and every
 * shown text present verbatim as text.
 */
function expectInert(element: Widget, steps: Step[], base: Step[], shown: ReadonlyMap<string, string>) {
  expect(
    steps.map((step) => `${step.step} | ${step.counts}`),
    'elements differ from the benign document',
  ).toEqual(base.map((step) => `${step.step} | ${step.counts}`))
  expect(steps.flatMap((step) => step.problems)).toEqual([])
  expect(injectionProblems(document.body)).toEqual([])
  const benignTags = new Set(
    base.flatMap((step) => step.counts.split(' ').map((count) => count.split(':')[0])),
  )
  expect(dangerous(element.shadowRoot as ShadowRoot).filter((tag) => !benignTags.has(tag))).toEqual([])
  const seen = steps.map((step) => step.text).join('\n')
  const missing = [...shown].filter(([, text]) => !seen.includes(text.trim()))
  expect(missing, 'shown texts that are not on the page as text').toEqual([])
}

describe('the payload fixture', () => {
  it('holds at least 200 distinct payloads from every category', () => {
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(200)
    for (const [group, payloads] of Object.entries(XSS_PAYLOAD_GROUPS))
      expect(payloads.length, group).toBeGreaterThanOrEqual(10)
    for (const payload of XSS_PAYLOADS) expect(payload.trim()).not.toBe('')
  })

  it('flags injected handlers, scriptable URLs and foreign link schemes (the checks work)', () => {
    // Built with setAttribute on elements that never load anything, so nothing runs.
    const root = document.createElement('div').attachShadow({ mode: 'open' })
    const add = (tag: string, name: string, value: string) => {
      const element = document.createElement(tag)
      element.setAttribute(name, value)
      root.append(element)
    }
    add('span', 'onclick', '__xssTrap()')
    add('a', 'href', ' \x01JaVa\tScRiPt:__xssTrap()')
    add('iframe', 'srcdoc', 'data:text/html,x')
    add('form', 'action', 'vbscript:x')
    add('a', 'href', 'ftp://ftp.kth.se/')
    add('a', 'href', 'https://www.kth.se/')
    expect(injectionProblems(root)).toHaveLength(6)
    expect(dangerous(root)).toEqual(['iframe', 'form'])
  })

  it('springs the trap when a payload is parsed as HTML (the trap works)', async () => {
    const sandbox = document.createElement('div')
    document.body.append(sandbox)
    // createContextualFragment parses like a page does and runs scripts: the positive control.
    for (const payload of ['<script>__xssTrap("control")</script>', '<img src=x onerror=window.__xss=1>'])
      sandbox.append(document.createRange().createContextualFragment(payload))
    await sleep(200)
    sandbox.remove()
    expect(trap.fired).toEqual(['__xssTrap(control)', 'window.__xss = 1'])
    trap.fired.length = 0
  })
})

describe.each(WIDGET_TAGS)('%s with benign text', (tag: WidgetTag) => {
  it.each(LANGUAGES)('shows exactly the text fields it declares (page in %s)', async (lang: Language) => {
    const doc = textDocument(benignText)
    expect(validateProgramme(doc).issues).toEqual([])
    const { steps } = await render(tag, doc, lang)
    const seen = steps.map((step) => step.text).join('\n')
    const shown = slots.filter((slot) => seen.includes(benignText(slot))).map((slot) => slot.key)
    expect(shown).toEqual(slots.filter((slot) => shows(slot, tag, lang)).map((slot) => slot.key))
    // Of the elements a payload would need, the widgets render only the timeline's filter form.
    expect(dangerous(document.body)).toEqual(tag === 'vs-timeline' ? ['form'] : [])
  })
})

interface HostilePlan {
  name: string
  lang: Language
  /** The string of every slot, by key. */
  texts: Map<string, string>
  /** The strings the widget shows, by key. */
  shown: Map<string, string>
}

/**
 * Documents for one widget in which every payload lands in a field the widget shows, `ROUNDS` times,
 * in a different field each round; the fields it does not show get payloads too. Languages alternate.
 */
function hostilePlans(tag: WidgetTag): HostilePlan[] {
  const plans: HostilePlan[] = []
  const count = XSS_PAYLOADS.length
  const payload = (i: number) => XSS_PAYLOADS[i % count] as string
  let next = 0
  while (next < count * ROUNDS) {
    const lang = LANGUAGES[plans.length % 2] as Language
    const first = next
    const texts = new Map<string, string>()
    const shown = new Map<string, string>()
    slots.forEach((slot: TextSlot, i) => {
      if (shows(slot, tag, lang)) {
        const text = payload(next++)
        texts.set(slot.key, text)
        shown.set(slot.key, text)
      } else texts.set(slot.key, payload(plans.length * 37 + i))
    })
    plans.push({
      name: `payloads ${first % count}–${(next - 1) % count}, page in ${lang}`,
      lang,
      texts,
      shown,
    })
  }
  return plans
}

describe.each(WIDGET_TAGS)('%s with XSS payloads in every text field', (tag: WidgetTag) => {
  const plans = hostilePlans(tag)

  it.each(plans.map((plan, i) => [plan.name, plan, i] as const))(
    '%s: renders each as text, runs none, injects nothing',
    async (_name, plan, i) => {
      const doc = textDocument((slot) => plan.texts.get(slot.key) ?? '')
      expect(validateProgramme(doc).issues).toEqual([])
      const base = await baseline(tag, plan.lang)
      // Every fourth document goes through inline JSON, where `</script>` in a text must stay text too.
      const { element, steps } = await render(tag, doc, plan.lang, i % 4 === 3)
      expectInert(element, steps, base, plan.shown)
    },
  )
})

/**
 * Arbitrary text, in two properties of `PROPERTY_RUNS` runs each (so each widget gets both mixes):
 * printable graphemes and any code point; and known payloads, alone or between arbitrary strings.
 * Every field draws its own string, so one document mixes them.
 */
const ARBITRARY_TEXT = {
  'graphemes and code points': fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 40 }),
    fc.string({ unit: 'binary', maxLength: 40 }),
  ),
  'payloads, alone and between arbitrary strings': fc.oneof(
    fc.constantFrom(...XSS_PAYLOADS),
    fc
      .tuple(
        fc.string({ unit: 'binary', maxLength: 12 }),
        fc.constantFrom(...XSS_PAYLOADS),
        fc.string({ unit: 'grapheme', maxLength: 12 }),
      )
      .map((parts) => parts.join('')),
  ),
}

describe.each(WIDGET_TAGS)('%s with arbitrary strings (fast-check)', { timeout: 8000 }, (tag: WidgetTag) => {
  it.each(Object.keys(ARBITRARY_TEXT) as (keyof typeof ARBITRARY_TEXT)[])(
    '%s never inject elements or attributes and show as text',
    async (kind) => {
      const lang: Language = tag.length % 2 === 0 ? 'sv' : 'en'
      const shownSlots = slots.filter((slot) => shows(slot, tag, lang))
      const base = await baseline(tag, lang)
      await fc.assert(
        fc.asyncProperty(
          fc.array(ARBITRARY_TEXT[kind], { minLength: shownSlots.length, maxLength: shownSlots.length }),
          async (strings) => {
            // A suffix keeps each text non-empty (as validation requires) and distinct from the others.
            const shown = new Map(shownSlots.map((slot, i) => [slot.key, `${strings[i] ?? ''} ·${i}`]))
            const doc = textDocument((slot) => shown.get(slot.key) ?? benignText(slot))
            const { element, steps } = await render(tag, doc, lang)
            try {
              expectInert(element, steps, base, shown)
            } finally {
              removeWidgets()
            }
          },
        ),
        { numRuns: PROPERTY_RUNS },
      )
    },
  )
})

/** Every field that holds a URL, and how to put a URL in it. */
const URL_FIELDS: { path: string; set: (document: ProgrammeDocumentInput, url: string) => void }[] = [
  { path: 'programme.links[0].url', set: (d, url) => (d.programme.links![0]!.url = url) },
  { path: 'decisions[0].links[0].url', set: (d, url) => (d.decisions![0]!.links![0]!.url = url) },
  { path: 'units[1].links[0].url', set: (d, url) => (d.units![1]!.links![0]!.url = url) },
  { path: 'timeline[0].links[1].url', set: (d, url) => (d.timeline![0]!.links![1]!.url = url) },
  { path: 'sources[0].url', set: (d, url) => (d.sources[0]!.url = url) },
  { path: 'sources[2].url', set: (d, url) => (d.sources[2]!.url = url) },
]

/**
 * Link URLs that start with white space `String#trim` removes but URL parsing keeps (U+00A0, U+FEFF,
 * U+2028 …) once passed validation and were trimmed into `javascript:` hrefs; every URL field is checked.
 */
const TRIM_GAP_FIELDS = URL_FIELDS

function withUrl(field: (typeof URL_FIELDS)[number], url: string): ProgrammeDocumentInput {
  const doc = textDocument(benignText)
  field.set(doc, url)
  return doc
}

describe('hostile URLs', () => {
  const cases = [
    ...HOSTILE_URLS.flatMap((url) => URL_FIELDS.map((field) => [field, url] as const)),
    ...TRIM_GAP_URLS.flatMap((url) => TRIM_GAP_FIELDS.map((field) => [field, url] as const)),
    ...OFFSITE_URLS.flatMap((url) => URL_FIELDS.map((field) => [field, url] as const)),
  ]

  it('that look relative really leave the site in this browser, on an http or an https page', () => {
    const pages = [location.href, 'https://www.kth.se/om/vs/']
    for (const url of OFFSITE_URLS) {
      const leaves = pages.filter((page) => new URL(url, page).origin !== new URL(page).origin)
      expect(leaves, JSON.stringify(url)).not.toEqual([])
    }
  })

  it(`are rejected by validation with their path, and the widget shows it (${cases.length} documents)`, async () => {
    const BATCH = 12
    for (let start = 0; start < cases.length; start += BATCH) {
      const batch = cases.slice(start, start + BATCH).map(([field, url], i) => {
        const doc = withUrl(field, url)
        expect(validateProgramme(doc).ok, `${field.path} = ${JSON.stringify(url)}`).toBe(false)
        const tag = WIDGET_TAGS[(start + i) % WIDGET_TAGS.length] as WidgetTag
        // Half through the data property, half through inline JSON.
        const element = addWidget(tag, (start + i) % 2 ? { data: doc } : { inline: JSON.stringify(doc) })
        return { element, field, url }
      })
      for (const { element, field, url } of batch) {
        await loaded(element)
        expect(errorPaths(element), `${field.path} = ${JSON.stringify(url)}`).toContain(field.path)
        expect(injectionProblems(element.shadowRoot as ShadowRoot)).toEqual([])
      }
      removeWidgets()
    }
  })

  it('that are only lookalikes are either rejected or render as inert links', async () => {
    // The fields the org chart (unit details) and the timeline (item links) render as links.
    const shown = [
      { field: URL_FIELDS[2]!, tag: 'vs-org-chart' as const },
      { field: URL_FIELDS[3]!, tag: 'vs-timeline' as const },
    ]
    for (const url of LOOKALIKE_URLS) {
      for (const { field, tag } of shown) {
        const doc = withUrl(field, url)
        const accepted = validateProgrammeJson(JSON.stringify(doc)).ok
        const { element, steps } = await render(tag, doc, 'sv')
        if (!accepted) expect(errorPaths(element), JSON.stringify(url)).toContain(field.path)
        else {
          // The link was drawn (in some step), and no step has a link that resolves to another scheme.
          expect(
            steps.some((step) => step.hrefs.includes(url.trim())),
            `${JSON.stringify(url)} is drawn`,
          ).toBe(true)
          expect(
            steps.flatMap((step) => step.problems),
            JSON.stringify(url),
          ).toEqual([])
        }
        removeWidgets()
      }
    }
  })
})
