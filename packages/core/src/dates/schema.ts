import * as z from 'zod/mini'
import { partialDateExpectation } from './format.js'
import { parsePartialDate } from './partial-date.js'

/** The `params.code` of the issue {@link PartialDateTextSchema} raises, so callers can tell a date problem apart. */
export const INVALID_PARTIAL_DATE = 'invalid_partial_date'

/**
 * A partial date written as text (see {@link parsePartialDate}); surrounding whitespace is trimmed.
 * Text that does not parse fails with a custom issue whose `params.code` is `'invalid_partial_date'`.
 */
export const PartialDateTextSchema = z.string().check(
  z.trim(),
  z.refine((text) => parsePartialDate(text) !== undefined, {
    message: `Not a valid date; expected ${partialDateExpectation('en')}`,
    params: { code: INVALID_PARTIAL_DATE },
  }),
  z.meta({
    // Lets editors see a bad date as they type; the refinement above also rejects impossible days.
    pattern: '^\\s*\\d{4}(-(\\d{2}(-\\d{2})?|[Qq][1-4]|spring|autumn|vår|höst))?\\s*$',
    description:
      'A date known to some precision: a day (YYYY-MM-DD), month (YYYY-MM), quarter (YYYY-Qn), ' +
      'half year (YYYY-spring for January–June, YYYY-autumn for July–December; Swedish vår/höst also accepted) ' +
      'or year (YYYY).',
    examples: ['2022-06-14', '2022-06', '2023-Q1', '2022-spring', '2022-autumn', '2026'],
  }),
)
