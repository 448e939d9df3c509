import { ID_PATTERN, isValidDay } from '@kth-vs/core'

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

const HEADING_LEVEL: OptionSpec = {
  attribute: 'heading-level',
  label: { sv: 'Rubriknivå', en: 'Heading level' },
  kind: 'select',
  values: [2, 3, 4, 5, 6].map((level) => ({
    value: String(level),
    label: { sv: `h${level}`, en: `h${level}` },
  })),
  default: '3',
  help: {
    sv: 'Nivån på widgetens rubriker, så att de passar sidans rubriker. Står widgeten under en h2 väljer du h3.',
    en: "The level of the widget's headings, so they fit the page's. Under an h2, choose h3.",
  },
}

const choice = (value: string, sv: string, en: string): OptionChoice => ({ value, label: { sv, en } })

/** The options every widget has. */
export const COMMON_OPTIONS: readonly OptionSpec[] = [
  {
    attribute: 'sync',
    label: { sv: 'Samordna med andra widgetar (gruppnamn)', en: 'Follow other widgets (group name)' },
    kind: 'text',
    pattern: 'id',
    scriptOnly: true,
    help: {
      sv: 'Widgetar på samma sida med samma gruppnamn följer varandra: väljer läsaren något i den ena visar de andra samma datum eller enhet. Lämna tomt om du bara har en widget. Fungerar inte i iframe.',
      en: 'Widgets on one page with the same group name follow each other: when a reader selects something in one, the others show the same date or unit. Leave empty for a single widget. Does not work in an iframe.',
    },
  },
]

/** The options of each widget, in the order the builder shows them. */
export const WIDGET_OPTIONS: Record<WidgetName, readonly OptionSpec[]> = {
  'org-chart': [
    {
      attribute: 'as-of',
      label: { sv: 'Visa organisationen per dag', en: 'Show the organisation as of' },
      kind: 'date',
      help: {
        sv: 'Organisationen som den såg ut den här dagen. Tomt betyder i dag.',
        en: 'The organisation as it stood on this day. Empty means today.',
      },
    },
    {
      attribute: 'compare-from',
      label: { sv: 'Jämför från', en: 'Compare from' },
      kind: 'date',
      help: {
        sv: 'Fyll i både "Jämför från" och "Jämför till" för att markera vad som ändrats mellan dagarna.',
        en: 'Fill in both "Compare from" and "Compare to" to mark what changed between the days.',
      },
    },
    {
      attribute: 'compare-to',
      label: { sv: 'Jämför till', en: 'Compare to' },
      kind: 'date',
      help: {
        sv: 'Organisationen visas som den såg ut den här dagen, med ändringarna sedan "Jämför från".',
        en: 'The organisation is shown as it stood on this day, with the changes since "Compare from".',
      },
    },
    {
      attribute: 'layout',
      label: { sv: 'Utseende', en: 'Layout' },
      kind: 'select',
      values: [
        choice('auto', 'Automatiskt efter bredd', 'Automatic, by width'),
        choice('chart', 'Schema (rutor uppifrån och ned)', 'Chart (boxes top down)'),
        choice('list', 'Lista med indrag', 'Indented list'),
      ],
      default: 'auto',
      help: {
        sv: 'Automatiskt visar schema när det får plats och annars lista.',
        en: 'Automatic shows the chart when it fits and the list otherwise.',
      },
    },
    {
      attribute: 'root',
      label: {
        sv: 'Visa bara en enhet med det som ligger under',
        en: 'Show only one unit and what lies below it',
      },
      kind: 'text',
      pattern: 'id',
      suggest: 'units',
      help: {
        sv: 'Enhetens id i uppgifterna, till exempel vs. Tomt visar hela organisationen.',
        en: "The unit's id in the data, for example vs. Empty shows the whole organisation.",
      },
    },
    {
      attribute: 'expand-depth',
      label: { sv: 'Antal nivåer som visas öppna', en: 'Levels shown expanded' },
      kind: 'number',
      min: 0,
      max: 10,
      default: '2',
      help: {
        sv: 'Hur många nivåer av trädet som är utfällda från början. Läsaren kan fälla ut fler.',
        en: 'How many levels of the tree start expanded. Readers can expand more.',
      },
    },
    {
      attribute: 'search',
      label: { sv: 'Visa sökfält', en: 'Show a search field' },
      kind: 'checkbox',
      help: {
        sv: 'Ett fält där läsaren kan söka efter en enhet.',
        en: 'A field where readers can search for a unit.',
      },
    },
    HEADING_LEVEL,
  ],
  timeline: [
    {
      attribute: 'view',
      label: { sv: 'Visning', en: 'View' },
      kind: 'select',
      values: [
        choice('auto', 'Automatiskt efter bredd', 'Automatic, by width'),
        choice('list', 'Lista per år', 'List by year'),
        choice('axis', 'Tidsaxel', 'Time axis'),
      ],
      default: 'auto',
      help: {
        sv: 'Automatiskt visar tidsaxeln när widgeten är bred och annars listan.',
        en: 'Automatic shows the time axis when the widget is wide and the list otherwise.',
      },
    },
    {
      attribute: 'zoom',
      label: { sv: 'Skala på tidsaxeln', en: 'Scale of the time axis' },
      kind: 'select',
      values: [choice('year', 'År', 'Years'), choice('quarter', 'Kvartal', 'Quarters')],
      default: 'year',
      help: { sv: 'Gäller bara tidsaxeln.', en: 'Applies to the time axis only.' },
    },
    {
      attribute: 'filter-kind',
      label: { sv: 'Visa bara', en: 'Show only' },
      kind: 'select',
      multiple: true,
      values: [
        choice('decision', 'Beslut', 'Decisions'),
        choice('milestone', 'Milstolpar', 'Milestones'),
        choice('phase', 'Faser', 'Phases'),
        choice('period', 'Perioder', 'Periods'),
      ],
      help: {
        sv: 'Kryssa inget för att visa allt.',
        en: 'Tick none to show everything.',
      },
    },
    {
      attribute: 'filter-area',
      label: { sv: 'Visa bara stödområden (id)', en: 'Show only support areas (ids)' },
      kind: 'text',
      pattern: 'ids',
      suggest: 'areas',
      help: {
        sv: 'Id för ett eller flera stödområden, åtskilda med mellanslag. Tomt visar alla.',
        en: 'Ids of one or more support areas, separated by spaces. Empty shows all.',
      },
    },
    {
      attribute: 'from',
      label: { sv: 'Från och med', en: 'From' },
      kind: 'date',
      help: {
        sv: 'Visa bara det som pågår denna dag eller senare.',
        en: 'Show only what runs on this day or later.',
      },
    },
    {
      attribute: 'to',
      label: { sv: 'Till och med', en: 'To' },
      kind: 'date',
      help: {
        sv: 'Visa bara det som pågår denna dag eller tidigare.',
        en: 'Show only what runs on this day or earlier.',
      },
    },
    {
      attribute: 'now',
      label: { sv: 'Visa som om det vore', en: 'Show as if it were' },
      kind: 'date',
      help: {
        sv: 'Dagen som räknas som i dag: avgör vad som är klart, pågår eller kommer. Tomt betyder i dag.',
        en: 'The day taken as today: decides what is done, ongoing or upcoming. Empty means today.',
      },
    },
    {
      attribute: 'context',
      label: { sv: 'Visa bakgrund före programmet', en: 'Show background before the programme' },
      kind: 'checkbox',
      help: {
        sv: 'Händelser före och runt programmet som inte är steg i det.',
        en: 'Events before and around the programme that are not steps of it.',
      },
    },
    {
      attribute: 'controls',
      label: { sv: 'Låt läsaren filtrera', en: 'Let readers filter' },
      kind: 'checkbox',
      help: {
        sv: 'Visar val för typ, stödområde och bakgrund ovanför tidslinjen.',
        en: 'Shows choices for kind, support area and background above the timeline.',
      },
    },
    HEADING_LEVEL,
  ],
  'principle-cards': [HEADING_LEVEL],
  'support-areas': [
    {
      attribute: 'view',
      label: { sv: 'Visning', en: 'View' },
      kind: 'select',
      values: [choice('cards', 'Kort', 'Cards'), choice('table', 'Tabell', 'Table')],
      default: 'cards',
      help: {
        sv: 'Tabellen visar nuläge och målbild sida vid sida.',
        en: 'The table shows the current and target state side by side.',
      },
    },
    HEADING_LEVEL,
  ],
  governance: [HEADING_LEVEL],
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
