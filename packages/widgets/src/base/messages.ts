import type { Language } from '@kth-vs/core'

/** Texts every widget shows while loading or when its data fails. */
export const baseMessages: Record<
  Language,
  { loading: string; invalid: string; fetchFailed: string; renderFailed: string; retry: string }
> = {
  sv: {
    loading: 'Laddar…',
    invalid: 'Uppgifterna kunde inte visas eftersom de innehåller fel:',
    fetchFailed: 'Uppgifterna kunde inte hämtas:',
    renderFailed: 'Innehållet kunde inte visas:',
    retry: 'Försök igen',
  },
  en: {
    loading: 'Loading…',
    invalid: 'The data cannot be shown because it has errors:',
    fetchFailed: 'The data could not be fetched:',
    renderFailed: 'The content could not be shown:',
    retry: 'Try again',
  },
}
