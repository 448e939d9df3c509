import type { OrgChangeKind } from '../org/org-diff.js'
import type { RelationKind } from '../schema/enums.js'
import type { Note } from '../schema/programme.js'
import type { Language } from '../text/localized-text.js'
import type { ShownStatus, TimelineKind } from '../timeline/entries.js'

// Every word the kit's views show, in both languages: the widgets, the static HTML of `kth-vs render`
// and any other app take them from here, so a phase is called a phase everywhere. One constant per
// view (and one for what all of them share), so a bundle carries only the words of the views it uses.

/** Each kind of timeline item, as a label. */
export const TIMELINE_KIND_LABELS: Record<Language, Record<TimelineKind, string>> = {
  sv: { decision: 'Beslut', milestone: 'Milstolpe', phase: 'Fas', period: 'Period' },
  en: { decision: 'Decision', milestone: 'Milestone', phase: 'Phase', period: 'Period' },
}

/** Each status against today, and the one for a passed item whose outcome is unknown, as a label. */
export const TIMELINE_STATUS_LABELS: Record<Language, Record<ShownStatus, string>> = {
  sv: {
    done: 'Genomförd',
    ongoing: 'Pågår',
    upcoming: 'Kommande',
    unconfirmed: 'Ingen källa bekräftar utfallet',
  },
  en: {
    done: 'Done',
    ongoing: 'Ongoing',
    upcoming: 'Upcoming',
    unconfirmed: 'No source confirms the outcome',
  },
}

/**
 * Each relation as a verb phrase, read from the item the relation is seen from: `outgoing` when that
 * item is the relation's `from` ("the steering group advises the University Director"), `incoming`
 * when it is the `to` ("the University Director is advised by the steering group").
 */
export const RELATION_LABELS: Record<
  Language,
  Record<'outgoing' | 'incoming', Record<RelationKind, string>>
> = {
  sv: {
    outgoing: {
      serves: 'betjänar',
      advises: 'ger råd till',
      'member-of': 'ingår i',
      'reports-to': 'rapporterar till',
      'prepares-for': 'bereder ärenden för',
      consults: 'samråder med',
    },
    incoming: {
      serves: 'betjänas av',
      advises: 'får råd av',
      'member-of': 'har som medlem',
      'reports-to': 'får rapporter från',
      'prepares-for': 'får ärenden beredda av',
      consults: 'rådfrågas av',
    },
  },
  en: {
    outgoing: {
      serves: 'serves',
      advises: 'advises',
      'member-of': 'is a member of',
      'reports-to': 'reports to',
      'prepares-for': 'prepares matters for',
      consults: 'consults',
    },
    incoming: {
      serves: 'is served by',
      advises: 'is advised by',
      'member-of': 'has as member',
      'reports-to': 'receives reports from',
      'prepares-for': 'has matters prepared by',
      consults: 'is consulted by',
    },
  },
}

/** Each kind of note, as the label of the note. */
export const NOTE_KIND_LABELS: Record<Language, Record<Note['kind'], string>> = {
  sv: {
    disagreement: 'Källorna skiljer sig',
    unknown: 'Okänt i källorna',
    correction: 'Rättelse',
    context: 'Bakgrund',
  },
  en: {
    disagreement: 'The sources differ',
    unknown: 'Unknown in the sources',
    correction: 'Correction',
    context: 'Background',
  },
}

/** What a view shows where the data has nothing, because the sources say nothing. */
export const NOT_STATED_LABEL: Record<Language, string> = {
  sv: 'Ej angivet i källorna',
  en: 'Not stated in the sources',
}

const commonSv = {
  select: 'Välj',
  selected: 'Vald',
  links: 'Länkar',
  sources: 'Källor',
  /** The label of a list of `n` sources behind a disclosure. */
  sourcesCount: (n: number) => `Källor (${n})`,
}

/** Words every view shares. */
export type CommonMessages = typeof commonSv

/** Words every view shares: buttons that select, and lists of links and sources. */
export const COMMON_MESSAGES: Record<Language, CommonMessages> = {
  sv: commonSv,
  en: {
    select: 'Select',
    selected: 'Selected',
    links: 'Links',
    sources: 'Sources',
    sourcesCount: (n: number) => `Sources (${n})`,
  },
}

/** What a view says about an attribute that holds something that is not a day. */
export const NOT_A_DAY_MESSAGE: Record<Language, (attribute: string, value: string) => string> = {
  sv: (attribute, value) =>
    `${attribute}: ${JSON.stringify(value)} är inget giltigt datum; förväntat ÅÅÅÅ-MM-DD.`,
  en: (attribute, value) =>
    `${attribute}: ${JSON.stringify(value)} is not a valid date; expected YYYY-MM-DD.`,
}

const elementSv = {
  loading: 'Laddar…',
  invalid: 'Uppgifterna kunde inte visas eftersom de innehåller fel:',
  fetchFailed: 'Uppgifterna kunde inte hämtas:',
  renderFailed: 'Innehållet kunde inte visas:',
  retry: 'Försök igen',
}

/** What a widget says while it loads and when its data fails. */
export type ElementMessages = typeof elementSv

/** What a widget says while it loads its data, and when the data cannot be fetched or shown. */
export const ELEMENT_MESSAGES: Record<Language, ElementMessages> = {
  sv: elementSv,
  en: {
    loading: 'Loading…',
    invalid: 'The data cannot be shown because it has errors:',
    fetchFailed: 'The data could not be fetched:',
    renderFailed: 'The content could not be shown:',
    retry: 'Try again',
  },
}

const principlesSv = {
  label: 'Vägledande principer',
  empty: 'Inga principer finns i uppgifterna.',
  more: 'Läs mer',
  variants: 'Andra formuleringar i källorna:',
}

/** The words of the principles view. */
export type PrinciplesMessages = typeof principlesSv

/** The words of the guiding principles, shown as cards. */
export const PRINCIPLES_MESSAGES: Record<Language, PrinciplesMessages> = {
  sv: principlesSv,
  en: {
    label: 'Guiding principles',
    empty: 'The data holds no principles.',
    more: 'Read more',
    variants: 'Other wordings in the sources:',
  },
}

const supportAreasSv = {
  label: 'Stödområden',
  empty: 'Inga stödområden finns i uppgifterna.',
  area: 'Område',
  current: 'Nuläge',
  target: 'Nyläge',
  priorities: 'Prioriteringar',
  units: 'Enheter',
  variants: 'Även kallat:',
}

/** The words of the support areas view. */
export type SupportAreasMessages = typeof supportAreasSv

/** The words of the support areas, as cards or a table. */
export const SUPPORT_AREAS_MESSAGES: Record<Language, SupportAreasMessages> = {
  sv: supportAreasSv,
  en: {
    label: 'Support areas',
    empty: 'The data holds no support areas.',
    area: 'Area',
    current: 'Current state',
    target: 'Target state',
    priorities: 'Priorities',
    units: 'Units',
    variants: 'Also called:',
  },
}

const governanceSv = {
  empty: 'Inga organ finns i uppgifterna.',
  chair: 'Ordförande:',
  members: 'Ledamöter:',
  purpose: 'Syfte:',
  formed: 'Bildad:',
  tasks: 'Uppgifter:',
  relations: 'Kopplingar:',
  membersUnknown: 'Källorna anger inte vilka ledamöterna är.',
  inferred: 'antal uppskattat',
  from: (day: string) => `från ${day}`,
  until: (day: string) => `till och med ${day}`,
  member: 'Ingår i det valda organet',
  related: 'Kopplad till det valda organet',
  boxMember: 'Ingår',
  boxRelated: 'Kopplad',
  legend: 'Pilarna läses från början till spets:',
  unit: 'Enhet, inte ett organ',
}

/** The words of the governance view. */
export type GovernanceMessages = typeof governanceSv

/** The words of the programme's governance: its bodies, who sits in them and how they relate. */
export const GOVERNANCE_MESSAGES: Record<Language, GovernanceMessages> = {
  sv: governanceSv,
  en: {
    empty: 'The data holds no bodies.',
    chair: 'Chair:',
    members: 'Members:',
    purpose: 'Purpose:',
    formed: 'Formed:',
    tasks: 'Tasks:',
    relations: 'Relations:',
    membersUnknown: 'The sources do not name the members.',
    inferred: 'number estimated',
    from: (day: string) => `from ${day}`,
    until: (day: string) => `until ${day}`,
    member: 'Member of the selected body',
    related: 'Related to the selected body',
    boxMember: 'Member',
    boxRelated: 'Related',
    legend: 'Read each arrow from its start to its head:',
    unit: 'Unit, not a body',
  },
}

const timelineSv = {
  today: 'I dag',
  before: (start: string) => `Programmet börjar ${start}`,
  during: (percent: number, end: string) =>
    `Programmet pågår, ${percent} % av tiden har gått (slutar ${end})`,
  after: (end: string) => `Programmet avslutades ${end}`,
  label: 'Tidslinje',
  count: (shown: number, total: number) => `Visar ${shown} av ${total} händelser`,
  none: 'Inga händelser finns i uppgifterna.',
  empty: 'Inga händelser matchar urvalet.',
  asOfToday: 'Tidslinjen visas som den ser ut i dag.',
  withoutLimit: 'Tidslinjen visas utan den gränsen.',
  published: 'publiceringsdatum',
  context: 'bakgrund',
  areas: 'Stödområden',
  bodies: 'Organ',
  decisions: 'Beslut',
  units: 'Enheter',
  downloadAll: 'Ladda ner kalender (.ics)',
  downloadOne: 'Ladda ner (.ics)',
  filteredOn: 'Filtrerat på:',
  clearFilter: 'Ta bort filtret',
  filters: 'Filter',
  kindLegend: 'Typ',
  areaLegend: 'Stödområde',
  filterHint: 'Inga ikryssade rutor visar allt.',
  showContext: 'Visa händelser före programmet',
  zoom: 'Skala',
  zoomYear: 'År',
  zoomQuarter: 'Kvartal',
  focused: 'Händelsen i fokus',
  keysHint: 'Piltangenterna flyttar mellan händelserna, Home och End till den första och den sista.',
  selectedNow: (title: string) => `Vald: ${title}`,
  file: 'tidslinje',
}

/** The words of the timeline view. */
export type TimelineMessages = typeof timelineSv

/** The words of the timeline. Dates come in already formatted. */
export const TIMELINE_MESSAGES: Record<Language, TimelineMessages> = {
  sv: timelineSv,
  en: {
    today: 'Today',
    before: (start: string) => `The programme starts on ${start}`,
    during: (percent: number, end: string) =>
      `The programme is under way, ${percent}% of the time has passed (ends ${end})`,
    after: (end: string) => `The programme ended on ${end}`,
    label: 'Timeline',
    count: (shown: number, total: number) => `Showing ${shown} of ${total} items`,
    none: 'The data holds no events.',
    empty: 'No items match the selection.',
    asOfToday: 'The timeline is shown as it stands today.',
    withoutLimit: 'The timeline is shown without that limit.',
    published: 'date of publication',
    context: 'background',
    areas: 'Support areas',
    bodies: 'Bodies',
    decisions: 'Decisions',
    units: 'Units',
    downloadAll: 'Download calendar (.ics)',
    downloadOne: 'Download (.ics)',
    filteredOn: 'Filtered on:',
    clearFilter: 'Remove the filter',
    filters: 'Filters',
    kindLegend: 'Kind',
    areaLegend: 'Support area',
    filterHint: 'With no boxes ticked, everything is shown.',
    showContext: 'Show events before the programme',
    zoom: 'Scale',
    zoomYear: 'Years',
    zoomQuarter: 'Quarters',
    focused: 'The item in focus',
    keysHint: 'The arrow keys move between the items, Home and End to the first and the last.',
    selectedNow: (title: string) => `Selected: ${title}`,
    file: 'timeline',
  },
}

const orgChartSv = {
  label: 'Organisation',
  treeLabel: (day: string) => `Organisationen den ${day}`,
  compareLabel: (from: string, to: string) => `Förändringar från ${from} till ${to}`,
  searchLabel: 'Sök enhet',
  searchHits: (n: number) => (n === 0 ? 'Inga träffar' : n === 1 ? '1 träff' : `${n} träffar`),
  empty: 'Det finns ingen enhet att visa den dagen.',
  todayShown: 'Dagens organisation visas.',
  unknownRoot: (id: string) => `Enheten ${JSON.stringify(id)} finns inte den dagen.`,
  change: { added: 'ny', removed: 'borttagen', moved: 'flyttad', renamed: 'nytt namn' } satisfies Record<
    OrgChangeKind,
    string
  >,
  legendTitle: 'Förklaring',
  legend: {
    added: (from: string) => `fanns inte den ${from}`,
    removed: (to: string) => `finns inte längre den ${to}`,
    moved: (from: string) => `har en annan överordnad enhet än den ${from}`,
    renamed: (from: string) => `hette något annat den ${from}`,
  } satisfies Record<OrgChangeKind, (day: string) => string>,
  relationMarker: 'har kopplingar till andra enheter eller organ, se detaljer',
  removedTitle: 'Borttagna enheter',
  formerly: (name: string) => `tidigare ${name}`,
  movedFrom: (name: string) => `tidigare under ${name}`,
  head: 'Chef',
  valid: 'Giltighet',
  validFrom: (day: string) => `från ${day}`,
  validTo: (day: string) => `till och med ${day}`,
  validAlways: 'hela perioden',
  relations: 'Kopplingar',
  detailsShown: (name: string) => `${name}: detaljerna visas under trädet.`,
}

/** The words of the organisation chart view. */
export type OrgChartMessages = typeof orgChartSv

/** The words of the organisation chart: the tree on a day, what changed, a unit's details. */
export const ORG_CHART_MESSAGES: Record<Language, OrgChartMessages> = {
  sv: orgChartSv,
  en: {
    label: 'Organisation',
    treeLabel: (day: string) => `The organisation on ${day}`,
    compareLabel: (from: string, to: string) => `Changes from ${from} to ${to}`,
    searchLabel: 'Search units',
    searchHits: (n: number) => (n === 0 ? 'No matches' : n === 1 ? '1 match' : `${n} matches`),
    empty: 'There is no unit to show on that day.',
    todayShown: "Today's organisation is shown.",
    unknownRoot: (id: string) => `The unit ${JSON.stringify(id)} does not exist on that day.`,
    change: { added: 'new', removed: 'removed', moved: 'moved', renamed: 'renamed' },
    legendTitle: 'Key',
    legend: {
      added: (from: string) => `did not exist on ${from}`,
      removed: (to: string) => `no longer exists on ${to}`,
      moved: (from: string) => `has another parent unit than on ${from}`,
      renamed: (from: string) => `had another name on ${from}`,
    },
    relationMarker: 'has links to other units or bodies, see details',
    removedTitle: 'Removed units',
    formerly: (name: string) => `formerly ${name}`,
    movedFrom: (name: string) => `formerly under ${name}`,
    head: 'Head',
    valid: 'Valid',
    validFrom: (day: string) => `from ${day}`,
    validTo: (day: string) => `until ${day}`,
    validAlways: 'throughout',
    relations: 'Links to others',
    detailsShown: (name: string) => `${name}: its details are shown below the tree.`,
  },
}

const programmeSv = {
  label: 'Programmet i korthet',
  asOfToday: 'Programmet visas som det ser ut i dag.',
  status: {
    upcoming: (range: string) => `Inte påbörjat: programmet är planerat till ${range}.`,
    ongoing: (range: string) => `Pågår: programmet löper ${range}.`,
    done: (range: string, end: string) => `Avslutat ${end}: programmet pågick ${range}.`,
  },
  decidedBy: 'Beslutat av:',
  ledBy: { running: 'Leds av:', finished: 'Leddes av:' },
  owner: 'Programägare:',
  newOrganisation: 'Ny organisation från:',
  directive: 'Programdirektivet',
  decisions: 'Beslut',
  caseNumber: 'Diarienummer:',
  published: 'publiceringsdatum',
  bodies: 'Programorganisationen',
  chair: 'ordförande:',
  subProjects: 'Delprojekt',
  formerNames: 'Tidigare namn:',
  decision: 'Beslut:',
  lead: 'Projektledare:',
  projectChair: 'Ordförande:',
  period: 'Tid:',
  phases: 'Faser',
  activities: 'Aktiviteter:',
  facts: 'Fakta:',
  pages: 'Om sidan',
  contentOwner: 'Innehållsansvarig:',
  belongsTo: 'Tillhör:',
  lastChanged: 'Senast ändrad:',
}

/** The words of the programme view. */
export type ProgrammeMessages = typeof programmeSv

/**
 * The words of the programme at a glance: its period and status, who decided and led it, its
 * directive, decisions, bodies, sub-projects and the page it is published on.
 */
export const PROGRAMME_MESSAGES: Record<Language, ProgrammeMessages> = {
  sv: programmeSv,
  en: {
    label: 'The programme at a glance',
    asOfToday: 'The programme is shown as it stands today.',
    status: {
      upcoming: (range: string) => `Not started: the programme is planned for ${range}.`,
      ongoing: (range: string) => `Running: the programme runs ${range}.`,
      done: (range: string, end: string) => `Ended ${end}: the programme ran ${range}.`,
    },
    decidedBy: 'Decided by:',
    ledBy: { running: 'Led by:', finished: 'Led by:' },
    owner: 'Owner:',
    newOrganisation: 'New organisation from:',
    directive: 'The programme directive',
    decisions: 'Decisions',
    caseNumber: 'Case number:',
    published: 'date of publication',
    bodies: 'The programme organisation',
    chair: 'chair:',
    subProjects: 'Sub-projects',
    formerNames: 'Formerly:',
    decision: 'Decision:',
    lead: 'Project lead:',
    projectChair: 'Chair:',
    period: 'Period:',
    phases: 'Phases',
    activities: 'Activities:',
    facts: 'Facts:',
    pages: 'About the page',
    contentOwner: 'Content owner:',
    belongsTo: 'Belongs to:',
    lastChanged: 'Last changed:',
  },
}
