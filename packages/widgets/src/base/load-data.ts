import {
  type ProgrammeDocument,
  type ValidationIssue,
  type ValidationResult,
  issue,
  validateProgramme,
  validateProgrammeJson,
} from '@kth-vs/core'

/** Where a widget's data came from. */
export type DataOrigin = 'property' | 'inline' | 'src' | 'default'

/** A widget's data once loading has settled. */
export type LoadOutcome =
  | { ok: true; document: ProgrammeDocument; origin: DataOrigin }
  | { ok: false; issues: readonly ValidationIssue[]; origin: DataOrigin; retryable: boolean }

/** How a widget finds its data, in order of precedence. */
export interface DataSources {
  /** The `data` property, when set. */
  property: unknown
  /** The text of a child `<script type="application/json">`, when present. */
  inline: string | undefined
  /** The `src` attribute, when set. */
  src: string | undefined
  /** Loads the built-in dataset (lazily, so bundles that pass their own data do not carry it). */
  fallback: () => Promise<unknown>
  /** Aborts a fetch when the element leaves the page or its sources change. */
  signal: AbortSignal
  /** Gives up on `src` after this many milliseconds. */
  timeoutMs: number
}

/**
 * Finds, fetches and validates a widget's data. Never rejects: every failure becomes issues that the
 * widget shows in its language. Rejects only with an AbortError when `signal` aborts.
 */
export async function loadProgramme(sources: DataSources): Promise<LoadOutcome> {
  if (sources.property !== undefined && sources.property !== null) {
    return settle(validateProgramme(sources.property), 'property')
  }
  if (sources.inline !== undefined) return settle(validateProgrammeJson(sources.inline), 'inline')
  if (sources.src) return fetchProgramme(sources.src, sources.signal, sources.timeoutMs)
  try {
    return settle(validateProgramme(await sources.fallback()), 'default')
  } catch (error) {
    return { ok: false, origin: 'default', retryable: true, issues: [fetchIssue('default', String(error))] }
  }
}

function settle(result: ValidationResult, origin: DataOrigin): LoadOutcome {
  return result.ok
    ? { ok: true, document: result.document, origin }
    : { ok: false, issues: result.issues, origin, retryable: false }
}

async function fetchProgramme(src: string, signal: AbortSignal, timeoutMs: number): Promise<LoadOutcome> {
  const timeout = AbortSignal.timeout(timeoutMs)
  const combined = AbortSignal.any([signal, timeout])
  let response: Response
  try {
    response = await fetch(src, { signal: combined, headers: { accept: 'application/json' } })
  } catch (error) {
    if (signal.aborted) throw error
    return failed(timeout.aborted ? fetchIssue('timeout', src, timeoutMs) : fetchIssue('network', src))
  }
  if (!response.ok) return failed(fetchIssue('status', src, response.status))
  const type = response.headers.get('content-type') ?? ''
  if (!/\bjson\b/i.test(type)) return failed(fetchIssue('content-type', src, type || '—'))
  let text: string
  try {
    text = await response.text()
  } catch (error) {
    if (signal.aborted) throw error
    return failed(timeout.aborted ? fetchIssue('timeout', src, timeoutMs) : fetchIssue('network', src))
  }
  return settle(validateProgrammeJson(text), 'src')
}

function failed(found: ValidationIssue): LoadOutcome {
  return { ok: false, origin: 'src', retryable: true, issues: [found] }
}

function fetchIssue(
  kind: 'network' | 'timeout' | 'status' | 'content-type' | 'default',
  what: string,
  detail?: string | number,
): ValidationIssue {
  const where = JSON.stringify(what)
  const messages = {
    network: {
      sv: `${where} kunde inte hämtas; kontrollera adressen och nätverket`,
      en: `${where} could not be fetched; check the address and the network`,
    },
    timeout: {
      sv: `${where} svarade inte inom ${String(detail)} ms; förväntade ett svar i tid`,
      en: `${where} did not answer within ${String(detail)} ms; expected a timely answer`,
    },
    status: {
      sv: `${where} svarade med status ${String(detail)}; förväntade 200 OK`,
      en: `${where} answered with status ${String(detail)}; expected 200 OK`,
    },
    'content-type': {
      sv: `${where} svarade med innehållstypen ${String(detail)}; förväntade application/json`,
      en: `${where} answered with content type ${String(detail)}; expected application/json`,
    },
    default: {
      sv: `den inbyggda datamängden kunde inte laddas (${what})`,
      en: `the built-in dataset could not be loaded (${what})`,
    },
  } as const
  return issue(kind === 'default' ? [] : ['src'], 'fetch_failed', messages[kind])
}
