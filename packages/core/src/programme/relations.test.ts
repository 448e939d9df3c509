import { describe, expect, it } from 'vitest'
import { sampleProgramme } from '@kth-vs/test-fixtures/sample-programme'
import { validateProgramme } from '../validation/validate.js'
import { relationsOf } from './relations.js'

function documentWith(relations: unknown[]) {
  const input = { ...sampleProgramme(), relations }
  const result = validateProgramme(input)
  if (!result.ok) throw new Error(JSON.stringify(result.issues))
  return result.document
}

describe('relationsOf', () => {
  const doc = documentWith([
    { from: 'steering', to: 'ud', kind: 'advises', sources: ['s1'] },
    { from: 'it', to: 'vs', kind: 'serves', validFrom: '2023-01-01', sources: ['s1'] },
    { from: 'it', to: 'gvs', kind: 'serves', validTo: '2022', sources: ['s1'] },
  ])

  it('sees a relation from both ends', () => {
    expect(relationsOf(doc, 'ud').map((v) => [v.direction, v.otherId, v.relation.kind])).toEqual([
      ['incoming', 'steering', 'advises'],
    ])
    expect(relationsOf(doc, 'steering').map((v) => [v.direction, v.otherId])).toEqual([['outgoing', 'ud']])
  })

  it('keeps only what holds on the day', () => {
    expect(relationsOf(doc, 'it').map((v) => v.otherId)).toEqual(['vs', 'gvs'])
    expect(relationsOf(doc, 'it', '2022-12-31').map((v) => v.otherId)).toEqual(['gvs'])
    expect(relationsOf(doc, 'it', '2023-01-01').map((v) => v.otherId)).toEqual(['vs'])
  })
})
