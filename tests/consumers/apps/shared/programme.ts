import type { ProgrammeDocumentInput } from '@kth-vs/core'

/** The app's own programme: two principles, so the built-in dataset stays out of the bundle. */
export const programme: ProgrammeDocumentInput = {
  schemaVersion: 1,
  programme: {
    id: 'consumer-app',
    name: { sv: 'Appens program', en: "The app's programme" },
    start: '2024-01',
    end: '2025-12-31',
    sources: ['intranet'],
  },
  sources: [{ id: 'intranet', url: 'https://intra.kth.se/', title: { en: 'KTH intranet' } }],
  principles: [
    {
      id: 'benefit',
      order: 1,
      title: { sv: 'Nytta', en: 'Benefit' },
      summary: { sv: 'Stödet ska vara till nytta.', en: 'Support should be of use.' },
      sources: ['intranet'],
    },
    {
      id: 'closeness',
      order: 2,
      title: { sv: 'Närhet', en: 'Closeness' },
      summary: { sv: 'Stödet ska finnas nära.', en: 'Support should be close at hand.' },
      sources: ['intranet'],
    },
  ],
}
