import type { ProgrammeDocumentInput } from '@kth-vs/core'

/** A markup payload that runs script if anything renders data as HTML. */
export const XSS = '<img src=x onerror="window.__xss=1">'

/**
 * A small valid programme document with a bit of everything the principle, support-area and governance
 * widgets show: principles with details, variants and sources; areas with and without states; bodies
 * with chairs, counted, inferred and unknown members; relations of several kinds; and notes.
 * Tests copy it and change what they need.
 */
export function fixtureDocument(): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: {
      id: 'p',
      name: { sv: 'Programmet', en: 'The programme' },
      start: '2022-03',
      end: '2026-09-30',
      sources: ['s1'],
    },
    sources: [
      { id: 's1', url: 'https://intra.kth.se/a', title: { sv: 'Källa ett', en: 'Source one' }, lang: 'sv' },
      { id: 's2', url: 'https://www.kth.se/b', title: { en: 'Source two' }, lang: 'en' },
    ],
    units: [
      { id: 'kth', kind: 'university', name: { sv: 'KTH' }, sources: ['s1'] },
      {
        id: 'ud',
        kind: 'university-director',
        parent: 'kth',
        name: { sv: 'Universitetsdirektören', en: 'University Director' },
        sources: ['s1'],
      },
      {
        id: 'it',
        kind: 'department',
        parent: 'ud',
        name: { sv: 'IT-avdelningen', en: 'IT Department' },
        sources: ['s1'],
      },
      {
        id: 'hr-dept',
        kind: 'department',
        parent: 'ud',
        name: { sv: 'Personalavdelningen', en: 'HR Department' },
        sources: ['s1'],
      },
    ],
    relations: [
      {
        from: 'steering',
        to: 'ud',
        kind: 'advises',
        description: { sv: 'Styrgruppen ger råd.', en: 'The steering group gives advice.' },
        sources: ['s1'],
      },
      { from: 'council', to: 'steering', kind: 'prepares-for', sources: ['s1'] },
      { from: 'union', to: 'steering', kind: 'member-of', sources: ['s1'] },
      { from: 'ud', to: 'union', kind: 'consults', sources: ['s1'] },
      { from: 'it', to: 'kth', kind: 'serves', sources: ['s1'] },
    ],
    bodies: [
      {
        id: 'steering',
        kind: 'steering-group',
        name: { sv: 'Styrgrupp', en: 'Steering group' },
        purpose: { sv: 'Styr programmet.', en: 'Steers the programme.' },
        chair: {
          role: { sv: 'universitetsdirektören', en: 'University Director' },
          person: 'Kerstin Jacobsson',
          unit: 'ud',
        },
        members: [
          {
            role: { sv: 'Skolchefer', en: 'Heads of school' },
            count: 5,
            countText: { sv: 'en per skola', en: 'one per school' },
            countInferred: true,
          },
          { role: { sv: 'Representant för kåren', en: 'Union representative' }, count: 1, body: 'union' },
        ],
        tasks: [{ sv: 'Leda programmet', en: 'Lead the programme' }],
        sources: ['s1'],
      },
      {
        id: 'council',
        kind: 'council',
        name: { sv: 'Prefektråd', en: 'Council of heads of department' },
        members: [
          { role: { sv: 'Prefekter', en: 'Heads of department' }, countText: { sv: 'två per skola' } },
        ],
        sources: ['s1'],
      },
      {
        id: 'secretariat',
        kind: 'secretariat',
        name: { sv: 'Programsekretariat', en: 'Programme secretariat' },
        members: [],
        membersUnknown: true,
        sources: ['s1'],
      },
      {
        id: 'union',
        kind: 'student-union',
        name: { sv: 'Kåren', en: 'The union' },
        members: [],
        sources: ['s1'],
      },
    ],
    principles: [
      {
        id: 'pr2',
        order: 2,
        title: { sv: 'Närhet', en: 'Closeness' },
        summary: { sv: 'Stödet ska finnas nära.', en: 'Support should be close at hand.' },
        sources: ['s1', 's2'],
      },
      {
        id: 'pr1',
        order: 1,
        title: { sv: 'Nytta', en: 'Benefit' },
        summary: { sv: 'Stödet ska vara till nytta.', en: 'Support should be of use.' },
        details: { sv: 'Mer om nyttan.', en: 'More about the benefit.' },
        variants: [{ sv: 'verksamhetsnytta', en: 'operational benefit' }],
        sources: ['s1'],
      },
    ],
    supportAreas: [
      {
        id: 'hr',
        order: 2,
        title: { sv: 'HR-stöd', en: 'HR support' },
        variants: [
          { name: { sv: 'HR-stöd', en: 'HR support' }, sources: ['s1'] },
          { name: { sv: 'personalstöd', en: 'staff support' }, sources: ['s1'] },
        ],
        summary: { sv: 'Stöd i personalfrågor.', en: 'Support in staff matters.' },
        currentState: { sv: 'Spritt över skolorna.', en: 'Spread over the schools.' },
        targetState: { sv: 'Samlat i en avdelning.', en: 'Gathered in one department.' },
        priorities: [
          { sv: 'Rekrytering', en: 'Recruitment' },
          { sv: 'Arbetsmiljö', en: 'Work environment' },
        ],
        units: ['hr-dept'],
        sources: ['s1'],
      },
      { id: 'it-area', order: 1, title: { sv: 'IT-stöd', en: 'IT support' }, sources: ['s1'] },
    ],
    notes: [
      {
        id: 'n-one',
        kind: 'disagreement',
        about: ['pr2'],
        text: { sv: 'Källorna kallar den olika.', en: 'The sources name it differently.' },
        sources: ['s1'],
      },
      {
        id: 'n-all',
        kind: 'disagreement',
        about: ['pr1', 'pr2'],
        text: { sv: 'Antalet principer skiljer sig.', en: 'The number of principles differs.' },
        sources: ['s1'],
      },
      {
        id: 'n-area',
        kind: 'disagreement',
        about: ['hr'],
        text: { sv: 'Området har flera namn.', en: 'The area has several names.' },
        sources: ['s1'],
      },
      {
        id: 'n-body',
        kind: 'unknown',
        about: ['council'],
        text: { sv: 'Vilka som sitter i rådet är oklart.', en: 'Who sits on the council is unclear.' },
        sources: ['s1'],
      },
    ],
  }
}

/** The fixture with a few timeline items, so every widget renders real content. */
export function fixtureWithTimeline(): ProgrammeDocumentInput {
  return {
    ...fixtureDocument(),
    timeline: [
      {
        id: 'T1',
        kind: 'decision',
        date: '2022-06-14',
        title: { sv: 'Rektor beslutar', en: 'The President decides' },
        units: ['it'],
        areas: ['hr'],
        sources: ['s1'],
      },
      { id: 'T2', kind: 'milestone', date: '2023-01', title: { sv: 'Start', en: 'Start' }, sources: ['s1'] },
      {
        id: 'T3',
        kind: 'phase',
        start: '2023-02',
        end: '2023-09',
        title: { sv: 'Kartläggning', en: 'Mapping' },
        sources: ['s1'],
      },
    ],
  }
}
