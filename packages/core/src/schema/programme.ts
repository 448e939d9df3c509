import * as z from 'zod/mini'
import { LANGUAGES } from '../text/localized-text.js'
import { TIMELINE_KINDS } from '../timeline/entries.js'
import { MAX_DOCUMENT_LENGTH, MAX_LIST_LENGTH, MAX_ORG_DEPTH } from '../validation/limits.js'
import { BODY_KINDS, DATE_MEANINGS, NOTE_KINDS, RELATION_KINDS, UNIT_KINDS } from './enums.js'
import { SCHEMA_VERSION } from './version.js'
import {
  HttpUrlSchema,
  IdListSchema,
  IdSchema,
  LinkSchema,
  NameSchema,
  listOf,
  LocalizedTextSchema,
  PartialDateTextSchema,
  PositiveIntSchema,
  RoleSchema,
  SourceRefsSchema,
} from './primitives.js'

export { SCHEMA_VERSION }

/** A page or document that items cite. */
export const SourceSchema = z.strictObject({
  id: IdSchema,
  url: HttpUrlSchema,
  title: z.optional(LocalizedTextSchema).check(
    z.meta({
      description:
        'The page’s own title: in the language it is written in, and also in the other language where the same page is published in both, so a page can show the title in its own language.',
    }),
  ),
  lang: z
    .optional(z.enum(LANGUAGES))
    .check(z.meta({ description: 'The language the source is written in.' })),
  read: z.optional(PartialDateTextSchema).check(z.meta({ description: 'When the source was read.' })),
  lastChanged: z.optional(PartialDateTextSchema),
  thirdParty: z
    .optional(z.boolean())
    .check(z.meta({ description: 'True when the copy is not published by KTH.' })),
})

/** The programme itself: names, purpose, who decided and who leads, and its dates. */
export const ProgrammeInfoSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  shortName: z.optional(LocalizedTextSchema),
  purpose: z.optional(LocalizedTextSchema),
  decidedBy: z.optional(RoleSchema),
  ledBy: z.optional(RoleSchema),
  owner: z.optional(RoleSchema),
  start: PartialDateTextSchema,
  newOrganisation: z
    .optional(PartialDateTextSchema)
    .check(z.meta({ description: 'The day the new organisation took effect.' })),
  end: PartialDateTextSchema,
  links: z.optional(listOf(LinkSchema)),
  sources: SourceRefsSchema,
})

/** A decision; the case number (diarienummer) is not unique: one case can hold several decisions. */
export const DecisionSchema = z.strictObject({
  id: IdSchema,
  caseNumber: z.optional(NameSchema),
  date: PartialDateTextSchema,
  dateMeans: z.optional(z.enum(DATE_MEANINGS)),
  title: LocalizedTextSchema,
  decidedBy: RoleSchema,
  summary: z.optional(LocalizedTextSchema),
  links: z.optional(listOf(LinkSchema)),
  sources: SourceRefsSchema,
})

/** A change of name from a day on. */
export const RenameSchema = z.strictObject({ from: PartialDateTextSchema, name: LocalizedTextSchema })

/** A change of parent from a day on. */
export const MoveSchema = z.strictObject({ from: PartialDateTextSchema, parent: IdSchema })

/** An organisation unit, valid from `validFrom` to `validTo` (both inclusive, open when absent). */
export const OrgUnitSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  shortName: z.optional(LocalizedTextSchema),
  kind: z.enum(UNIT_KINDS),
  parent: z.optional(IdSchema),
  head: z.optional(RoleSchema),
  validFrom: z.optional(PartialDateTextSchema),
  validTo: z.optional(PartialDateTextSchema),
  renames: z.optional(listOf(RenameSchema)),
  moves: z.optional(listOf(MoveSchema)),
  description: z.optional(LocalizedTextSchema),
  links: z.optional(listOf(LinkSchema)),
  sources: SourceRefsSchema,
})

/** A typed link between two units or bodies, read "from KIND to". */
export const RelationSchema = z.strictObject({
  from: IdSchema,
  to: IdSchema,
  kind: z.enum(RELATION_KINDS),
  description: z.optional(LocalizedTextSchema),
  validFrom: z.optional(PartialDateTextSchema),
  validTo: z.optional(PartialDateTextSchema),
  sources: SourceRefsSchema,
})

/** A seat or group of seats in a body: a role, a unit, a body or a named person, with a count. */
export const BodyMemberSchema = z.strictObject({
  role: LocalizedTextSchema,
  count: z.optional(PositiveIntSchema),
  countText: z.optional(LocalizedTextSchema).check(
    z.meta({
      description: 'How many, in words, when the count depends on something (for example two per school).',
    }),
  ),
  countInferred: z.optional(z.boolean()),
  person: z.optional(NameSchema),
  unit: z.optional(IdSchema),
  body: z.optional(IdSchema),
  sources: z.optional(SourceRefsSchema),
})

/** A governance body of the programme. */
export const BodySchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  kind: z.enum(BODY_KINDS),
  purpose: z.optional(LocalizedTextSchema),
  chair: z.optional(RoleSchema),
  members: listOf(BodyMemberSchema),
  membersUnknown: z
    .optional(z.boolean())
    .check(z.meta({ description: 'True when no source names the members.' })),
  formed: z.optional(PartialDateTextSchema),
  tasks: z.optional(listOf(LocalizedTextSchema)),
  sources: SourceRefsSchema,
})

/** A guiding principle. */
export const PrincipleSchema = z.strictObject({
  id: IdSchema,
  order: PositiveIntSchema,
  title: LocalizedTextSchema,
  summary: LocalizedTextSchema,
  details: z.optional(LocalizedTextSchema),
  variants: z
    .optional(listOf(LocalizedTextSchema))
    .check(z.meta({ description: 'Other wordings found in sources.' })),
  sources: SourceRefsSchema,
})

/** One of the names a support area has been given, and where. */
export const NameVariantSchema = z.strictObject({
  name: LocalizedTextSchema,
  sources: SourceRefsSchema,
})

/** A support area with its current and target state. */
export const SupportAreaSchema = z.strictObject({
  id: IdSchema,
  order: PositiveIntSchema,
  title: LocalizedTextSchema,
  variants: z.optional(listOf(NameVariantSchema)),
  summary: z.optional(LocalizedTextSchema),
  currentState: z.optional(LocalizedTextSchema),
  targetState: z.optional(LocalizedTextSchema),
  priorities: z.optional(listOf(LocalizedTextSchema)),
  units: z.optional(IdListSchema),
  sources: SourceRefsSchema,
})

/** A point of the programme directive. */
export const DirectivePointSchema = z.strictObject({
  id: IdSchema,
  order: PositiveIntSchema,
  text: LocalizedTextSchema,
  sources: SourceRefsSchema,
})

/**
 * Marks something planned (a phase, a target, a milestone) whose outcome no source confirms. Its dates
 * alone say nothing about whether it happened, so once they have passed it is to be shown as
 * "no source confirms the outcome", not as done.
 */
export const OutcomeUnconfirmedSchema = z.optional(z.boolean()).check(
  z.meta({
    description:
      'True when the item was planned and no source confirms how it turned out: once its dates have passed, show it as unconfirmed rather than done.',
  }),
)

/** A dated item on the timeline: one date (`date`) or a range (`start`, `end`), each with its precision. */
export const TimelineItemSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(TIMELINE_KINDS),
  title: LocalizedTextSchema,
  description: z.optional(LocalizedTextSchema),
  date: z.optional(PartialDateTextSchema),
  start: z.optional(PartialDateTextSchema),
  end: z.optional(PartialDateTextSchema),
  dateMeans: z.optional(z.enum(DATE_MEANINGS)),
  context: z
    .optional(z.boolean())
    .check(
      z.meta({ description: 'True for events before or around the programme that are not programme steps.' }),
    ),
  areas: z.optional(IdListSchema),
  bodies: z.optional(IdListSchema),
  units: z.optional(IdListSchema),
  decisions: z.optional(IdListSchema),
  subProject: z.optional(IdSchema),
  outcomeUnconfirmed: OutcomeUnconfirmedSchema,
  links: z.optional(listOf(LinkSchema)),
  sources: SourceRefsSchema,
})

/** A phase of a sub-project. */
export const SubProjectPhaseSchema = z.strictObject({
  id: IdSchema,
  order: PositiveIntSchema,
  name: LocalizedTextSchema,
  start: PartialDateTextSchema,
  end: z.optional(PartialDateTextSchema),
  activities: z.optional(listOf(LocalizedTextSchema)),
  outcomeUnconfirmed: OutcomeUnconfirmedSchema,
  sources: z.optional(SourceRefsSchema),
})

/** A project run within the programme. */
export const SubProjectSchema = z.strictObject({
  id: IdSchema,
  name: LocalizedTextSchema,
  formerNames: z.optional(listOf(LocalizedTextSchema)),
  summary: z.optional(LocalizedTextSchema),
  decision: z.optional(IdSchema),
  decidedBy: z.optional(RoleSchema),
  lead: z.optional(RoleSchema),
  chair: z.optional(RoleSchema),
  start: z.optional(PartialDateTextSchema),
  end: z.optional(PartialDateTextSchema),
  phases: listOf(SubProjectPhaseSchema),
  facts: z.optional(listOf(LocalizedTextSchema)),
  sources: SourceRefsSchema,
})

/** A note that records where sources disagree or where something is unknown, and what it concerns. */
export const NoteSchema = z.strictObject({
  id: IdSchema,
  kind: z.enum(NOTE_KINDS),
  about: listOf(IdSchema).check(z.meta({ description: 'Ids of the items this note concerns.' })),
  text: LocalizedTextSchema,
  sources: SourceRefsSchema,
})

/** Facts about the page the programme is published on. */
export const PageMetaSchema = z.strictObject({
  title: LocalizedTextSchema,
  contentOwner: z.optional(NameSchema),
  belongsTo: z.optional(LocalizedTextSchema),
  lastChanged: z.optional(PartialDateTextSchema),
  source: z.optional(IdSchema),
})

/** One programme document, as a JSON file or a `data` property holds it. */
export const ProgrammeDocumentSchema = z
  .strictObject({
    $schema: z.optional(z.string()),
    schemaVersion: z.literal(SCHEMA_VERSION),
    programme: ProgrammeInfoSchema,
    sources: listOf(SourceSchema),
    decisions: z._default(listOf(DecisionSchema), []),
    units: z._default(listOf(OrgUnitSchema), []),
    relations: z._default(listOf(RelationSchema), []),
    bodies: z._default(listOf(BodySchema), []),
    principles: z._default(listOf(PrincipleSchema), []),
    supportAreas: z._default(listOf(SupportAreaSchema), []),
    directivePoints: z._default(listOf(DirectivePointSchema), []),
    timeline: z._default(listOf(TimelineItemSchema), []),
    subProjects: z._default(listOf(SubProjectSchema), []),
    notes: z._default(listOf(NoteSchema), []),
    pages: z._default(listOf(PageMetaSchema), []),
  })
  .check(
    z.meta({
      title: 'KTH VS kit programme document',
      description:
        'One programme: organisation, governance, principles, support areas and timeline. ' +
        `Limits: at most ${MAX_DOCUMENT_LENGTH.toLocaleString('en-GB')} characters of JSON, ` +
        `${MAX_LIST_LENGTH.toLocaleString('en-GB')} entries in any list and ${MAX_ORG_DEPTH} levels of units on any day.`,
    }),
  )

/** A validated programme document. */
export type ProgrammeDocument = z.output<typeof ProgrammeDocumentSchema>
/** A programme document as written, before defaults are filled in. */
export type ProgrammeDocumentInput = z.input<typeof ProgrammeDocumentSchema>
/** A source. */
export type Source = z.output<typeof SourceSchema>
/** The programme's own facts. */
export type ProgrammeInfo = z.output<typeof ProgrammeInfoSchema>
/** A decision. */
export type Decision = z.output<typeof DecisionSchema>
/** An organisation unit. */
export type OrgUnit = z.output<typeof OrgUnitSchema>
/** A relation between units and bodies. */
export type Relation = z.output<typeof RelationSchema>
/** A seat in a body. */
export type BodyMember = z.output<typeof BodyMemberSchema>
/** A governance body. */
export type Body = z.output<typeof BodySchema>
/** A principle. */
export type Principle = z.output<typeof PrincipleSchema>
/** A support area. */
export type SupportArea = z.output<typeof SupportAreaSchema>
/** A directive point. */
export type DirectivePoint = z.output<typeof DirectivePointSchema>
/** A timeline item. */
export type TimelineItem = z.output<typeof TimelineItemSchema>
/** A sub-project. */
export type SubProject = z.output<typeof SubProjectSchema>
/** A phase of a sub-project. */
export type SubProjectPhase = z.output<typeof SubProjectPhaseSchema>
/** A note on a disagreement or gap. */
export type Note = z.output<typeof NoteSchema>
/** A role. */
export type Role = z.output<typeof RoleSchema>
/** A link. */
export type Link = z.output<typeof LinkSchema>
