import type { LocalizedText } from '@kth-vs/core'

/** The VS programme: the kit's default dataset. */
export const vsProgramme = {
  schemaVersion: 1,
  programme: {
    id: 'vs',
    name: {
      sv: 'Programmet för ett gemensamt och samordnat verksamhetsstöd',
      en: 'Programme for a joint and coordinated support services',
    } satisfies LocalizedText,
  },
} as const
