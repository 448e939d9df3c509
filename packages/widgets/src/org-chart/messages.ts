import type { Language, OrgChangeKind } from '@kth-vs/core'

/** Texts of `<vs-org-chart>` in both languages. */
export const orgChartMessages = {
  sv: {
    treeLabel: (day: string) => `Organisationen den ${day}`,
    compareLabel: (from: string, to: string) => `Förändringar från ${from} till ${to}`,
    searchLabel: 'Sök enhet',
    searchHits: (n: number) => (n === 0 ? 'Inga träffar' : n === 1 ? '1 träff' : `${n} träffar`),
    empty: 'Det finns ingen enhet att visa den dagen.',
    unknownRoot: (id: string) => `Enheten ${JSON.stringify(id)} finns inte den dagen.`,
    notADay: (attribute: string, value: string) =>
      `${attribute}: ${JSON.stringify(value)} är inget giltigt datum; förväntat ÅÅÅÅ-MM-DD. Dagens organisation visas.`,
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
    links: 'Länkar',
    relations: 'Kopplingar',
    sources: (n: number) => `Källor (${n})`,
  },
  en: {
    treeLabel: (day: string) => `The organisation on ${day}`,
    compareLabel: (from: string, to: string) => `Changes from ${from} to ${to}`,
    searchLabel: 'Search units',
    searchHits: (n: number) => (n === 0 ? 'No matches' : n === 1 ? '1 match' : `${n} matches`),
    empty: 'There is no unit to show on that day.',
    unknownRoot: (id: string) => `The unit ${JSON.stringify(id)} does not exist on that day.`,
    notADay: (attribute: string, value: string) =>
      `${attribute}: ${JSON.stringify(value)} is not a valid date; expected YYYY-MM-DD. Today's organisation is shown.`,
    change: { added: 'new', removed: 'removed', moved: 'moved', renamed: 'renamed' } satisfies Record<
      OrgChangeKind,
      string
    >,
    legendTitle: 'Key',
    legend: {
      added: (from: string) => `did not exist on ${from}`,
      removed: (to: string) => `no longer exists on ${to}`,
      moved: (from: string) => `has another parent unit than on ${from}`,
      renamed: (from: string) => `had another name on ${from}`,
    } satisfies Record<OrgChangeKind, (day: string) => string>,
    relationMarker: 'has links to other units or bodies, see details',
    removedTitle: 'Removed units',
    formerly: (name: string) => `formerly ${name}`,
    movedFrom: (name: string) => `formerly under ${name}`,
    head: 'Head',
    valid: 'Valid',
    validFrom: (day: string) => `from ${day}`,
    validTo: (day: string) => `until ${day}`,
    validAlways: 'throughout',
    links: 'Links',
    relations: 'Links to others',
    sources: (n: number) => `Sources (${n})`,
  },
} satisfies Record<Language, unknown>

/** The texts of one language. */
export type OrgChartMessages = (typeof orgChartMessages)['sv']
