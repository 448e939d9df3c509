import { type ProgrammeDocument, type ProgrammeDocumentInput, validateProgramme } from '@kth-vs/core'

/**
 * A small valid programme document covering what the renderers show: two principles, two support
 * areas (one with every cell empty), a body with members and relations, units that change on
 * 2023-01-01, and a timeline with a context event, a range, a quarter and links.
 */
export function sampleInput(): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: {
      id: 'p',
      name: { sv: 'Programmet', en: 'The programme' },
      start: '2022-03',
      end: '2026-09-30',
      sources: ['s1'],
    },
    sources: [{ id: 's1', url: 'https://intra.kth.se/a' }],
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
        id: 'gvs',
        kind: 'support-organisation',
        parent: 'ud',
        name: { sv: 'GVS' },
        validTo: '2022-12-31',
        sources: ['s1'],
      },
      {
        id: 'vs',
        kind: 'support-organisation',
        parent: 'ud',
        name: { sv: 'VS' },
        validFrom: '2023-01-01',
        sources: ['s1'],
      },
      {
        id: 'it',
        kind: 'department',
        parent: 'gvs',
        name: { sv: 'IT-avdelningen', en: 'IT Department' },
        moves: [{ from: '2023-01-01', parent: 'vs' }],
        sources: ['s1'],
      },
    ],
    relations: [
      { from: 'steering', to: 'ud', kind: 'advises', validFrom: '2022-03', sources: ['s1'] },
      { from: 'council', to: 'steering', kind: 'prepares-for', sources: ['s1'] },
    ],
    bodies: [
      {
        id: 'steering',
        kind: 'steering-group',
        name: { sv: 'Styrgrupp', en: 'Steering group' },
        purpose: { sv: 'Styr programmet.', en: 'Steers the programme.' },
        chair: {
          role: { sv: 'universitetsdirektören', en: 'University Director' },
          person: 'Anna Andersson',
        },
        members: [
          {
            role: { sv: 'Skolchefer', en: 'Heads of school' },
            count: 5,
            countText: { sv: 'en per skola', en: 'one per school' },
            countInferred: true,
          },
          { role: { sv: 'Vicerektor', en: 'Vice President' }, count: 1, person: 'Bo Berg' },
          {
            role: { sv: 'Prefekter', en: 'Heads of department' },
            countText: { sv: 'två per skola', en: 'two per school' },
          },
        ],
        sources: ['s1'],
      },
      {
        id: 'council',
        kind: 'council',
        name: { sv: 'Råd', en: 'Council' },
        members: [],
        membersUnknown: true,
        sources: ['s1'],
      },
    ],
    principles: [
      {
        id: 'pr2',
        order: 2,
        title: { sv: 'Nära', en: 'Close' },
        summary: { sv: 'Stödet är nära.', en: 'Support is close.' },
        sources: ['s1'],
      },
      {
        id: 'pr1',
        order: 1,
        title: { sv: 'Nytta', en: 'Benefit' },
        summary: { sv: 'Stödet är till nytta.' },
        sources: ['s1'],
      },
    ],
    supportAreas: [
      {
        id: 'hr',
        order: 1,
        title: { sv: 'HR-stöd', en: 'HR support' },
        currentState: { sv: 'Spritt', en: 'Scattered' },
        targetState: { sv: 'Samlat', en: 'Gathered' },
        priorities: [
          { sv: 'Rekrytering', en: 'Recruitment' },
          { sv: 'Lön', en: 'Pay' },
        ],
        units: ['it'],
        sources: ['s1'],
      },
      { id: 'it-area', order: 2, title: { sv: 'IT-stöd', en: 'IT support' }, sources: ['s1'] },
    ],
    timeline: [
      {
        id: 'ctx',
        kind: 'decision',
        date: '2017-autumn',
        context: true,
        title: { sv: 'Översyn', en: 'Review' },
        sources: ['s1'],
      },
      {
        id: 't1',
        kind: 'decision',
        date: '2022-06-14',
        title: { sv: 'Direktiv', en: 'Directive' },
        sources: ['s1'],
      },
      {
        id: 't2',
        kind: 'phase',
        start: '2022-spring',
        end: '2022-autumn',
        title: { sv: 'Kartläggning', en: 'Mapping' },
        description: { sv: 'Nuläget kartläggs.', en: 'The current state is mapped.' },
        links: [{ label: { sv: 'Läs mer', en: 'Read more' }, url: 'https://intra.kth.se/vs' }],
        sources: ['s1'],
      },
      {
        id: 't3',
        kind: 'milestone',
        date: '2023-01-01',
        title: { sv: 'VS bildas', en: 'VS is formed' },
        units: ['vs'],
        sources: ['s1'],
      },
      {
        id: 't4',
        kind: 'period',
        date: '2024-Q2',
        dateMeans: 'published',
        title: { sv: 'Uppföljning', en: 'Follow-up' },
        sources: ['s1'],
      },
      { id: 't5', kind: 'milestone', date: '2026-09-30', title: { sv: 'Slut', en: 'End' }, sources: ['s1'] },
    ],
  }
}

/** Validates a test document, failing loudly when it is not valid. */
export function validated(input: unknown): ProgrammeDocument {
  const result = validateProgramme(input)
  if (!result.ok) throw new Error(`test document is invalid: ${JSON.stringify(result.issues, null, 2)}`)
  return result.document
}

/** The sample document, validated. */
export function sampleDocument(): ProgrammeDocument {
  return validated(sampleInput())
}

/** Text meant to break out of markup: an element with an event handler, and a quote-and-script breakout. */
export const IMG_PAYLOAD = '<img src=x onerror=alert(1)>'
/** Closes an attribute and opens a script. */
export const SCRIPT_PAYLOAD = '"><script>alert(1)</script>'

/**
 * A valid document whose every text the renderers show carries an XSS payload; its link is an https
 * URL that tries to break out of the `href` attribute.
 */
export function hostileInput(): ProgrammeDocumentInput {
  const evil = (label: string) => ({
    sv: `${label} ${IMG_PAYLOAD} ${SCRIPT_PAYLOAD}`,
    en: `${label} ${IMG_PAYLOAD}`,
  })
  const input = sampleInput()
  input.programme.name = evil('name')
  input.units = (input.units ?? []).map((unit) => ({ ...unit, name: evil(unit.id) }))
  input.bodies = (input.bodies ?? []).map((body) => ({
    ...body,
    name: evil(body.id),
    purpose: evil('purpose'),
    chair: { role: evil('chair'), person: SCRIPT_PAYLOAD },
    members: body.members.map((member) => ({ ...member, role: evil('member'), countText: evil('count') })),
  }))
  input.relations = (input.relations ?? []).map((relation) => ({
    ...relation,
    description: evil('relation'),
  }))
  input.principles = (input.principles ?? []).map((principle) => ({
    ...principle,
    title: evil('title'),
    summary: evil('summary'),
  }))
  input.supportAreas = (input.supportAreas ?? []).map((area) => ({
    ...area,
    title: evil('area'),
    currentState: evil('current'),
    priorities: [evil('priority')],
  }))
  input.timeline = (input.timeline ?? []).map((item) => ({
    ...item,
    title: evil('title'),
    description: evil('description'),
    links: [
      {
        label: { sv: `javascript:alert(1) ${SCRIPT_PAYLOAD}`, en: 'javascript:alert(1)' },
        url: 'https://example.org/?q="><script>alert(1)</script>',
      },
    ],
  }))
  return input
}
