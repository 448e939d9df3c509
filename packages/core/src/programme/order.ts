/**
 * Returns a copy of items sorted by their `order` field; items with equal order keep their input order.
 * @param items - principles, support areas, directive points, phases or anything else with an order
 */
export function sortByOrder<T extends { order: number }>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => a.order - b.order)
}
