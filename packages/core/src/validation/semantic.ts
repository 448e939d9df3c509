import { textInterval } from '../dates/index.js'
import type { ProgrammeDocument, Role } from '../schema/programme.js'
import { type IssuePath, type ValidationIssue, issue } from './issue.js'
import { checkOrganisation } from './organisation.js'
import { type ItemKind, ITEM_KIND_NAMES, kindList } from './references.js'

interface Registered {
  kind: ItemKind
  path: IssuePath
}

/**
 * Checks what the shape cannot: unique ids, references that resolve to the right kind of item,
 * ranges that run forwards, an organisation without cycles, with one root at any date and units
 * valid only while their parents are. Returns every problem found, never throws on shape-valid input.
 */
export function checkSemantics(doc: ProgrammeDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = []
  const registry = registerIds(doc, issues)
  checkReferences(doc, registry, issues)
  checkDateRanges(doc, issues)
  checkOrganisation(doc, issues)
  return issues
}

function registerIds(doc: ProgrammeDocument, issues: ValidationIssue[]): Map<string, Registered> {
  const registry = new Map<string, Registered>()
  const sourceIds = new Map<string, IssuePath>()
  doc.sources.forEach((source, i) => {
    const path = ['sources', i, 'id']
    const earlier = sourceIds.get(source.id)
    if (earlier) issues.push(duplicate(path, source.id, earlier))
    else sourceIds.set(source.id, path)
  })
  for (const [id, path] of sourceIds) registry.set(id, { kind: 'source', path })

  const add = (id: string, kind: ItemKind, path: IssuePath): void => {
    const earlier = registry.get(id)
    if (earlier && earlier.kind !== 'source') issues.push(duplicate(path, id, earlier.path))
    else registry.set(id, { kind, path })
  }
  // The programme's own id, so a note can concern the programme itself.
  add(doc.programme.id, 'programme', ['programme', 'id'])
  doc.decisions.forEach((item, i) => add(item.id, 'decision', ['decisions', i, 'id']))
  doc.units.forEach((item, i) => add(item.id, 'unit', ['units', i, 'id']))
  doc.bodies.forEach((item, i) => add(item.id, 'body', ['bodies', i, 'id']))
  doc.principles.forEach((item, i) => add(item.id, 'principle', ['principles', i, 'id']))
  doc.supportAreas.forEach((item, i) => add(item.id, 'area', ['supportAreas', i, 'id']))
  doc.directivePoints.forEach((item, i) => add(item.id, 'directive', ['directivePoints', i, 'id']))
  doc.timeline.forEach((item, i) => add(item.id, 'timeline', ['timeline', i, 'id']))
  doc.subProjects.forEach((project, i) => {
    add(project.id, 'subProject', ['subProjects', i, 'id'])
    project.phases.forEach((phase, j) => add(phase.id, 'phase', ['subProjects', i, 'phases', j, 'id']))
  })
  doc.notes.forEach((item, i) => add(item.id, 'note', ['notes', i, 'id']))
  return registry
}

function duplicate(path: IssuePath, id: string, earlier: IssuePath): ValidationIssue {
  const where = issue(earlier, 'duplicate_id', { sv: '', en: '' }).pathText
  return issue(path, 'duplicate_id', {
    sv: `id ${JSON.stringify(id)} används redan av ${where}; förväntade ett unikt id`,
    en: `id ${JSON.stringify(id)} is already used by ${where}; expected a unique id`,
  })
}

function checkReferences(
  doc: ProgrammeDocument,
  registry: Map<string, Registered>,
  issues: ValidationIssue[],
): void {
  const ref = (id: string | undefined, path: IssuePath, kinds: readonly ItemKind[]): void => {
    if (id === undefined) return
    const found = registry.get(id)
    if (!found) {
      issues.push(
        issue(path, 'unresolved_reference', {
          sv: `${JSON.stringify(id)} finns inte; förväntade id för ${kindList(kinds, 'sv')}`,
          en: `${JSON.stringify(id)} does not exist; expected the id of ${kindList(kinds, 'en')}`,
        }),
      )
    } else if (!kinds.includes(found.kind)) {
      const actual = ITEM_KIND_NAMES[found.kind]
      issues.push(
        issue(path, 'wrong_reference_kind', {
          sv: `${JSON.stringify(id)} är ${actual.sv} (${actual.field}); förväntade ${kindList(kinds, 'sv')}`,
          en: `${JSON.stringify(id)} is ${actual.en} (${actual.field}); expected ${kindList(kinds, 'en')}`,
        }),
      )
    }
  }
  const refs = (ids: readonly string[] | undefined, path: IssuePath, kinds: readonly ItemKind[]): void =>
    ids?.forEach((id, i) => ref(id, [...path, i], kinds))
  const sources = (ids: readonly string[] | undefined, path: IssuePath): void =>
    refs(ids, [...path, 'sources'], ['source'])
  const role = (value: Role | undefined, path: IssuePath): void => {
    if (!value) return
    ref(value.unit, [...path, 'unit'], ['unit'])
    sources(value.sources, path)
  }

  const p = doc.programme
  sources(p.sources, ['programme'])
  role(p.decidedBy, ['programme', 'decidedBy'])
  role(p.ledBy, ['programme', 'ledBy'])
  role(p.owner, ['programme', 'owner'])
  doc.decisions.forEach((d, i) => {
    sources(d.sources, ['decisions', i])
    role(d.decidedBy, ['decisions', i, 'decidedBy'])
  })
  doc.units.forEach((u, i) => {
    const path = ['units', i]
    sources(u.sources, path)
    ref(u.parent, [...path, 'parent'], ['unit'])
    u.moves?.forEach((move, j) => ref(move.parent, [...path, 'moves', j, 'parent'], ['unit']))
    role(u.head, [...path, 'head'])
  })
  doc.relations.forEach((r, i) => {
    sources(r.sources, ['relations', i])
    ref(r.from, ['relations', i, 'from'], ['unit', 'body'])
    ref(r.to, ['relations', i, 'to'], ['unit', 'body'])
  })
  doc.bodies.forEach((b, i) => {
    const path = ['bodies', i]
    sources(b.sources, path)
    role(b.chair, [...path, 'chair'])
    b.members.forEach((m, j) => {
      ref(m.unit, [...path, 'members', j, 'unit'], ['unit'])
      ref(m.body, [...path, 'members', j, 'body'], ['body'])
      sources(m.sources, [...path, 'members', j])
    })
  })
  doc.principles.forEach((item, i) => sources(item.sources, ['principles', i]))
  doc.supportAreas.forEach((a, i) => {
    sources(a.sources, ['supportAreas', i])
    refs(a.units, ['supportAreas', i, 'units'], ['unit'])
    a.variants?.forEach((v, j) => sources(v.sources, ['supportAreas', i, 'variants', j]))
  })
  doc.directivePoints.forEach((item, i) => sources(item.sources, ['directivePoints', i]))
  doc.timeline.forEach((t, i) => {
    const path = ['timeline', i]
    sources(t.sources, path)
    refs(t.areas, [...path, 'areas'], ['area'])
    refs(t.bodies, [...path, 'bodies'], ['body'])
    refs(t.units, [...path, 'units'], ['unit'])
    refs(t.decisions, [...path, 'decisions'], ['decision'])
    ref(t.subProject, [...path, 'subProject'], ['subProject'])
  })
  doc.subProjects.forEach((s, i) => {
    const path = ['subProjects', i]
    sources(s.sources, path)
    ref(s.decision, [...path, 'decision'], ['decision'])
    role(s.decidedBy, [...path, 'decidedBy'])
    role(s.lead, [...path, 'lead'])
    role(s.chair, [...path, 'chair'])
    s.phases.forEach((phase, j) => sources(phase.sources, [...path, 'phases', j]))
  })
  const anything: ItemKind[] = Object.keys(ITEM_KIND_NAMES) as ItemKind[]
  doc.notes.forEach((n, i) => {
    sources(n.sources, ['notes', i])
    refs(n.about, ['notes', i, 'about'], anything)
  })
  doc.pages.forEach((page, i) => ref(page.source, ['pages', i, 'source'], ['source']))
}

/** The days a partial date covers; shape validation has already checked the text. */
const interval = textInterval

function checkRange(
  start: string | undefined,
  end: string | undefined,
  path: IssuePath,
  endField: string,
  issues: ValidationIssue[],
): void {
  if (start === undefined || end === undefined) return
  const from = interval(start)
  const to = interval(end)
  if (from && to && to.end < from.start) {
    issues.push(
      issue([...path, endField], 'range_reversed', {
        sv: `${JSON.stringify(end)} ligger före början ${JSON.stringify(start)}; förväntade ett slut som inte är före början`,
        en: `${JSON.stringify(end)} is before the start ${JSON.stringify(start)}; expected an end no earlier than the start`,
      }),
    )
  }
}

function checkDateRanges(doc: ProgrammeDocument, issues: ValidationIssue[]): void {
  const p = doc.programme
  checkRange(p.start, p.end, ['programme'], 'end', issues)
  checkRange(p.start, p.newOrganisation, ['programme'], 'newOrganisation', issues)
  checkRange(p.newOrganisation, p.end, ['programme'], 'end', issues)
  doc.units.forEach((u, i) => checkRange(u.validFrom, u.validTo, ['units', i], 'validTo', issues))
  doc.relations.forEach((r, i) => checkRange(r.validFrom, r.validTo, ['relations', i], 'validTo', issues))
  doc.timeline.forEach((t, i) => {
    const path = ['timeline', i]
    if (t.date !== undefined && (t.start !== undefined || t.end !== undefined)) {
      issues.push(
        issue(path, 'date_and_range', {
          sv: 'har både date och start/end; förväntade antingen ett datum (date) eller ett intervall (start, end)',
          en: 'has both date and start/end; expected either one date (date) or a range (start, end)',
        }),
      )
    } else if (t.date === undefined && t.start === undefined) {
      issues.push(
        issue([...path, 'date'], 'missing_date', {
          sv: 'saknas; förväntade ett datum (date) eller ett intervall (start, end)',
          en: 'is missing; expected one date (date) or a range (start, end)',
        }),
      )
    }
    checkRange(t.start, t.end, path, 'end', issues)
  })
  doc.subProjects.forEach((s, i) => {
    checkRange(s.start, s.end, ['subProjects', i], 'end', issues)
    s.phases.forEach((phase, j) =>
      checkRange(phase.start, phase.end, ['subProjects', i, 'phases', j], 'end', issues),
    )
  })
}
