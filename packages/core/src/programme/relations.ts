import { textInterval } from '../dates/index.js'
import type { ProgrammeDocument, Relation } from '../schema/programme.js'

/** A relation seen from one unit or body: the other end and which way it points. */
export interface RelationView {
  relation: Relation
  /** `outgoing` when the item is the relation's `from` ("serves X"), else `incoming` ("served by X"). */
  direction: 'outgoing' | 'incoming'
  /** The id at the other end. */
  otherId: string
}

function dayRange(text: string | undefined, edge: 'start' | 'end'): string | undefined {
  return text === undefined ? undefined : textInterval(text)?.[edge]
}

/** True when a relation holds on `day` (an ISO day): on or after its start and on or before its end. */
export function relationHolds(relation: Relation, day: string): boolean {
  const from = dayRange(relation.validFrom, 'start')
  const to = dayRange(relation.validTo, 'end')
  return (from === undefined || day >= from) && (to === undefined || day <= to)
}

/**
 * The relations (serves, advises, member of …) of one unit or body that hold on `day`, or at any
 * time when no day is given, in document order.
 * @param document - a validated programme document
 * @param id - the unit or body
 * @param day - an ISO day, or undefined for all relations
 */
export function relationsOf(document: ProgrammeDocument, id: string, day?: string): RelationView[] {
  const views: RelationView[] = []
  for (const relation of document.relations) {
    if (relation.from !== id && relation.to !== id) continue
    if (day !== undefined && !relationHolds(relation, day)) continue
    const outgoing = relation.from === id
    views.push({
      relation,
      direction: outgoing ? 'outgoing' : 'incoming',
      otherId: outgoing ? relation.to : relation.from,
    })
  }
  return views
}
