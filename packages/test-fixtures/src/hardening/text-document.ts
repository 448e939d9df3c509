import type { Language, LocalizedText, ProgrammeDocumentInput } from '../core.js'
import type { WidgetTag } from './harness.js'

/** One string of the document that a test fills in: a language of a text, or a name. */
export interface TextSlot {
  /** Where it is, such as `units[1].head.role.sv`. */
  key: string
  /** The widgets that show it (in some state the exploration reaches). */
  shownBy: readonly WidgetTag[]
  /** The page languages it is shown in: its own, and the other one when that translation is missing. */
  shownIn: readonly Language[]
}

/** Gives the string for a slot. */
export type FillText = (slot: TextSlot) => string

const ORG = 'vs-org-chart'
const TL = 'vs-timeline'
const PC = 'vs-principle-cards'
const SA = 'vs-support-areas'
const GV = 'vs-governance'
const PG = 'vs-programme'

/**
 * A valid programme document in which every text and name is filled in by `fill`, and which has a bit
 * of everything the six widgets show: units that are renamed, moved and removed over time, with heads,
 * descriptions, links and sources; bodies with chairs, counted, inferred, person and unknown members,
 * purposes, tasks and relations; principles with details, variants and notes; support areas with
 * variants, states, priorities, units and notes; timeline items of every kind with links, sources and
 * related items; the programme's own facts, directive points, decisions, sub-projects and pages. Its shape never
 * depends on the texts, so one filled with benign text is a baseline for one filled with payloads.
 */
export function textDocument(fill: FillText): ProgrammeDocumentInput {
  const text = (
    key: string,
    shownBy: readonly WidgetTag[],
    languages: readonly Language[] = ['sv', 'en'],
  ): LocalizedText => {
    const out: LocalizedText = {}
    for (const lang of languages) {
      const shownIn: Language[] = languages.length === 2 ? [lang] : ['sv', 'en']
      out[lang] = fill({ key: `${key}.${lang}`, shownBy, shownIn })
    }
    return out
  }
  const name = (key: string, shownBy: readonly WidgetTag[]) => fill({ key, shownBy, shownIn: ['sv', 'en'] })
  const role = (key: string, shownBy: readonly WidgetTag[] = []) => ({
    role: text(`${key}.role`, shownBy),
    person: name(`${key}.person`, shownBy),
  })

  return {
    schemaVersion: 1,
    programme: {
      id: 'p',
      name: text('programme.name', [PG]),
      shortName: text('programme.shortName', [PG]),
      purpose: text('programme.purpose', [PG]),
      decidedBy: role('programme.decidedBy', [PG]),
      ledBy: role('programme.ledBy', [PG]),
      owner: { role: text('programme.owner.role', [PG], ['en']) },
      start: '2022-03',
      newOrganisation: '2023-01-01',
      end: '2026-09-30',
      links: [{ label: text('programme.links[0].label', [PG]), url: 'https://www.kth.se/vs' }],
      sources: ['s1'],
    },
    sources: [
      {
        id: 's1',
        url: 'https://intra.kth.se/a',
        title: text('sources[0].title', [ORG, TL, PC, SA, GV, PG]),
        lang: 'sv',
      },
      {
        id: 's2',
        url: 'https://www.kth.se/b',
        title: text('sources[1].title', [ORG, TL, PC], ['en']),
        lang: 'en',
      },
      { id: 's3', url: 'https://www.kth.se/c' },
    ],
    decisions: [
      {
        id: 'd1',
        caseNumber: name('decisions[0].caseNumber', [PG]),
        date: '2022-06-14',
        title: text('decisions[0].title', [TL, PG]),
        decidedBy: role('decisions[0].decidedBy', [PG]),
        summary: text('decisions[0].summary', [PG]),
        links: [{ label: text('decisions[0].links[0].label', [PG]), url: 'https://www.kth.se/d1' }],
        sources: ['s1'],
      },
    ],
    units: [
      { id: 'kth', kind: 'university', name: text('units[0].name', [ORG]), sources: ['s1'] },
      {
        id: 'ud',
        kind: 'university-director',
        parent: 'kth',
        name: text('units[1].name', [ORG, GV]),
        shortName: text('units[1].shortName', []),
        renames: [{ from: '2024-01-01', name: text('units[1].renames[0].name', [ORG]) }],
        head: role('units[1].head', [ORG]),
        description: text('units[1].description', [ORG]),
        links: [
          { label: text('units[1].links[0].label', [ORG]), url: 'https://www.kth.se/ud' },
          { label: text('units[1].links[1].label', [ORG], ['en']), url: 'mailto:ud@kth.se' },
          { label: text('units[1].links[2].label', [ORG], ['sv']), url: '/relative/path' },
        ],
        sources: ['s1', 's2', 's3'],
      },
      {
        id: 'gvs',
        kind: 'support-organisation',
        parent: 'ud',
        name: text('units[2].name', [ORG]),
        description: text('units[2].description', [ORG], ['sv']),
        validFrom: '2019-01-01',
        validTo: '2022-12-31',
        sources: ['s2'],
      },
      {
        id: 'vs',
        kind: 'support-organisation',
        parent: 'ud',
        name: text('units[3].name', [ORG, TL]),
        validFrom: '2023-01-01',
        sources: ['s1'],
      },
      {
        id: 'it',
        kind: 'department',
        parent: 'gvs',
        name: text('units[4].name', [ORG, TL, SA]),
        validFrom: '2019-01-01',
        moves: [{ from: '2023-01-01', parent: 'vs' }],
        sources: ['s1'],
      },
      {
        id: 'old',
        kind: 'office',
        parent: 'gvs',
        name: text('units[5].name', [ORG], ['en']),
        validFrom: '2019-01-01',
        validTo: '2022-12-31',
        sources: ['s1'],
      },
      {
        id: 'hr-dept',
        kind: 'department',
        parent: 'vs',
        name: text('units[6].name', [ORG, TL, SA]),
        validFrom: '2023-01-01',
        sources: ['s1'],
      },
    ],
    relations: [
      {
        from: 'steering',
        to: 'ud',
        kind: 'advises',
        description: text('relations[0].description', [ORG, GV]),
        sources: ['s1'],
      },
      {
        from: 'council',
        to: 'steering',
        kind: 'prepares-for',
        description: text('relations[1].description', [GV], ['en']),
        sources: ['s1'],
      },
      { from: 'union', to: 'steering', kind: 'member-of', sources: ['s1'] },
      { from: 'ud', to: 'union', kind: 'consults', sources: ['s1'] },
      {
        from: 'it',
        to: 'kth',
        kind: 'serves',
        description: text('relations[4].description', [ORG]),
        sources: ['s1'],
      },
    ],
    bodies: [
      {
        id: 'steering',
        kind: 'steering-group',
        name: text('bodies[0].name', [ORG, TL, GV, PG]),
        purpose: text('bodies[0].purpose', [GV]),
        chair: { ...role('bodies[0].chair', [GV, PG]), unit: 'ud' },
        members: [
          {
            role: text('bodies[0].members[0].role', [GV]),
            count: 5,
            countText: text('bodies[0].members[0].countText', [GV]),
            countInferred: true,
            person: name('bodies[0].members[0].person', [GV]),
          },
          {
            role: text('bodies[0].members[1].role', [GV], ['sv']),
            body: 'union',
            countText: text('bodies[0].members[1].countText', [GV], ['en']),
          },
          { role: text('bodies[0].members[2].role', [GV]), unit: 'it', count: 1 },
        ],
        formed: '2022-09',
        tasks: [text('bodies[0].tasks[0]', [GV]), text('bodies[0].tasks[1]', [GV], ['sv'])],
        sources: ['s1'],
      },
      {
        id: 'council',
        kind: 'council',
        name: text('bodies[1].name', [GV, PG]),
        members: [
          {
            role: text('bodies[1].members[0].role', [GV]),
            countText: text('bodies[1].members[0].countText', [GV]),
          },
        ],
        sources: ['s1'],
      },
      {
        id: 'union',
        kind: 'student-union',
        name: text('bodies[2].name', [ORG, GV, PG], ['en']),
        members: [],
        membersUnknown: true,
        sources: ['s1'],
      },
      {
        id: 'secretariat',
        kind: 'secretariat',
        name: text('bodies[3].name', [GV, PG]),
        members: [],
        sources: ['s1'],
      },
    ],
    principles: [
      {
        id: 'pr2',
        order: 2,
        title: text('principles[0].title', [PC], ['en']),
        summary: text('principles[0].summary', [PC]),
        sources: ['s1'],
      },
      {
        id: 'pr1',
        order: 1,
        title: text('principles[1].title', [PC]),
        summary: text('principles[1].summary', [PC]),
        details: text('principles[1].details', [PC]),
        variants: [text('principles[1].variants[0]', [PC]), text('principles[1].variants[1]', [PC], ['en'])],
        sources: ['s1', 's2', 's3'],
      },
    ],
    supportAreas: [
      {
        id: 'hr',
        order: 1,
        title: text('supportAreas[0].title', [SA, TL]),
        variants: [
          { name: text('supportAreas[0].variants[0].name', [SA]), sources: ['s1'] },
          { name: text('supportAreas[0].variants[1].name', [SA], ['sv']), sources: ['s2'] },
        ],
        summary: text('supportAreas[0].summary', [SA]),
        currentState: text('supportAreas[0].currentState', [SA]),
        targetState: text('supportAreas[0].targetState', [SA], ['en']),
        priorities: [
          text('supportAreas[0].priorities[0]', [SA]),
          text('supportAreas[0].priorities[1]', [SA], ['sv']),
        ],
        units: ['hr-dept', 'it'],
        sources: ['s1'],
      },
      { id: 'it-area', order: 2, title: text('supportAreas[1].title', [SA, TL]), sources: ['s1'] },
    ],
    directivePoints: [{ id: 'dp1', order: 1, text: text('directivePoints[0].text', [PG]), sources: ['s1'] }],
    timeline: [
      {
        id: 't1',
        kind: 'decision',
        date: '2022-06-14',
        title: text('timeline[0].title', [TL]),
        description: text('timeline[0].description', [TL]),
        decisions: ['d1'],
        areas: ['hr'],
        bodies: ['steering'],
        units: ['vs'],
        links: [
          { label: text('timeline[0].links[0].label', [TL]), url: 'https://www.kth.se/t1' },
          { label: text('timeline[0].links[1].label', [TL], ['en']), url: 'mailto:t1@kth.se' },
        ],
        sources: ['s1', 's2', 's3'],
      },
      {
        id: 't2',
        kind: 'phase',
        start: '2022-autumn',
        end: '2023-Q2',
        title: text('timeline[1].title', [TL]),
        description: text('timeline[1].description', [TL], ['en']),
        subProject: 'sp',
        sources: ['s1'],
      },
      {
        id: 't3',
        kind: 'milestone',
        date: '2021-05',
        context: true,
        title: text('timeline[2].title', [TL], ['sv']),
        sources: ['s2'],
      },
      {
        id: 't4',
        kind: 'period',
        start: '2024',
        end: '2026-09-30',
        title: text('timeline[3].title', [TL]),
        units: ['it', 'hr-dept'],
        sources: ['s1'],
      },
    ],
    subProjects: [
      {
        id: 'sp',
        name: text('subProjects[0].name', [PG]),
        formerNames: [text('subProjects[0].formerNames[0]', [PG])],
        summary: text('subProjects[0].summary', [PG]),
        decision: 'd1',
        decidedBy: role('subProjects[0].decidedBy', [PG]),
        lead: role('subProjects[0].lead', [PG]),
        start: '2022-09',
        end: '2024',
        phases: [
          {
            id: 'sp-1',
            order: 1,
            name: text('subProjects[0].phases[0].name', [PG]),
            start: '2022-09',
            end: '2023',
            activities: [text('subProjects[0].phases[0].activities[0]', [PG])],
          },
        ],
        facts: [text('subProjects[0].facts[0]', [PG])],
        sources: ['s1'],
      },
    ],
    notes: [
      {
        id: 'n-pr1',
        kind: 'disagreement',
        about: ['pr1'],
        text: text('notes[0].text', [PC]),
        sources: ['s1'],
      },
      {
        id: 'n-prs',
        kind: 'unknown',
        about: ['pr1', 'pr2'],
        text: text('notes[1].text', [PC]),
        sources: ['s1'],
      },
      { id: 'n-hr', kind: 'correction', about: ['hr'], text: text('notes[2].text', [SA]), sources: ['s1'] },
      {
        id: 'n-areas',
        kind: 'context',
        about: ['hr', 'it-area'],
        text: text('notes[3].text', [SA], ['en']),
        sources: ['s1'],
      },
      {
        id: 'n-bodies',
        kind: 'unknown',
        about: ['council', 'steering'],
        text: text('notes[4].text', [GV]),
        sources: ['s1'],
      },
      {
        id: 'n-misc',
        kind: 'context',
        about: ['t1', 'ud'],
        text: text('notes[5].text', [ORG, TL]),
        sources: ['s1'],
      },
      {
        id: 'n-programme',
        kind: 'unknown',
        about: ['dp1'],
        text: text('notes[6].text', [PG]),
        sources: ['s1'],
      },
    ],
    pages: [
      {
        title: text('pages[0].title', [PG]),
        contentOwner: name('pages[0].contentOwner', [PG]),
        belongsTo: text('pages[0].belongsTo', [PG]),
        lastChanged: '2024-05',
        source: 's1',
      },
    ],
  }
}

/** Every slot of the document, in the order `textDocument` fills them. */
export function textSlots(): TextSlot[] {
  const slots: TextSlot[] = []
  textDocument((slot) => {
    slots.push(slot)
    return 'x'
  })
  return slots
}

/** Whether a widget shows a slot when the page speaks `lang`. */
export function shows(slot: TextSlot, tag: WidgetTag, lang: Language): boolean {
  return slot.shownBy.includes(tag) && slot.shownIn.includes(lang)
}

/** A benign, unique text for a slot: the baseline every hostile document is compared with. */
export function benignText(slot: TextSlot): string {
  return `benign‹${slot.key}›`
}
