// Compiled by the type check only: what the element's types must refuse.
import type { VsPrincipleCards } from '@kth-vs/widgets/principle-cards'

export function refusesWhatIsNotAProgramme(cards: VsPrincipleCards): void {
  // @ts-expect-error data is a programme document, not a number
  cards.data = 42
  // @ts-expect-error the schema version is the literal 1
  cards.data = { schemaVersion: 2, programme: cards.data?.programme, sources: [] }
}

export function knowsEachEventDetail(cards: VsPrincipleCards): void {
  cards.addEventListener('vs-load', (event) => event.detail.document.principles.length)
  cards.addEventListener('vs-error', (event) => event.detail.issues.map((issue) => issue.pathText))
  // @ts-expect-error a principle's selection has no day (the org chart's has)
  cards.addEventListener('vs-select', (event) => event.detail.day)
}
