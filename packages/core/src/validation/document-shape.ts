// The programme document's shape, field for field as `schema/programme.ts` describes it with zod.
import { LANGUAGES } from '../text/localized-text.js'
import { TIMELINE_KINDS } from '../timeline/entries.js'
import { BODY_KINDS, DATE_MEANINGS, NOTE_KINDS, RELATION_KINDS, UNIT_KINDS } from '../schema/enums.js'
import { SCHEMA_VERSION } from '../schema/version.js'
import {
  type Shape,
  anyText,
  boolean,
  emptyByDefault,
  httpUrl,
  id,
  listOf,
  localizedText as text,
  name,
  object,
  oneOf,
  optional,
  partialDate as date,
  positiveInt,
  safeUrl,
} from './shape.js'

const ids = listOf(id)
const texts = listOf(text)
const role = object({ role: text, person: optional(name), unit: optional(id), sources: optional(ids) })
const links = optional(listOf(object({ label: text, url: safeUrl })))
const dateMeans = optional(oneOf(DATE_MEANINGS))

const source = object({
  id,
  url: httpUrl,
  title: optional(text),
  lang: optional(oneOf(LANGUAGES)),
  read: optional(date),
  lastChanged: optional(date),
  thirdParty: optional(boolean),
})

const programme = object({
  id,
  name: text,
  shortName: optional(text),
  purpose: optional(text),
  decidedBy: optional(role),
  ledBy: optional(role),
  owner: optional(role),
  start: date,
  newOrganisation: optional(date),
  end: date,
  links,
  sources: ids,
})

const decision = object({
  id,
  caseNumber: optional(name),
  date,
  dateMeans,
  title: text,
  decidedBy: role,
  summary: optional(text),
  links,
  sources: ids,
})

const unit = object({
  id,
  name: text,
  shortName: optional(text),
  kind: oneOf(UNIT_KINDS),
  parent: optional(id),
  head: optional(role),
  validFrom: optional(date),
  validTo: optional(date),
  renames: optional(listOf(object({ from: date, name: text }))),
  moves: optional(listOf(object({ from: date, parent: id }))),
  description: optional(text),
  links,
  sources: ids,
})

const relation = object({
  from: id,
  to: id,
  kind: oneOf(RELATION_KINDS),
  description: optional(text),
  validFrom: optional(date),
  validTo: optional(date),
  sources: ids,
})

const member = object({
  role: text,
  count: optional(positiveInt),
  countText: optional(text),
  countInferred: optional(boolean),
  person: optional(name),
  unit: optional(id),
  body: optional(id),
  sources: optional(ids),
})

const body = object({
  id,
  name: text,
  kind: oneOf(BODY_KINDS),
  purpose: optional(text),
  chair: optional(role),
  members: listOf(member),
  membersUnknown: optional(boolean),
  formed: optional(date),
  tasks: optional(texts),
  sources: ids,
})

const principle = object({
  id,
  order: positiveInt,
  title: text,
  summary: text,
  details: optional(text),
  variants: optional(texts),
  sources: ids,
})

const supportArea = object({
  id,
  order: positiveInt,
  title: text,
  variants: optional(listOf(object({ name: text, sources: ids }))),
  summary: optional(text),
  currentState: optional(text),
  targetState: optional(text),
  priorities: optional(texts),
  units: optional(ids),
  sources: ids,
})

const directivePoint = object({ id, order: positiveInt, text, sources: ids })

const timelineItem = object({
  id,
  kind: oneOf(TIMELINE_KINDS),
  title: text,
  description: optional(text),
  date: optional(date),
  start: optional(date),
  end: optional(date),
  dateMeans,
  context: optional(boolean),
  areas: optional(ids),
  bodies: optional(ids),
  units: optional(ids),
  decisions: optional(ids),
  subProject: optional(id),
  outcomeUnconfirmed: optional(boolean),
  links,
  sources: ids,
})

const phase = object({
  id,
  order: positiveInt,
  name: text,
  start: date,
  end: optional(date),
  activities: optional(texts),
  outcomeUnconfirmed: optional(boolean),
  sources: optional(ids),
})

const subProject = object({
  id,
  name: text,
  formerNames: optional(texts),
  summary: optional(text),
  decision: optional(id),
  decidedBy: optional(role),
  lead: optional(role),
  chair: optional(role),
  start: optional(date),
  end: optional(date),
  phases: listOf(phase),
  facts: optional(texts),
  sources: ids,
})

const note = object({
  id,
  kind: oneOf(NOTE_KINDS),
  about: ids,
  text,
  sources: ids,
})

const page = object({
  title: text,
  contentOwner: optional(name),
  belongsTo: optional(text),
  lastChanged: optional(date),
  source: optional(id),
})

/** The shape of a whole programme document. */
export const DOCUMENT_SHAPE: Shape = object({
  $schema: optional(anyText),
  schemaVersion: oneOf([SCHEMA_VERSION]),
  programme,
  sources: listOf(source),
  decisions: emptyByDefault(listOf(decision)),
  units: emptyByDefault(listOf(unit)),
  relations: emptyByDefault(listOf(relation)),
  bodies: emptyByDefault(listOf(body)),
  principles: emptyByDefault(listOf(principle)),
  supportAreas: emptyByDefault(listOf(supportArea)),
  directivePoints: emptyByDefault(listOf(directivePoint)),
  timeline: emptyByDefault(listOf(timelineItem)),
  subProjects: emptyByDefault(listOf(subProject)),
  notes: emptyByDefault(listOf(note)),
  pages: emptyByDefault(listOf(page)),
})
