import { assignLanes, timelineEntries, validateProgramme } from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { premisesProgramme } from './premises.js'

describe('premisesProgramme', () => {
  const result = validateProgramme(premisesProgramme)
  if (!result.ok) throw new Error(result.issues.map((found) => found.pathText).join(', '))
  const phases = timelineEntries(result.document).filter((entry) => entry.kind === 'phase')

  it('has five phases', () => {
    expect(phases.map((phase) => phase.id)).toEqual(['phase-1', 'phase-2', 'phase-3', 'phase-4', 'phase-5'])
  })

  it('needs two lanes because phases 3 and 4 overlap', () => {
    const { lanes, laneOf } = assignLanes(phases)
    expect(lanes).toBe(2)
    expect(laneOf.get('phase-3')).not.toBe(laneOf.get('phase-4'))
  })

  it('marks every phase after the pre-study and both targets as unconfirmed, and explains why', () => {
    const flagged = premisesProgramme.timeline.filter((item) => item.outcomeUnconfirmed === true)
    const ids = ['phase-2', 'phase-3', 'phase-4', 'phase-5', 'new-way-of-working', 'balanced-finances']
    expect(flagged.map((item) => item.id)).toEqual(ids)
    const note = premisesProgramme.notes.find((found) => found.id === 'n-outcome')
    expect(note).toMatchObject({ kind: 'unknown', about: ids })
  })

  it('is a programme of its own, not the VS programme', () => {
    expect(premisesProgramme.programme.id).toBe('lokaloptimering-vs')
    expect(premisesProgramme.programme.start).toBe('2023-10')
    expect(premisesProgramme.programme.end).toBe('2025-09')
  })
})
