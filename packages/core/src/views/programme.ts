import { formatDateText, htmlDatetime } from '../dates/format.js'
import { textInterval } from '../dates/interval.js'
import { parsePartialDate } from '../dates/partial-date.js'
import { programmeInterval } from '../programme/adapters.js'
import { sortByOrder } from '../programme/order.js'
import type { Note, ProgrammeDocument, Role, SubProject, SubProjectPhase } from '../schema/programme.js'
import { type Language, localize } from '../text/localized-text.js'
import { type ShownStatus, type TimelineStatus, entryStatus, shownStatus } from '../timeline/entries.js'
import { type DayAttributes, viewDay } from './attributes.js'
import {
  COMMON_MESSAGES,
  type CommonMessages,
  PROGRAMME_MESSAGES,
  type ProgrammeMessages,
  TIMELINE_STATUS_LABELS,
} from './messages.js'
import {
  type DateView,
  type LinkView,
  type NoteView,
  type Phrase,
  type ViewText,
  linkViews,
  nameOf,
  notADay,
  noteView,
  rangeText,
  rolePhrase,
  sourceLinks,
} from './parts.js'

/** What the programme view is computed from, besides the document. */
export interface ProgrammeViewOptions {
  lang: Language
  /** Today in Stockholm (`stockholmDay(new Date())`): the day seen from when `as-of` does not say. */
  today: string
  /** The element's attributes by name: the day seen from. */
  attributes?: Pick<DayAttributes, 'as-of'>
}

/** A labelled fact, such as "Decided by: President, Sigbritt Karlsson". */
export interface FactView {
  label: string
  value: Phrase
}

/** A point of the programme directive. */
export interface DirectivePointView {
  id: string
  order: number
  text: ViewText
}

/** A decision with what it said and where it is filed. */
export interface DecisionView {
  id: string
  title: ViewText
  date: DateView
  /** Said after the date when the date is only the day the news of it was published. */
  published: string | undefined
  /** Who decided it and, when it has one, its case number (diarienummer). */
  facts: FactView[]
  summary: ViewText | undefined
  links: LinkView[]
  sources: LinkView[]
  /** The notes about this decision alone. */
  notes: NoteView[]
}

/** A body of the programme organisation in one line: its name and who chaired it. */
export interface BodyLineView {
  id: string
  line: Phrase
}

/** A phase of a sub-project, with its status on the day. */
export interface PhaseView {
  id: string
  order: number
  name: ViewText
  date: DateView
  status: ShownStatus
  statusLabel: string
  /** "Activities: …", when the phase lists any. */
  activities: Phrase | undefined
}

/** A sub-project: what it was for, who decided and led it, its phases and facts. */
export interface SubProjectView {
  id: string
  name: ViewText
  summary: ViewText | undefined
  /** Former names, who decided, lead, chair, period and the decision it rests on, as facts. */
  facts: FactView[]
  phases: PhaseView[]
  /** Other facts the sources give, one sentence each. */
  details: ViewText[]
  sources: LinkView[]
  /** The notes about the sub-project or its phases. */
  notes: NoteView[]
}

/** The page the programme is published on. */
export interface PageView {
  /** The page's title, a link to it when the document cites it. */
  title: LinkView
  facts: FactView[]
}

/** A part of the overview under its own heading, with the notes about what it shows. */
export interface ProgrammeSection<T> {
  heading: string
  items: T[]
  /** Sources for the part as a whole (for the directive), else none. */
  sources: LinkView[]
  /** The notes about several of its items at once, shown once after them. */
  notes: NoteView[]
}

/** Everything the programme overview shows, worked out for one language and one day. */
export interface ProgrammeContent {
  lang: Language
  words: ProgrammeMessages
  common: CommonMessages
  /** The day the overview is seen from, `YYYY-MM-DD`. */
  day: string
  /** Sentences about attributes the view could not use. */
  problems: string[]
  name: ViewText
  shortName: ViewText | undefined
  /** Whether the programme had started, was running or had ended on the day. */
  status: TimelineStatus
  /** The status in words, with the programme's period. */
  period: string
  purpose: ViewText | undefined
  /** Who decided, led and owned it and when the new organisation began, as far as the data says. */
  facts: FactView[]
  links: LinkView[]
  sources: LinkView[]
  /** The notes about the programme itself. */
  notes: NoteView[]
  directive: ProgrammeSection<DirectivePointView>
  decisions: ProgrammeSection<DecisionView>
  bodies: ProgrammeSection<BodyLineView>
  subProjects: ProgrammeSection<SubProjectView>
  pages: ProgrammeSection<PageView>
}

function dateView(text: string, lang: Language): DateView {
  const date = parsePartialDate(text)
  return { text: formatDateText(text, lang), datetime: date === undefined ? text : htmlDatetime(date) }
}

function rangeView(start: string, end: string | undefined, lang: Language): DateView {
  return end === undefined
    ? dateView(start, lang)
    : { ...dateView(start, lang), text: rangeText(start, end, lang) }
}

/** Sources cited by several items, each once, in the order first cited. */
function sourcesOf(
  document: ProgrammeDocument,
  lists: readonly (readonly string[] | undefined)[],
  lang: Language,
) {
  return sourceLinks(document, [...new Set(lists.flatMap((ids) => ids ?? []))], lang)
}

/**
 * Hands out the notes of a document to the parts of a view, each note once: to the first part that
 * shows something it concerns.
 */
class NoteDealer {
  #left: Note[]
  readonly #lang: Language

  constructor(notes: readonly Note[], lang: Language) {
    this.#left = [...notes]
    this.#lang = lang
  }

  /** The notes not yet handed out that `concerns` accepts, now handed out. */
  take(concerns: (about: readonly string[]) => boolean): NoteView[] {
    const taken = new Set(this.#left.filter((note) => concerns(note.about)))
    this.#left = this.#left.filter((note) => !taken.has(note))
    return [...taken].map((note) => noteView(note, this.#lang))
  }
}

function fact(label: string, role: Role | undefined, lang: Language): FactView[] {
  return role === undefined ? [] : [{ label, value: rolePhrase(role, lang) }]
}

function phaseView(phase: SubProjectPhase, day: string, lang: Language): PhaseView {
  const interval = textInterval(phase.start)
  const end = phase.end === undefined ? undefined : textInterval(phase.end)
  const status =
    interval === undefined
      ? 'upcoming'
      : shownStatus({ start: interval.start, end: (end ?? interval).end }, day, phase.outcomeUnconfirmed)
  const words = PROGRAMME_MESSAGES[lang]
  const activities = (phase.activities ?? []).map((activity) => localize(activity, lang))
  return {
    id: phase.id,
    order: phase.order,
    name: localize(phase.name, lang),
    date: rangeView(phase.start, phase.end, lang),
    status,
    statusLabel: TIMELINE_STATUS_LABELS[lang][status],
    activities:
      activities.length === 0
        ? undefined
        : [
            `${words.activities} `,
            ...activities.flatMap((activity, i) => (i === 0 ? [activity] : [', ', activity])),
          ],
  }
}

function subProjectView(
  document: ProgrammeDocument,
  project: SubProject,
  day: string,
  lang: Language,
  notes: NoteDealer,
): SubProjectView {
  const words = PROGRAMME_MESSAGES[lang]
  const phases = sortByOrder(project.phases)
  const ids = new Set([project.id, ...phases.map((phase) => phase.id)])
  const formerNames = (project.formerNames ?? []).map((name) => localize(name, lang))
  const facts: FactView[] = [
    ...(formerNames.length > 0
      ? [
          {
            label: words.formerNames,
            value: formerNames.flatMap((name, i) => (i === 0 ? [name] : [', ', name])),
          },
        ]
      : []),
    ...fact(words.decidedBy, project.decidedBy, lang),
    ...(project.decision === undefined
      ? []
      : [{ label: words.decision, value: [nameOf(document, project.decision, lang)] }]),
    ...fact(words.lead, project.lead, lang),
    ...fact(words.projectChair, project.chair, lang),
    ...(project.start === undefined
      ? []
      : [{ label: words.period, value: [rangeView(project.start, project.end, lang).text] }]),
  ]
  return {
    id: project.id,
    name: localize(project.name, lang),
    summary: project.summary ? localize(project.summary, lang) : undefined,
    facts,
    phases: phases.map((phase) => phaseView(phase, day, lang)),
    details: (project.facts ?? []).map((detail) => localize(detail, lang)),
    sources: sourcesOf(document, [project.sources, ...phases.map((phase) => phase.sources)], lang),
    notes: notes.take((about) => about.some((id) => ids.has(id))),
  }
}

/**
 * The programme at a glance as every rendering shows it, seen from one day: its name, its status and
 * period in words, its purpose, who decided and led it, its links and sources; the points of its
 * directive in order; its decisions in date order with case numbers and summaries; its bodies one line each;
 * its sub-projects with their phases (a passed phase whose outcome no source confirms says so) and
 * facts; the page it is published on; and each note about any of these once, where it belongs.
 */
export function programmeView(document: ProgrammeDocument, options: ProgrammeViewOptions): ProgrammeContent {
  const { lang, attributes = {} } = options
  const words = PROGRAMME_MESSAGES[lang]
  const common = COMMON_MESSAGES[lang]
  const { day, problems } = viewDay({ 'as-of': attributes['as-of'] }, options.today)
  const programme = document.programme
  const status = entryStatus(programmeInterval(document), day)
  const range = rangeText(programme.start, programme.end, lang)
  const notes = new NoteDealer(document.notes, lang)
  const about = (ids: ReadonlySet<string>) => (noteAbout: readonly string[]) =>
    noteAbout.some((id) => ids.has(id))

  const programmeNotes = notes.take(about(new Set([programme.id])))

  const points = sortByOrder(document.directivePoints)
  const directive: ProgrammeSection<DirectivePointView> = {
    heading: words.directive,
    items: points.map((point) => ({ id: point.id, order: point.order, text: localize(point.text, lang) })),
    sources: sourcesOf(
      document,
      points.map((point) => point.sources),
      lang,
    ),
    notes: notes.take(about(new Set(points.map((point) => point.id)))),
  }

  // A note about one decision goes with it; one about several is shown once, after them.
  const decisionIds = new Set(document.decisions.map((decision) => decision.id))
  // In date order; a date validation let through always reads, so the fallback only keeps the type.
  const byDate = [...document.decisions].sort((a, b) =>
    (textInterval(a.date)?.start ?? a.date).localeCompare(textInterval(b.date)?.start ?? b.date),
  )
  const decisionItems = byDate.map((decision): DecisionView => ({
    id: decision.id,
    title: localize(decision.title, lang),
    date: dateView(decision.date, lang),
    published: decision.dateMeans === 'published' ? words.published : undefined,
    facts: [
      { label: words.decidedBy, value: rolePhrase(decision.decidedBy, lang) },
      ...(decision.caseNumber === undefined
        ? []
        : [{ label: words.caseNumber, value: [decision.caseNumber] }]),
    ],
    summary: decision.summary ? localize(decision.summary, lang) : undefined,
    links: linkViews(decision.links, lang),
    sources: sourceLinks(document, decision.sources, lang),
    notes: notes.take(
      (noteAbout) =>
        noteAbout.includes(decision.id) && !noteAbout.some((id) => id !== decision.id && decisionIds.has(id)),
    ),
  }))
  const decisions: ProgrammeSection<DecisionView> = {
    heading: words.decisions,
    items: decisionItems,
    sources: [],
    notes: notes.take(about(decisionIds)),
  }

  const bodies: ProgrammeSection<BodyLineView> = {
    heading: words.bodies,
    items: document.bodies.map((body) => ({
      id: body.id,
      line: [
        localize(body.name, lang),
        ...(body.chair ? [` (${words.chair} `, ...rolePhrase(body.chair, lang), ')'] : []),
      ],
    })),
    sources: [],
    notes: [],
  }

  const subProjects: ProgrammeSection<SubProjectView> = {
    heading: words.subProjects,
    items: document.subProjects.map((project) => subProjectView(document, project, day, lang, notes)),
    sources: [],
    notes: [],
  }

  const pages: ProgrammeSection<PageView> = {
    heading: words.pages,
    items: document.pages.map((page) => {
      const title = localize(page.title, lang)
      const cited = page.source === undefined ? undefined : sourceLinks(document, [page.source], lang)[0]
      return {
        title:
          cited === undefined
            ? { label: title, href: undefined, hreflang: undefined }
            : { ...cited, label: title },
        facts: [
          ...(page.contentOwner === undefined
            ? []
            : [{ label: words.contentOwner, value: [page.contentOwner] }]),
          ...(page.belongsTo === undefined
            ? []
            : [{ label: words.belongsTo, value: [localize(page.belongsTo, lang)] }]),
          ...(page.lastChanged === undefined
            ? []
            : [{ label: words.lastChanged, value: [formatDateText(page.lastChanged, lang)] }]),
        ],
      }
    }),
    sources: [],
    notes: [],
  }

  const newOrganisation = programme.newOrganisation
  return {
    lang,
    words,
    common,
    day,
    problems: problems.map((problem) => notADay(problem, lang, words.asOfToday)),
    name: localize(programme.name, lang),
    shortName: programme.shortName ? localize(programme.shortName, lang) : undefined,
    status,
    period:
      status === 'done'
        ? words.status.done(range, formatDateText(programme.end, lang))
        : words.status[status](range),
    purpose: programme.purpose ? localize(programme.purpose, lang) : undefined,
    facts: [
      ...fact(words.decidedBy, programme.decidedBy, lang),
      ...fact(status === 'done' ? words.ledBy.finished : words.ledBy.running, programme.ledBy, lang),
      ...fact(words.owner, programme.owner, lang),
      ...(newOrganisation === undefined
        ? []
        : [{ label: words.newOrganisation, value: [formatDateText(newOrganisation, lang)] }]),
    ],
    links: linkViews(programme.links, lang),
    sources: sourceLinks(document, programme.sources, lang),
    notes: programmeNotes,
    directive,
    decisions,
    bodies,
    subProjects,
    pages,
  }
}
