import { ID_PATTERN, TIMELINE_KINDS, isValidDay } from '@kth-vs/core'
import { ELEMENT_ATTRIBUTES, type ElementAttribute } from 'virtual:kth-vs/element-attributes'

/** A text in both of the builder's languages. */
export interface Bilingual {
  sv: string
  en: string
}

/** The widgets an editor can embed, by the name used in `embed.html?widget=…`. */
export const WIDGET_NAMES = [
  'org-chart',
  'timeline',
  'principle-cards',
  'support-areas',
  'governance',
  'programme',
] as const

/** One of {@link WIDGET_NAMES}. */
export type WidgetName = (typeof WIDGET_NAMES)[number]

/** What the builder tells an editor about a widget. */
export interface WidgetInfo {
  /** The element's tag. */
  tag: `vs-${WidgetName}`
  label: Bilingual
  description: Bilingual
}

/** The widgets, with their names and what they show. */
export const WIDGETS: Record<WidgetName, WidgetInfo> = {
  'org-chart': {
    tag: 'vs-org-chart',
    label: { sv: 'Organisationsschema', en: 'Organisation chart' },
    description: {
      sv: 'Organisationen som ett träd, som den såg ut en viss dag, och vad som ändrats.',
      en: 'The organisation as a tree, as it stood on a given day, and what changed.',
    },
  },
  timeline: {
    tag: 'vs-timeline',
    label: { sv: 'Tidslinje', en: 'Timeline' },
    description: {
      sv: 'Beslut, milstolpar, faser och perioder i datumordning.',
      en: 'Decisions, milestones, phases and periods in date order.',
    },
  },
  'principle-cards': {
    tag: 'vs-principle-cards',
    label: { sv: 'Principer', en: 'Principles' },
    description: { sv: 'Programmets principer som kort.', en: "The programme's principles as cards." },
  },
  'support-areas': {
    tag: 'vs-support-areas',
    label: { sv: 'Stödområden', en: 'Support areas' },
    description: {
      sv: 'Stödområdena med nuläge och målbild, som kort eller tabell.',
      en: 'The support areas with their current and target state, as cards or a table.',
    },
  },
  governance: {
    tag: 'vs-governance',
    label: { sv: 'Styrning', en: 'Governance' },
    description: {
      sv: 'Styrgrupper, råd och arbetsgrupper och hur de hänger ihop.',
      en: 'Steering groups, councils and working groups and how they connect.',
    },
  },
  programme: {
    tag: 'vs-programme',
    label: { sv: 'Programmet i korthet', en: 'The programme at a glance' },
    description: {
      sv: 'Syfte, läge, vem som beslutade och ledde, direktivets punkter, beslut, delprojekt och sidans uppgifter.',
      en: 'Purpose, status, who decided and led it, the directive, decisions, sub-projects and the page details.',
    },
  },
}

/** How an option is edited: which form control the builder shows for it. */
export type OptionKind = 'select' | 'text' | 'date' | 'number' | 'checkbox'

/** Lists of ids from the current data that a text option can suggest. */
export type OptionSuggestion = 'units' | 'areas'

/** One choice of a select option. */
export interface OptionChoice {
  value: string
  label: Bilingual
}

/** One attribute an editor can set, and how the builder asks for it. */
export interface OptionSpec {
  /** The attribute's name on the element, and the parameter's name in an embed URL. */
  attribute: string
  label: Bilingual
  kind: OptionKind
  /** The allowed values of a select. */
  values?: readonly OptionChoice[]
  /** A select whose attribute holds several of its values, separated by spaces (shown as checkboxes). */
  multiple?: boolean
  /** What the widget does when the attribute is absent; this value is left out of snippets. */
  default?: string
  /** Bounds of a number. */
  min?: number
  max?: number
  /** What a text must look like: one id, or ids separated by spaces. */
  pattern?: 'id' | 'ids'
  /** Ids from the current data to suggest for a text. */
  suggest?: OptionSuggestion
  /** True when the iframe embed cannot pass the attribute on (it works between widgets on one page). */
  scriptOnly?: boolean
  help: Bilingual
}

/**
 * What the builder says about one attribute to an editor, in both languages, and how it asks for
 * it where the element's type does not tell. Which attributes there are, their types, allowed values
 * and defaults come from the elements' manifest (`ELEMENT_ATTRIBUTES`), never from here.
 */
interface OptionWording {
  label: Bilingual
  help: Bilingual
  /** Labels of the values a select offers (for a number attribute: the values it offers). */
  choices?: Readonly<Record<string, Bilingual>>
  /** The values of an attribute that holds several of them, separated by spaces. */
  multiple?: readonly string[]
  min?: number
  max?: number
  pattern?: 'id' | 'ids'
  suggest?: OptionSuggestion
  scriptOnly?: boolean
}

const both = (sv: string, en: string): Bilingual => ({ sv, en })

const HEADING_LEVEL: OptionWording = {
  label: both('Rubriknivå', 'Heading level'),
  choices: Object.fromEntries(
    [2, 3, 4, 5, 6].map((level) => [String(level), both(`h${level}`, `h${level}`)]),
  ),
  help: both(
    'Nivån på widgetens rubriker, så att de passar sidans rubriker. Står widgeten under en h2 väljer du h3.',
    "The level of the widget's headings, so they fit the page's. Under an h2, choose h3.",
  ),
}

const AUTO_BY_WIDTH = both('Automatiskt efter bredd', 'Automatic, by width')

/** The wording of the attributes every element has. */
const COMMON_WORDING: Readonly<Record<string, OptionWording>> = {
  sync: {
    label: both('Samordna med andra widgetar (gruppnamn)', 'Follow other widgets (group name)'),
    pattern: 'id',
    scriptOnly: true,
    help: both(
      'Widgetar på samma sida med samma gruppnamn följer varandra: väljer läsaren något i den ena visar de andra samma datum eller enhet. Lämna tomt om du bara har en widget. Fungerar inte i iframe.',
      'Widgets on one page with the same group name follow each other: when a reader selects something in one, the others show the same date or unit. Leave empty for a single widget. Does not work in an iframe.',
    ),
  },
}

/** Attributes the builder does not offer: the data comes from its own step, and a selection is the reader's. */
const NOT_OFFERED = new Set(['src', 'timeout', 'selected'])

/** The wording of each element's own attributes. */
const WIDGET_WORDING: Record<WidgetName, Readonly<Record<string, OptionWording>>> = {
  'org-chart': {
    'as-of': {
      label: both('Visa organisationen per dag', 'Show the organisation as of'),
      help: both(
        'Organisationen som den såg ut den här dagen. Tomt betyder i dag.',
        'The organisation as it stood on this day. Empty means today.',
      ),
    },
    'compare-from': {
      label: both('Jämför från', 'Compare from'),
      help: both(
        'Fyll i både "Jämför från" och "Jämför till" för att markera vad som ändrats mellan dagarna.',
        'Fill in both "Compare from" and "Compare to" to mark what changed between the days.',
      ),
    },
    'compare-to': {
      label: both('Jämför till', 'Compare to'),
      help: both(
        'Organisationen visas som den såg ut den här dagen, med ändringarna sedan "Jämför från".',
        'The organisation is shown as it stood on this day, with the changes since "Compare from".',
      ),
    },
    layout: {
      label: both('Utseende', 'Layout'),
      choices: {
        auto: AUTO_BY_WIDTH,
        chart: both('Schema (rutor uppifrån och ned)', 'Chart (boxes top down)'),
        list: both('Lista med indrag', 'Indented list'),
      },
      help: both(
        'Automatiskt visar schema när det får plats och annars lista.',
        'Automatic shows the chart when it fits and the list otherwise.',
      ),
    },
    root: {
      label: both('Visa bara en enhet med det som ligger under', 'Show only one unit and what lies below it'),
      pattern: 'id',
      suggest: 'units',
      help: both(
        'Enhetens id i uppgifterna, till exempel vs. Tomt visar hela organisationen.',
        "The unit's id in the data, for example vs. Empty shows the whole organisation.",
      ),
    },
    'expand-depth': {
      label: both('Antal nivåer som visas öppna', 'Levels shown expanded'),
      min: 0,
      max: 10,
      help: both(
        'Hur många nivåer av trädet som är utfällda från början. Läsaren kan fälla ut fler.',
        'How many levels of the tree start expanded. Readers can expand more.',
      ),
    },
    search: {
      label: both('Visa sökfält', 'Show a search field'),
      help: both(
        'Ett fält där läsaren kan söka efter en enhet.',
        'A field where readers can search for a unit.',
      ),
    },
    'heading-level': HEADING_LEVEL,
  },
  timeline: {
    view: {
      label: both('Visning', 'View'),
      choices: {
        auto: AUTO_BY_WIDTH,
        list: both('Lista per år', 'List by year'),
        axis: both('Tidsaxel', 'Time axis'),
      },
      help: both(
        'Automatiskt visar tidsaxeln när widgeten är bred och annars listan.',
        'Automatic shows the time axis when the widget is wide and the list otherwise.',
      ),
    },
    zoom: {
      label: both('Skala på tidsaxeln', 'Scale of the time axis'),
      choices: { year: both('År', 'Years'), quarter: both('Kvartal', 'Quarters') },
      help: both('Gäller bara tidsaxeln.', 'Applies to the time axis only.'),
    },
    'as-of': {
      label: both('Visa som om det vore', 'Show as if it were'),
      help: both(
        'Dagen som räknas som i dag: avgör vad som är klart, pågår eller kommer. Tomt betyder i dag.',
        'The day taken as today: decides what is done, ongoing or upcoming. Empty means today.',
      ),
    },
    'filter-kind': {
      label: both('Visa bara', 'Show only'),
      multiple: TIMELINE_KINDS,
      choices: {
        decision: both('Beslut', 'Decisions'),
        milestone: both('Milstolpar', 'Milestones'),
        phase: both('Faser', 'Phases'),
        period: both('Perioder', 'Periods'),
      },
      help: both('Kryssa inget för att visa allt.', 'Tick none to show everything.'),
    },
    'filter-area': {
      label: both('Visa bara stödområden (id)', 'Show only support areas (ids)'),
      pattern: 'ids',
      suggest: 'areas',
      help: both(
        'Id för ett eller flera stödområden, åtskilda med mellanslag. Tomt visar alla.',
        'Ids of one or more support areas, separated by spaces. Empty shows all.',
      ),
    },
    from: {
      label: both('Från och med', 'From'),
      help: both(
        'Visa bara det som pågår denna dag eller senare.',
        'Show only what runs on this day or later.',
      ),
    },
    to: {
      label: both('Till och med', 'To'),
      help: both(
        'Visa bara det som pågår denna dag eller tidigare.',
        'Show only what runs on this day or earlier.',
      ),
    },
    context: {
      label: both('Visa bakgrund före programmet', 'Show background before the programme'),
      help: both(
        'Händelser före och runt programmet som inte är steg i det.',
        'Events before and around the programme that are not steps of it.',
      ),
    },
    controls: {
      label: both('Låt läsaren filtrera', 'Let readers filter'),
      help: both(
        'Visar val för typ, stödområde och bakgrund ovanför tidslinjen.',
        'Shows choices for kind, support area and background above the timeline.',
      ),
    },
    'heading-level': HEADING_LEVEL,
  },
  'principle-cards': { 'heading-level': HEADING_LEVEL },
  'support-areas': {
    view: {
      label: both('Visning', 'View'),
      choices: { cards: both('Kort', 'Cards'), table: both('Tabell', 'Table') },
      help: both(
        'Tabellen visar nuläge och målbild sida vid sida.',
        'The table shows the current and target state side by side.',
      ),
    },
    'heading-level': HEADING_LEVEL,
  },
  governance: { 'heading-level': HEADING_LEVEL },
  programme: {
    'heading-level': HEADING_LEVEL,
    'as-of': {
      label: both('Visa programmet per dag', 'Show the programme as of'),
      help: both(
        'Programmets läge och fasernas status den här dagen. Tomt betyder i dag.',
        "The programme's status and its phases' status on this day. Empty means today.",
      ),
    },
  },
}

/** The string literals of a union type such as `'auto' | 'list' | 'axis'`, or undefined for any other type. */
export function unionValues(type: string): string[] | undefined {
  const members = type.split('|').map((member) => member.trim())
  const literals = members.filter((member) => member !== 'undefined')
  if (literals.length === 0 || !literals.every((member) => /^'[^']*'$/.test(member))) return undefined
  return literals.map((member) => member.slice(1, -1))
}

/** An option from an attribute of the manifest and the builder's words for it. */
export function optionSpec(attribute: ElementAttribute, wording: OptionWording): OptionSpec {
  const { choices = {}, multiple, ...hints } = wording
  const choice = (value: string): OptionChoice => ({ value, label: choices[value] ?? both(value, value) })
  const values =
    multiple ??
    unionValues(attribute.type) ??
    (attribute.type === 'number' && wording.choices ? Object.keys(choices) : undefined)
  const kind: OptionKind =
    attribute.type === 'boolean'
      ? 'checkbox'
      : values !== undefined
        ? 'select'
        : attribute.type === 'number'
          ? 'number'
          : /\bIsoDay\b/.test(attribute.type)
            ? 'date'
            : 'text'
  const start = attribute.default?.replace(/^'(.*)'$/, '$1')
  return {
    attribute: attribute.name,
    kind,
    ...hints,
    ...(values ? { values: values.map(choice) } : {}),
    ...(multiple ? { multiple: true } : {}),
    ...(kind !== 'checkbox' && start !== undefined ? { default: start } : {}),
  }
}

/** The attributes of an element the builder offers, as the manifest lists them. */
function offered(widget: WidgetName): ElementAttribute[] {
  const attributes = ELEMENT_ATTRIBUTES[WIDGETS[widget].tag]
  if (attributes === undefined) throw new Error(`the elements' manifest has no <${WIDGETS[widget].tag}>`)
  return attributes.filter(
    (attribute) => !NOT_OFFERED.has(attribute.name) && attribute.deprecated === undefined,
  )
}

function wordingFor(widget: WidgetName, name: string): OptionWording {
  const wording = WIDGET_WORDING[widget][name] ?? COMMON_WORDING[name]
  if (wording === undefined) throw new Error(`the builder has no words for ${WIDGETS[widget].tag}'s ${name}`)
  return wording
}

/** The options every widget has. */
export const COMMON_OPTIONS: readonly OptionSpec[] = offered('principle-cards')
  .filter((attribute) => COMMON_WORDING[attribute.name] !== undefined)
  .map((attribute) => optionSpec(attribute, wordingFor('principle-cards', attribute.name)))

/** A widget's own options, in the order the element declares its attributes. */
function ownOptions(widget: WidgetName): OptionSpec[] {
  return offered(widget)
    .filter((attribute) => COMMON_WORDING[attribute.name] === undefined)
    .map((attribute) => optionSpec(attribute, wordingFor(widget, attribute.name)))
}

/** The options of each widget, in the order the element declares them. */
export const WIDGET_OPTIONS: Record<WidgetName, readonly OptionSpec[]> = {
  'org-chart': ownOptions('org-chart'),
  timeline: ownOptions('timeline'),
  'principle-cards': ownOptions('principle-cards'),
  'support-areas': ownOptions('support-areas'),
  governance: ownOptions('governance'),
  programme: ownOptions('programme'),
}

/** Every option of a widget: its own, then the common ones. */
export function optionsFor(widget: WidgetName): readonly OptionSpec[] {
  return [...WIDGET_OPTIONS[widget], ...COMMON_OPTIONS]
}

/** The values an editor has chosen, by attribute: text for most, true or false for a checkbox. */
export type OptionValues = Readonly<Record<string, string | boolean | undefined>>

/** An attribute and its value as it goes on the element; `''` stands for a boolean attribute. */
export type AttributePair = readonly [name: string, value: string]

const ID_LIST = /^\S+(\s+\S+)*$/

/**
 * Tells what is wrong with one value, if anything: a date that is not a day, a number out of bounds,
 * a value a select does not have, or a text that is not an id. Empty values are fine: they leave the
 * attribute out.
 */
export function optionProblem(spec: OptionSpec, value: string | boolean | undefined): Bilingual | undefined {
  if (value === undefined || value === false || value === true || value.trim() === '') return undefined
  const text = value.trim()
  switch (spec.kind) {
    case 'date':
      return isValidDay(text)
        ? undefined
        : { sv: 'Ange ett datum som ÅÅÅÅ-MM-DD.', en: 'Give a date as YYYY-MM-DD.' }
    case 'number': {
      const number = Number(text)
      const min = spec.min ?? Number.MIN_SAFE_INTEGER
      const max = spec.max ?? Number.MAX_SAFE_INTEGER
      return Number.isInteger(number) && number >= min && number <= max
        ? undefined
        : { sv: `Ange ett heltal från ${min} till ${max}.`, en: `Give a whole number from ${min} to ${max}.` }
    }
    case 'select': {
      const allowed = new Set((spec.values ?? []).map((option) => option.value))
      const chosen = spec.multiple ? text.split(/\s+/) : [text]
      const wrong = chosen.filter((one) => !allowed.has(one))
      return wrong.length === 0
        ? undefined
        : {
            sv: `${wrong.join(', ')} går inte att välja här; välj bland ${[...allowed].join(', ')}.`,
            en: `${wrong.join(', ')} cannot be chosen here; choose among ${[...allowed].join(', ')}.`,
          }
    }
    case 'text': {
      const ids = spec.pattern === 'ids' ? (ID_LIST.test(text) ? text.split(/\s+/) : [text]) : [text]
      if (spec.pattern === undefined || ids.every((id) => ID_PATTERN.test(id))) return undefined
      return {
        sv: 'Ange ett id: bokstäver a–z, siffror och _ . : - utan mellanslag.',
        en: 'Give an id: letters a–z, digits and _ . : - without spaces.',
      }
    }
    default:
      return undefined
  }
}

/** A problem with an option, and the attribute it belongs to. */
export interface OptionProblem {
  attribute: string
  message: Bilingual
}

/** Every problem with the chosen options of a widget, including the ones between two fields. */
export function optionProblems(widget: WidgetName, values: OptionValues): OptionProblem[] {
  const problems: OptionProblem[] = []
  for (const spec of optionsFor(widget)) {
    const message = optionProblem(spec, values[spec.attribute])
    if (message) problems.push({ attribute: spec.attribute, message })
  }
  const text = (name: string) => {
    const value = values[name]
    return typeof value === 'string' && isValidDay(value.trim()) ? value.trim() : ''
  }
  if (widget === 'org-chart') {
    const from = text('compare-from')
    const to = text('compare-to')
    if (from !== '' && to === '') {
      problems.push({
        attribute: 'compare-to',
        message: { sv: 'Fyll i även "Jämför till".', en: 'Fill in "Compare to" as well.' },
      })
    } else if (to !== '' && from === '') {
      problems.push({
        attribute: 'compare-from',
        message: { sv: 'Fyll i även "Jämför från".', en: 'Fill in "Compare from" as well.' },
      })
    } else if (from !== '' && to !== '' && to < from) {
      problems.push({
        attribute: 'compare-to',
        message: {
          sv: 'Ska vara samma dag som eller efter "Jämför från".',
          en: 'Must be on or after "Compare from".',
        },
      })
    }
  }
  if (widget === 'timeline' && text('from') !== '' && text('to') !== '' && text('to') < text('from')) {
    problems.push({
      attribute: 'to',
      message: {
        sv: 'Ska vara samma dag som eller efter "Från och med".',
        en: 'Must be on or after "From".',
      },
    })
  }
  return problems
}

/**
 * The attributes for the chosen values, in the table's order: empty values, unticked boxes and
 * defaults are left out (the widget assumes them); a ticked box becomes a boolean attribute.
 */
export function attributesFor(widget: WidgetName, values: OptionValues): AttributePair[] {
  const pairs: AttributePair[] = []
  for (const spec of optionsFor(widget)) {
    const value = values[spec.attribute]
    if (value === undefined || value === false) continue
    if (value === true) {
      if (spec.kind === 'checkbox') pairs.push([spec.attribute, ''])
      continue
    }
    const text = spec.multiple ? value.trim().split(/\s+/).join(' ') : value.trim()
    if (text === '' || text === spec.default) continue
    pairs.push([spec.attribute, text])
  }
  return pairs
}
