import type { ProgrammeDocumentInput } from '@kth-vs/core'

/** The VS programme: the kit's default dataset. */
export const vsProgramme = {
  schemaVersion: 1,
  programme: {
    id: 'vs-programme',
    name: {
      sv: 'Programmet för ett gemensamt och samordnat verksamhetsstöd',
      en: 'Programme for a joint and coordinated support services',
    },
    start: '2022-03',
    newOrganisation: '2023-01-01',
    end: '2026-09-30',
    sources: ['seed_sv', 'timeframe_en'],
  },
  sources: [
    {
      id: 'seed_sv',
      url: 'https://intra.kth.se/styrning/gemensamt-samordnat-verksamhetsstod/vagen-mot-ett-gemensamt-verksamhetsstod-1.1153856',
      title: { sv: 'Vägen mot ett gemensamt verksamhetsstöd' },
      lang: 'sv',
      lastChanged: '2023-01-12',
      read: '2026-11',
    },
    {
      id: 'timeframe_en',
      url: 'https://intra.kth.se/en/styrning/gemensamt-samordnat-verksamhetsstod/tidplan-1.1154063',
      title: { en: 'Time frame' },
      lang: 'en',
      read: '2026-11',
    },
    {
      id: 'principles_sv',
      url: 'https://intra.kth.se/styrning/gemensamt-samordnat-verksamhetsstod/principer-1.1176697',
      title: { sv: 'Principer' },
      lang: 'sv',
      lastChanged: '2022-06-15',
      read: '2026-11',
    },
    {
      id: 'principles_en',
      url: 'https://intra.kth.se/en/styrning/gemensamt-samordnat-verksamhetsstod/principer-1.1176697',
      title: { en: 'Principles' },
      lang: 'en',
      lastChanged: '2022-06-15',
      read: '2026-11',
    },
  ],
  principles: [
    {
      id: 'verksamhetsnytta',
      order: 1,
      title: { sv: 'Verksamhetsnytta', en: 'Operational benefit' },
      summary: {
        sv: 'Stödet är till för lärare, forskare och studenter: det ska ge dem mer tid för kärnuppdraget och samtidigt se till att KTH följer de regler som gäller för en myndighet.',
        en: 'Support is there for teachers, researchers and students: it should give them more time for their core work while making sure KTH keeps the rules that apply to a public agency.',
      },
      sources: ['principles_sv', 'principles_en'],
    },
    {
      id: 'verksamhetsnara',
      order: 2,
      title: { sv: 'Verksamhetsnära', en: 'Close to operations' },
      summary: {
        sv: 'Den som behöver stöd ska uppleva det som nära till hands. Var stödet sitter, på skolan eller centralt, avgörs av vad som fungerar bäst.',
        en: 'Whoever needs support should find it close at hand. Where it sits, in a school or centrally, depends on what works best.',
      },
      variants: [{ sv: 'verksamhetsnärhet' }],
      sources: ['principles_sv', 'principles_en', 'seed_sv'],
    },
    {
      id: 'involvering-delaktighet',
      order: 3,
      title: { sv: 'Involvering och delaktighet', en: 'Involvement and participation' },
      summary: {
        sv: 'Behoven tas fram tillsammans med dem som berörs: lärare, forskare och medarbetare i stödet bjuds in att delta.',
        en: 'Needs are worked out with the people concerned: teachers, researchers and support staff are asked to take part.',
      },
      sources: ['principles_sv', 'principles_en'],
    },
    {
      id: 'arbetskultur-fornyelse',
      order: 4,
      title: { sv: 'Arbetskultur för förnyelse', en: 'Work culture for renewal' },
      summary: {
        sv: 'Utvecklingen sker i små steg och i samarbete med användarna; idéer prövas och erfarenheterna tas till vara.',
        en: 'Change happens in small steps together with users; ideas are tried out and what is learnt is put to use.',
      },
      sources: ['principles_sv', 'principles_en'],
    },
    {
      id: 'omsesidig-respekt',
      order: 5,
      title: { sv: 'Ömsesidig respekt', en: 'Mutual respect' },
      summary: {
        sv: 'Utbildning och forskning behöver både akademiska och administrativa roller, och alla förtjänar samma respekt.',
        en: 'Teaching and research need academic and administrative roles alike, and each deserves the same respect.',
      },
      sources: ['principles_sv', 'principles_en'],
    },
  ],
} satisfies ProgrammeDocumentInput
