import type { ProgrammeDocumentInput } from '../schema/programme.js'

/** A small valid programme document that tests copy and break one field at a time. */
export function validDocument(): ProgrammeDocumentInput {
  return {
    schemaVersion: 1,
    programme: {
      id: 'p',
      name: { sv: 'Programmet', en: 'The programme' },
      start: '2022-03',
      newOrganisation: '2023-01-01',
      end: '2026-09-30',
      sources: ['s1'],
    },
    sources: [{ id: 's1', url: 'https://intra.kth.se/a', title: { sv: 'Källa' } }],
    decisions: [
      {
        id: 'd1',
        caseNumber: 'V-2022-0218',
        date: '2022-06-14',
        title: { sv: 'Programdirektiv', en: 'Programme directive' },
        decidedBy: { role: { sv: 'rektor', en: 'President' } },
        sources: ['s1'],
      },
    ],
    units: [
      { id: 'kth', kind: 'university', name: { sv: 'KTH' }, sources: ['s1'] },
      {
        id: 'ud',
        kind: 'university-director',
        parent: 'kth',
        name: { sv: 'Universitetsdirektör' },
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
    ],
    relations: [{ from: 'steering', to: 'ud', kind: 'advises', sources: ['s1'] }],
    bodies: [
      {
        id: 'steering',
        kind: 'steering-group',
        name: { sv: 'Styrgrupp', en: 'Steering group' },
        chair: { role: { sv: 'universitetsdirektören', en: 'University Director' }, unit: 'ud' },
        members: [
          { role: { sv: 'prefekter', en: 'heads of department' }, countText: { sv: 'två per skola' } },
        ],
        sources: ['s1'],
      },
    ],
    principles: [
      {
        id: 'pr1',
        order: 1,
        title: { sv: 'Nytta' },
        summary: { sv: 'Stödet ska vara till nytta.' },
        sources: ['s1'],
      },
    ],
    supportAreas: [{ id: 'hr', order: 1, title: { sv: 'HR-stöd' }, units: ['it'], sources: ['s1'] }],
    timeline: [
      {
        id: 't1',
        kind: 'decision',
        date: '2022-06-14',
        title: { sv: 'Direktiv' },
        decisions: ['d1'],
        sources: ['s1'],
      },
      {
        id: 't2',
        kind: 'phase',
        start: '2022-spring',
        end: '2022-autumn',
        title: { sv: 'Kartläggning' },
        sources: ['s1'],
      },
      {
        id: 't3',
        kind: 'milestone',
        date: '2023-01-01',
        title: { sv: 'VS bildas' },
        units: ['vs'],
        sources: ['s1'],
      },
      {
        id: 't4',
        kind: 'milestone',
        date: '2026-09-30',
        title: { sv: 'Slut' },
        bodies: ['steering'],
        sources: ['s1'],
      },
    ],
    subProjects: [
      {
        id: 'sp',
        name: { sv: 'Lokaloptimering' },
        decision: 'd1',
        phases: [{ id: 'sp-1', order: 1, name: { sv: 'Förstudie' }, start: '2023-10', end: '2024-03' }],
        sources: ['s1'],
      },
    ],
    notes: [
      {
        id: 'n1',
        kind: 'disagreement',
        about: ['pr1', 't1'],
        text: { sv: 'Källorna skiljer sig.' },
        sources: ['s1'],
      },
    ],
  }
}
