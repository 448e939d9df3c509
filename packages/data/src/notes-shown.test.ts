// Every note of the VS data (where the sources disagree, are silent or were corrected) must reach a
// reader: each is shown by at least one view, beside an item it is about.
import {
  type NoteView,
  type ProgrammeDocument,
  governanceView,
  orgChartView,
  principlesView,
  programmeView,
  supportAreasView,
  textInterval,
  timelineView,
  validateProgramme,
} from '@kth-vs/core'
import { describe, expect, it } from 'vitest'
import { vsProgramme } from './vs.js'

const TODAY = '2026-12-02'

function validated(): ProgrammeDocument {
  const result = validateProgramme(vsProgramme)
  if (!result.ok) throw new Error(result.issues.map((found) => found.pathText).join(', '))
  return result.document
}

/** The notes anywhere in a view's content, found by their shape. */
function notesIn(content: unknown, found: NoteView[] = []): NoteView[] {
  const stack: unknown[] = [content]
  while (stack.length > 0) {
    const value = stack.pop()
    if (value === null || typeof value !== 'object') continue
    const note = value as Partial<NoteView>
    if (typeof note.id === 'string' && typeof note.label === 'string' && typeof note.text?.text === 'string')
      found.push(note as NoteView)
    else stack.push(...Object.values(value))
  }
  return found
}

/** The notes each view shows in one language, in every state a reader can reach. */
function shownNotes(document: ProgrammeDocument, lang: 'sv' | 'en'): Map<string, Set<string>> {
  const shown = new Map<string, Set<string>>()
  const add = (view: string, content: unknown) => {
    for (const note of notesIn(content)) {
      if (!shown.has(note.id)) shown.set(note.id, new Set())
      shown.get(note.id)!.add(view)
    }
  }
  add('principles', principlesView(document, { lang }))
  add('support areas', supportAreasView(document, { lang }))
  add('governance', governanceView(document, { lang }))
  add('programme', programmeView(document, { lang, today: TODAY }))
  add('timeline', timelineView(document, { lang, today: TODAY, attributes: { context: true } }))
  // A unit's notes are in its details, shown when a reader selects it on a day it existed.
  for (const unit of document.units) {
    const day = unit.validFrom === undefined ? TODAY : (textInterval(unit.validFrom)?.start ?? TODAY)
    const details = orgChartView(document, {
      lang,
      today: TODAY,
      attributes: { 'as-of': day },
      expanded: 'all',
      selectedId: unit.id,
    }).details
    expect(details?.id, `the details of ${unit.id} on ${day}`).toBe(unit.id)
    add('org chart', details)
  }
  return shown
}

describe('the notes of the VS data', () => {
  const document = validated()

  it.each(['sv', 'en'] as const)('are each shown by at least one view (%s)', (lang) => {
    const shown = shownNotes(document, lang)
    expect(document.notes.filter((note) => !shown.has(note.id)).map((note) => note.id)).toEqual([])
  })

  it('are shown with the item they concern: units, bodies and timeline items', () => {
    const shown = shownNotes(document, 'en')
    const unitIds = new Set(document.units.map((unit) => unit.id))
    const bodyIds = new Set(document.bodies.map((body) => body.id))
    const itemIds = new Set(document.timeline.map((item) => item.id))
    for (const note of document.notes) {
      if (note.about.some((id) => itemIds.has(id))) expect(shown.get(note.id), note.id).toContain('timeline')
      if (note.about.some((id) => unitIds.has(id))) expect(shown.get(note.id), note.id).toContain('org chart')
      if (note.about.some((id) => bodyIds.has(id)))
        expect(shown.get(note.id), note.id).toContain('governance')
    }
  })
})
