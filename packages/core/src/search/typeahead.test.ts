import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { typeaheadIndex } from './typeahead.js'

const labels = [
  'KTH',
  'Rektor',
  'Universitetsdirektör',
  'GVS',
  'IT-avdelningen',
  'Ledningskansliet',
  'Ämnesgrupp',
  'Ledningsråd',
]

describe('typeaheadIndex', () => {
  it('moves to the next label starting with the prefix, wrapping around', () => {
    expect(typeaheadIndex(labels, 0, 'l')).toBe(5)
    expect(typeaheadIndex(labels, 5, 'l')).toBe(7)
    expect(typeaheadIndex(labels, 7, 'l')).toBe(5)
  })

  it('refines with a longer prefix and may stay where it is', () => {
    expect(typeaheadIndex(labels, 5, 'ledningsr')).toBe(7)
    expect(typeaheadIndex(labels, 5, 'ledningsk')).toBe(5)
  })

  it('ignores case and diacritics', () => {
    expect(typeaheadIndex(labels, 0, 'AM')).toBe(6)
    expect(typeaheadIndex(labels, 0, 'univ')).toBe(2)
  })

  it('returns -1 when nothing matches or nothing is typed', () => {
    expect(typeaheadIndex(labels, 0, 'x')).toBe(-1)
    expect(typeaheadIndex(labels, 0, '')).toBe(-1)
    expect(typeaheadIndex([], 0, 'a')).toBe(-1)
  })

  it('always lands on a label that starts with the prefix, or on none at all', () => {
    fc.assert(
      fc.property(
        fc.array(fc.string({ minLength: 1 }), { minLength: 1 }),
        fc.nat(),
        fc.string({ minLength: 1, maxLength: 3 }),
        (list, at, prefix) => {
          const current = at % list.length
          const found = typeaheadIndex(list, current, prefix)
          const norm = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '')
          const single = [...norm(prefix)].every((c) => c === norm(prefix)[0])
          const target = single ? (norm(prefix)[0] ?? '') : norm(prefix)
          if (found === -1) expect(list.some((label) => norm(label).startsWith(target))).toBe(false)
          else expect(norm(list[found]!).startsWith(target)).toBe(true)
        },
      ),
    )
  })
})
