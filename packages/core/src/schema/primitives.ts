import * as z from 'zod/mini'
import { PartialDateTextSchema } from '../dates/index.js'
import { isHttpUrl, isSafeUrl } from '../links/safe-url.js'
import { MAX_LIST_LENGTH } from '../validation/limits.js'
import { ID_PATTERN } from '../validation/shape.js'

/** A list of `item`s, of at most {@link MAX_LIST_LENGTH} entries like every list of a document. */
export function listOf<T extends z.core.SomeType>(item: T) {
  return z.array(item).check(z.maxLength(MAX_LIST_LENGTH))
}

export { ID_PATTERN }

/** Ids are short, stable and safe in URLs and HTML ids: letters, digits, `_ . : -`, starting with a letter or digit. */
export const IdSchema = z
  .string()
  .check(
    z.regex(ID_PATTERN),
    z.meta({ description: 'A stable identifier: letters, digits, _ . : - (at most 100 characters).' }),
  )

/** A text in both languages; one of them may be missing while a translation is pending. */
export const LocalizedTextSchema = z
  .strictObject({
    sv: z.optional(z.string().check(z.trim(), z.minLength(1))),
    en: z.optional(z.string().check(z.trim(), z.minLength(1))),
  })
  .check(
    z.refine((text) => text.sv !== undefined || text.en !== undefined, {
      message: 'needs at least one of sv or en',
      params: { code: 'missing_translation' },
    }),
    z.meta({ description: 'A text in Swedish (sv) and English (en).' }),
  )

/** A list of ids that refer to other items of the document. */
export const IdListSchema = listOf(IdSchema)

/** A non-empty, trimmed string such as a person's name or a case number. */
export const NameSchema = z.string().check(z.trim(), z.minLength(1))

/** A link target allowed in an `href`: http(s), mailto, or relative and staying on the page's site. */
export const SafeUrlSchema = z.string().check(
  z.refine(isSafeUrl, { params: { code: 'unsafe_url' } }),
  z.meta({
    description: 'An http(s) or mailto URL, or a relative URL that stays on the same site.',
    examples: ['https://intra.kth.se/'],
  }),
)

/** An absolute http(s) URL, as a source must have. */
export const HttpUrlSchema = z
  .string()
  .check(
    z.refine(isHttpUrl, { params: { code: 'invalid_http_url' } }),
    z.meta({ description: 'An absolute http or https URL.' }),
  )

/** Ids of the sources (in the document's `sources`) that back an item. */
export const SourceRefsSchema = listOf(IdSchema).check(
  z.meta({ description: 'Ids of entries in the top-level sources list that back this item.' }),
)

/** A role, such as the University Director, optionally with the person who held it. */
export const RoleSchema = z.strictObject({
  role: LocalizedTextSchema,
  person: z.optional(NameSchema),
  unit: z.optional(IdSchema),
  sources: z.optional(SourceRefsSchema),
})

/** A labelled link. */
export const LinkSchema = z.strictObject({
  label: LocalizedTextSchema,
  url: SafeUrlSchema,
})

/** A positive whole number, such as an order or a count. */
export const PositiveIntSchema = z.int().check(z.minimum(1))

export { PartialDateTextSchema }
