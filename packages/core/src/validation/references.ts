/** The kinds of item an id can name; references are checked against them. */
export const ITEM_KINDS = [
  'source',
  'programme',
  'decision',
  'unit',
  'body',
  'principle',
  'area',
  'directive',
  'timeline',
  'subProject',
  'phase',
  'note',
] as const

/** A kind of item that can be referred to by id. */
export type ItemKind = (typeof ITEM_KINDS)[number]

/** How each kind is named in messages, with the document field that holds it. */
export const ITEM_KIND_NAMES: Record<ItemKind, { sv: string; en: string; field: string }> = {
  source: { sv: 'en källa', en: 'a source', field: 'sources' },
  programme: { sv: 'programmet', en: 'the programme', field: 'programme' },
  decision: { sv: 'ett beslut', en: 'a decision', field: 'decisions' },
  unit: { sv: 'en enhet', en: 'a unit', field: 'units' },
  body: { sv: 'ett organ', en: 'a body', field: 'bodies' },
  principle: { sv: 'en princip', en: 'a principle', field: 'principles' },
  area: { sv: 'ett stödområde', en: 'a support area', field: 'supportAreas' },
  directive: { sv: 'en direktivpunkt', en: 'a directive point', field: 'directivePoints' },
  timeline: { sv: 'en tidslinjehändelse', en: 'a timeline item', field: 'timeline' },
  subProject: { sv: 'ett delprojekt', en: 'a sub-project', field: 'subProjects' },
  phase: { sv: 'en delprojektfas', en: 'a sub-project phase', field: 'subProjects[].phases' },
  note: { sv: 'en anteckning', en: 'a note', field: 'notes' },
}

/** Names a list of acceptable kinds in one language: "en enhet eller ett organ". */
export function kindList(kinds: readonly ItemKind[], lang: 'sv' | 'en'): string {
  const names = kinds.map((kind) => `${ITEM_KIND_NAMES[kind][lang]} (${ITEM_KIND_NAMES[kind].field})`)
  if (names.length <= 1) return names.join('')
  const or = lang === 'sv' ? ' eller ' : ' or '
  return `${names.slice(0, -1).join(', ')}${or}${names.at(-1) ?? ''}`
}
