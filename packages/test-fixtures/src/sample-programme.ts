import type { ProgrammeDocumentInput } from './core.js'

/**
 * The one small programme every test starts from: valid, with a bit of everything each view shows.
 *
 * - Sources with a title in both languages, with one in English only, and with none.
 * - Units that change on 2023-01-01: GVS closes, VS opens, the IT department moves from one to the
 *   other; a unit with its name in Swedish only (GVS, VS, KTH).
 * - Bodies with a chair, counted, estimated, named and unknown members, a member body, tasks, a
 *   purpose, a founding date, and relations of several kinds, one with a description and a start.
 * - Principles out of order, with details, other wordings and two sources.
 * - Support areas out of order, one with every field and one with none.
 * - Timeline items of every date precision and kind, a range, a context event, a date that only
 *   says when something was published, and items that name areas, bodies, units and decisions.
 * - Notes about one principle, about two, about an area, about a body, about the programme and a
 *   directive point, and about a sub-project's phase.
 * - The programme's purpose, who decided and led it, a link, two directive points out of order, a
 *   decision with a summary, a sub-project with a phase whose outcome no source confirms, and a page.
 *
 * A fresh copy each call: tests change what they need.
 */
export function sampleProgramme(): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: {
      id: 'p',
      name: { sv: 'Programmet', en: 'The programme' },
      purpose: { sv: 'Ett gemensamt stöd.', en: 'One joint support.' },
      decidedBy: { role: { sv: 'rektor', en: 'President' }, person: 'Anna Rektor' },
      ledBy: { role: { sv: 'universitetsdirektören', en: 'University Director' } },
      start: '2022-03',
      newOrganisation: '2023-01-01',
      end: '2026-09-30',
      links: [{ label: { sv: 'Programsidan', en: 'The programme page' }, url: 'https://intra.kth.se/p' }],
      sources: ['s1'],
    },
    sources: [
      { id: 's1', url: 'https://intra.kth.se/a', title: { sv: 'Källa ett', en: 'Source one' }, lang: 'sv' },
      { id: 's2', url: 'https://www.kth.se/b', title: { en: 'Source two' }, lang: 'en' },
      { id: 's3', url: 'https://www.kth.se/c' },
    ],
    decisions: [
      {
        id: 'd1',
        caseNumber: 'V-2022-0218',
        date: '2022-06-14',
        title: { sv: 'Direktivet', en: 'The directive' },
        decidedBy: { role: { sv: 'rektor', en: 'President' } },
        summary: { sv: 'Rektor gav direktivet.', en: 'The President issued the directive.' },
        sources: ['s1'],
      },
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
        id: 'gvs',
        kind: 'support-organisation',
        parent: 'ud',
        name: { sv: 'GVS' },
        validFrom: '2019-01-01',
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
        validFrom: '2019-01-01',
        moves: [{ from: '2023-01-01', parent: 'vs' }],
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
        validFrom: '2022-03',
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
          { role: { sv: 'Vicerektor', en: 'Vice President' }, count: 1, person: 'Bo Berg' },
          { role: { sv: 'Representant för kåren', en: 'Union representative' }, count: 1, body: 'union' },
        ],
        formed: '2022-03',
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
    timeline: [
      {
        id: 'T1',
        kind: 'decision',
        date: '2022-06-14',
        title: { sv: 'Rektor beslutar', en: 'The President decides' },
        description: { sv: 'En beskrivning.', en: 'A description.' },
        decisions: ['d1'],
        units: ['it'],
        bodies: ['steering'],
        areas: ['hr'],
        links: [{ label: { sv: 'Beslutet', en: 'The decision' }, url: 'https://www.kth.se/beslut' }],
        sources: ['s1', 's3'],
      },
      { id: 'T2', kind: 'milestone', date: '2023-01', title: { sv: 'Start', en: 'Start' }, sources: ['s1'] },
      {
        id: 'T3',
        kind: 'phase',
        date: '2023-Q2',
        title: { sv: 'Kartläggning', en: 'Mapping' },
        areas: ['it-area'],
        sources: ['s1'],
      },
      {
        id: 'T4',
        kind: 'phase',
        date: '2022-autumn',
        title: { sv: 'Förberedelser' },
        areas: ['hr'],
        sources: ['s1'],
      },
      {
        id: 'T5',
        kind: 'period',
        date: '2024',
        dateMeans: 'published',
        title: { sv: 'Året', en: 'The year' },
        sources: ['s1'],
      },
      {
        id: 'T6',
        kind: 'period',
        start: '2024-06',
        end: '2025-03',
        title: { sv: 'Utveckling', en: 'Development' },
        sources: ['s1'],
      },
      {
        id: 'T0',
        kind: 'milestone',
        date: '2019-01-01',
        context: true,
        title: { sv: 'Bakgrund', en: 'Background' },
        sources: ['s1'],
      },
    ],
    subProjects: [
      {
        id: 'sp',
        name: { sv: 'Lokaloptimering' },
        decision: 'd1',
        summary: { sv: 'Lokalerna sågs över.', en: 'The premises were reviewed.' },
        lead: { role: { sv: 'projektledare', en: 'project lead' }, person: 'Per Projekt' },
        start: '2023-10',
        end: '2025-09',
        phases: [
          {
            id: 'sp-2',
            order: 2,
            name: { sv: 'Bygge', en: 'Building' },
            start: '2024-04',
            end: '2025-09',
            activities: [{ sv: 'Ritningar', en: 'Drawings' }, { sv: 'Flytt' }],
            outcomeUnconfirmed: true,
            sources: ['s2'],
          },
          { id: 'sp-1', order: 1, name: { sv: 'Förstudie' }, start: '2023-10', end: '2024-03' },
        ],
        facts: [{ sv: 'Tre avdelningar gjorde förstudien.', en: 'Three departments did the pre-study.' }],
        sources: ['s1'],
      },
    ],
    directivePoints: [
      {
        id: 'dp2',
        order: 2,
        text: { sv: 'Arbetet skulle pågå till 2026.', en: 'The work was to last until 2026.' },
        sources: ['s1'],
      },
      { id: 'dp1', order: 1, text: { sv: 'Fem nya avdelningar skulle bildas.' }, sources: ['s1', 's3'] },
    ],
    pages: [
      {
        title: { sv: 'Programsidan', en: '“Programsidan” (the Swedish page)' },
        contentOwner: 'Anna Redaktör',
        belongsTo: { sv: 'KTH Intranät', en: 'KTH Intranet' },
        lastChanged: '2023-01-12',
        source: 's1',
      },
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
      {
        id: 'n-end',
        kind: 'disagreement',
        about: ['p', 'dp2'],
        text: { sv: 'Slutet anges olika.', en: 'The end is given differently.' },
        sources: ['s1'],
      },
      {
        id: 'n-phase',
        kind: 'unknown',
        about: ['sp-2'],
        text: { sv: 'Ingen källa säger hur bygget gick.', en: 'No source says how the building went.' },
        sources: ['s1'],
      },
    ],
  }
}

/** A markup payload that runs script if anything renders data as HTML. */
export const XSS = '<img src=x onerror="window.__xss=1">'

/** Text meant to break out of markup: an element with an event handler. */
export const IMG_PAYLOAD = '<img src=x onerror=alert(1)>'
/** Closes an attribute and opens a script. */
export const SCRIPT_PAYLOAD = '"><script>alert(1)</script>'

/**
 * The sample programme with an XSS payload in every text a view shows, and a link whose https URL
 * tries to break out of the `href` attribute.
 */
export function hostileProgramme(): ProgrammeDocumentInput {
  const evil = (label: string) => ({
    sv: `${label} ${IMG_PAYLOAD} ${SCRIPT_PAYLOAD}`,
    en: `${label} ${IMG_PAYLOAD}`,
  })
  const input = sampleProgramme()
  input.programme.name = evil('name')
  input.units = (input.units ?? []).map((unit) => ({ ...unit, name: evil(unit.id) }))
  input.bodies = (input.bodies ?? []).map((body) => ({
    ...body,
    name: evil(body.id),
    purpose: evil('purpose'),
    chair: { role: evil('chair'), person: SCRIPT_PAYLOAD },
    members: body.members.map((member) => ({ ...member, role: evil('member'), countText: evil('count') })),
    tasks: [evil('task')],
  }))
  input.relations = (input.relations ?? []).map((relation) => ({
    ...relation,
    description: evil('relation'),
  }))
  input.principles = (input.principles ?? []).map((principle) => ({
    ...principle,
    title: evil('title'),
    summary: evil('summary'),
    details: evil('details'),
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
  input.notes = (input.notes ?? []).map((note) => ({ ...note, text: evil('note') }))
  input.programme.purpose = evil('purpose')
  input.programme.ledBy = { role: evil('led by'), person: SCRIPT_PAYLOAD }
  input.decisions = (input.decisions ?? []).map((decision) => ({
    ...decision,
    title: evil('decision'),
    summary: evil('decision summary'),
    caseNumber: SCRIPT_PAYLOAD,
  }))
  input.directivePoints = (input.directivePoints ?? []).map((point) => ({ ...point, text: evil('point') }))
  input.subProjects = (input.subProjects ?? []).map((project) => ({
    ...project,
    name: evil('project'),
    summary: evil('project summary'),
    facts: [evil('fact')],
    phases: project.phases.map((phase) => ({
      ...phase,
      name: evil('phase'),
      activities: [evil('activity')],
    })),
  }))
  input.pages = (input.pages ?? []).map((page) => ({
    ...page,
    title: evil('page'),
    contentOwner: SCRIPT_PAYLOAD,
    belongsTo: evil('belongs to'),
  }))
  return input
}

/**
 * The sample programme with its organisation replaced by a chain of `length` units, each under the one
 * before, and nothing else that names a unit: for depth limits and the stack.
 */
export function unitChain(length: number): ProgrammeDocumentInput {
  return {
    ...sampleProgramme(),
    units: Array.from({ length }, (_, i) => ({
      id: `c${i}`,
      kind: i === 0 ? ('university' as const) : ('unit' as const),
      ...(i === 0 ? {} : { parent: `c${i - 1}` }),
      name: { sv: `Enhet ${i}` },
      sources: ['s1'],
    })),
    relations: [],
    bodies: [],
    supportAreas: [],
    timeline: [],
    notes: [],
  }
}
