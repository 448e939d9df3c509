import * as z from 'zod/mini'
import { DOCUMENT_YEARS } from '../validation/limits.js'
import { partialDateExpectation } from './format.js'
import { parsePartialDate } from './partial-date.js'

/** The `params.code` of the issue {@link PartialDateTextSchema} raises, so callers can tell a date problem apart. */
export const INVALID_PARTIAL_DATE = 'invalid_partial_date'

/** The `params.code` of the issue for a date outside {@link DOCUMENT_YEARS}. */
export const DATE_OUT_OF_RANGE = 'date_out_of_range'

/**
 * A partial date written as text (see {@link parsePartialDate}) in the years 1000–2999
 * ({@link DOCUMENT_YEARS}); surrounding whitespace is trimmed. Text that does not parse fails with a
 * custom issue whose `params.code` is `'invalid_partial_date'`, a date in another year with
 * `'date_out_of_range'`.
 */
export const PartialDateTextSchema = z.string().check(
  z.trim(),
  z.refine((text) => parsePartialDate(text) !== undefined, {
    message: `Not a valid date; expected ${partialDateExpectation('en')}`,
    params: { code: INVALID_PARTIAL_DATE },
    abort: true,
  }),
  z.refine(
    (text) => {
      const year = parsePartialDate(text)?.year ?? 0
      return year >= DOCUMENT_YEARS.min && year <= DOCUMENT_YEARS.max
    },
    {
      message: `Outside the years ${DOCUMENT_YEARS.min}–${DOCUMENT_YEARS.max}`,
      params: { code: DATE_OUT_OF_RANGE },
    },
  ),
  z.meta({
    // Lets editors see a bad date as they type; the refinements above also reject impossible days.
    pattern: '^\\s*[12]\\d{3}(-(\\d{2}(-\\d{2})?|[Qq][1-4]|spring|autumn|vår|höst))?\\s*$',
    description:
      'A date known to some precision: a day (YYYY-MM-DD), month (YYYY-MM), quarter (YYYY-Qn), ' +
      'half year (YYYY-spring for January–June, YYYY-autumn for July–December; Swedish vår/höst also accepted) ' +
      `or year (YYYY), in the years ${DOCUMENT_YEARS.min}–${DOCUMENT_YEARS.max}.`,
    examples: ['2022-06-14', '2022-06', '2023-Q1', '2022-spring', '2022-autumn', '2026'],
  }),
)
