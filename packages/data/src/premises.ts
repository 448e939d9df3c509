import type { ProgrammeDocumentInput } from '@kth-vs/core'

// Sourced from the `lokaloptimering` sub-project and the V-2023-0136 decision in
// /work/shared/reference/programme-facts.yaml. Source ids are the YAML registry ids. Texts are our own.

const READ = '2026-11'

const UNIVERSITY_DIRECTOR = { sv: 'universitetsdirektören', en: 'University Director' }
const PRESTUDY_DEPARTMENTS = ['fastighetsavdelningen', 'it-avdelningen', 'personalavdelningen']

/**
 * The premises optimisation project for KTH's support services (Lokaloptimering VS, autumn 2023 –
 * September 2025) as a programme document of its own: its decision, a small organisation around the
 * deciding University Director, the pre-study group, its five phases (two of which overlap) and notes.
 *
 * A second, independent dataset: it shows the document model is not shaped around the VS programme.
 */
export const premisesProgramme = {
  schemaVersion: 1,
  programme: {
    id: 'lokaloptimering-vs',
    name: {
      sv: 'Lokaloptimering för verksamhetsstödet',
      en: 'Premises optimisation for the support services',
    },
    shortName: { sv: 'VS Lokaloptimering', en: 'VS premises optimisation' },
    purpose: {
      sv: 'Projektet skulle gå igenom de lokaler som verksamhetsstödet har på campus, omkring 19 000 m² i sju byggnader, för att ytorna skulle användas bättre, arbetsplatserna delas in i zoner och ekonomin vara i balans 2027.',
      en: 'The project was to go through the premises the support services have on campus, about 19,000 m² in seven buildings, so that the space would be used better, workplaces divided into zones and the finances balanced by 2027.',
    },
    decidedBy: {
      role: UNIVERSITY_DIRECTOR,
      person: 'Kerstin Jacobsson',
      unit: 'university-director',
      sources: ['lokal_main_sv', 'news_2024_05_02_sv'],
    },
    start: '2023-10',
    end: '2025-09',
    links: [
      {
        label: { sv: 'Lokaloptimering (intranätet)', en: 'Premises optimisation (Swedish intranet page)' },
        url: 'https://intra.kth.se/campus/utveckling-och-utbyg/lokaloptimering',
      },
    ],
    sources: ['lokal_main_sv', 'lokal_timeline_sv', 'news_2024_05_02_sv'],
  },

  sources: [
    {
      id: 'lokal_main_sv',
      url: 'https://intra.kth.se/campus/utveckling-och-utbyg/lokaloptimering',
      lang: 'sv',
      read: READ,
    },
    {
      id: 'lokal_timeline_sv',
      url: 'https://intra.kth.se/campus/utveckling-och-utbyg/lokaloptimering/overgripande-tidplan-1.1333166',
      lang: 'sv',
      read: READ,
    },
    {
      id: 'lokal_faq_sv',
      url: 'https://intra.kth.se/campus/utveckling-och-utbyg/lokaloptimering/fragor-och-svar/allmanna-fragor-1.1333340',
      lang: 'sv',
      read: READ,
    },
    {
      id: 'news_2024_05_02_sv',
      url: 'https://intra.kth.se/aktuellt/nyheter/verksamhetsstodets-lokaler-ses-over-1.1335513',
      title: { sv: 'Verksamhetsstödets lokaler ses över' },
      lang: 'sv',
      read: READ,
    },
    {
      id: 'seed_sv',
      url: 'https://intra.kth.se/styrning/gemensamt-samordnat-verksamhetsstod/vagen-mot-ett-gemensamt-verksamhetsstod-1.1153856',
      title: { sv: 'Vägen mot ett gemensamt verksamhetsstöd', en: 'The road to a joint support services' },
      lang: 'sv',
      read: READ,
      lastChanged: '2023-01-12',
    },
    {
      id: 'kth_org_en',
      url: 'https://kth.se/en/om/organisation',
      lang: 'en',
      read: READ,
    },
    {
      id: 'blog_vs_en',
      url: 'https://www.kth.se/blogs/paganginomvs/en/',
      lang: 'en',
      read: READ,
    },
  ],

  decisions: [
    {
      id: 'v-2023-0136',
      caseNumber: 'V-2023-0136',
      date: '2024-05-02',
      dateMeans: 'published',
      title: { sv: 'Beslut om Lokaloptimering VS', en: 'Decision on premises optimisation for VS' },
      decidedBy: { role: UNIVERSITY_DIRECTOR, person: 'Kerstin Jacobsson', unit: 'university-director' },
      summary: {
        sv: 'Universitetsdirektören beslutade att verksamhetsstödets lokaler skulle ses över. Beslutet omfattar ett projektdirektiv och en riktlinje för arbetsplatser i zoner. Det gäller sju byggnader: Valhallavägen 79, Osquars backe 2, Drottning Kristinas Väg 2–8, Osquars backe 31, Brinellvägen 8, Teknikringen 1 och Drottning Kristinas Väg 48. VS lokaler på skolorna ingår inte än.',
        en: 'The University Director decided that the support services’ premises were to be reviewed. The decision includes a project directive and a guideline for zoned workplaces. It covers seven buildings: Valhallavägen 79, Osquars backe 2, Drottning Kristinas Väg 2–8, Osquars backe 31, Brinellvägen 8, Teknikringen 1 and Drottning Kristinas Väg 48. VS premises within the schools are not included yet.',
      },
      sources: ['lokal_main_sv', 'news_2024_05_02_sv', 'lokal_faq_sv'],
    },
  ],

  units: [
    {
      id: 'kth',
      name: { sv: 'KTH', en: 'KTH Royal Institute of Technology' },
      kind: 'university',
      sources: ['kth_org_en'],
    },
    {
      id: 'university-director',
      name: { sv: 'Universitetsdirektören', en: 'University Director' },
      kind: 'university-director',
      parent: 'kth',
      head: {
        role: { sv: 'universitetsdirektör', en: 'University Director' },
        person: 'Kerstin Jacobsson',
      },
      sources: ['seed_sv', 'news_2024_05_02_sv'],
    },
    {
      id: 'vs',
      name: { sv: 'Verksamhetsstöd', en: 'Support Services' },
      shortName: { sv: 'VS', en: 'VS' },
      kind: 'support-organisation',
      parent: 'university-director',
      validFrom: '2023-01-01',
      description: {
        sv: 'Den organisation vars lokaler projektet gäller.',
        en: 'The organisation whose premises the project concerns.',
      },
      sources: ['seed_sv', 'lokal_main_sv'],
    },
    {
      id: 'fastighetsavdelningen',
      name: { sv: 'Fastighetsavdelningen', en: 'Property Department' },
      kind: 'department',
      parent: 'vs',
      validFrom: '2023-01-01',
      head: {
        role: { sv: 'fastighetschef', en: 'Head of Property' },
        person: 'Charlotta Andersson Lund',
        sources: ['blog_vs_en'],
      },
      sources: ['lokal_main_sv'],
    },
    {
      id: 'it-avdelningen',
      name: { sv: 'IT-avdelningen', en: 'IT Department' },
      kind: 'department',
      parent: 'vs',
      validFrom: '2023-01-01',
      sources: ['lokal_main_sv'],
    },
    {
      id: 'personalavdelningen',
      name: { sv: 'Personalavdelningen', en: 'HR Department' },
      kind: 'department',
      parent: 'vs',
      validFrom: '2023-01-01',
      sources: ['lokal_main_sv'],
    },
  ],

  relations: [
    {
      from: 'forstudiegrupp',
      to: 'university-director',
      kind: 'prepares-for',
      description: {
        sv: 'Förstudien tog fram projektdirektivet och riktlinjen för arbetsplatser, som sedan ingår i universitetsdirektörens beslut.',
        en: 'The pre-study produced the project directive and the workplace guideline, which are part of the University Director’s decision.',
      },
      validFrom: '2023-10',
      validTo: '2024-03',
      sources: ['lokal_timeline_sv', 'lokal_main_sv'],
    },
    {
      from: 'forstudiegrupp',
      to: 'vs',
      kind: 'consults',
      description: {
        sv: 'Förstudien innehöll verksamhetsdialog och intervjuer med verksamheten.',
        en: 'The pre-study included dialogue and interviews with the operations.',
      },
      validFrom: '2023-10',
      validTo: '2024-03',
      sources: ['lokal_timeline_sv'],
    },
  ],

  bodies: [
    {
      id: 'forstudiegrupp',
      name: { sv: 'Förstudiens arbetsgrupp', en: 'Pre-study working group' },
      kind: 'working-group',
      purpose: {
        sv: 'Gjorde förstudien från hösten 2023 med deltagare från de tre avdelningar som har mest med lokaler, IT och arbetsmiljö att göra.',
        en: 'Carried out the pre-study from autumn 2023, with people from the three departments most concerned with premises, IT and the working environment.',
      },
      members: [
        {
          role: { sv: 'Fastighetsavdelningen', en: 'Property Department' },
          unit: 'fastighetsavdelningen',
          sources: ['lokal_main_sv'],
        },
        {
          role: { sv: 'IT-avdelningen', en: 'IT Department' },
          unit: 'it-avdelningen',
          sources: ['lokal_main_sv'],
        },
        {
          role: { sv: 'Personalavdelningen', en: 'HR Department' },
          unit: 'personalavdelningen',
          sources: ['lokal_main_sv'],
        },
      ],
      formed: '2023-autumn',
      sources: ['lokal_main_sv'],
    },
  ],

  timeline: [
    {
      id: 'phase-1',
      kind: 'phase',
      start: '2023-10',
      end: '2024-03',
      title: { sv: 'Fas 1: förstudie', en: 'Phase 1: pre-study' },
      description: {
        sv: 'Verksamhetsdialog, beläggningsmätning, intervjuer, inplaceringsskisser, riskanalys, grov kostnadsuppskattning, projektdirektiv och riktlinje för arbetsplatser.',
        en: 'Dialogue with the operations, occupancy measurement, interviews, placement sketches, risk analysis, a rough cost estimate, the project directive and the workplace guideline.',
      },
      bodies: ['forstudiegrupp'],
      units: PRESTUDY_DEPARTMENTS,
      sources: ['lokal_timeline_sv', 'lokal_main_sv'],
    },
    {
      id: 'phase-2',
      kind: 'phase',
      start: '2024-04',
      end: '2024-10',
      title: { sv: 'Fas 2: programskede', en: 'Phase 2: programme stage' },
      description: {
        sv: 'Kommunikations-, projekt- och förändringsplan, ny beläggningsmätning, studiebesök, behovsanalys, sambandsschema, lokalprogram, inplaceringsskisser, kostnadsuppskattning och detaljerad tidplan.',
        en: 'Communication, project and change plans, a new occupancy measurement, study visits, a needs analysis, an adjacency diagram, a space programme, placement sketches, a cost estimate and a detailed schedule.',
      },
      outcomeUnconfirmed: true,
      sources: ['lokal_timeline_sv'],
    },
    {
      id: 'decision',
      kind: 'decision',
      date: '2024-05-02',
      dateMeans: 'published',
      title: {
        sv: 'Universitetsdirektören beslutar om lokaloptimeringen (V-2023-0136)',
        en: 'University Director decides on the premises optimisation (V-2023-0136)',
      },
      units: ['university-director'],
      decisions: ['v-2023-0136'],
      sources: ['news_2024_05_02_sv', 'lokal_main_sv'],
    },
    {
      id: 'phase-3',
      kind: 'phase',
      start: '2024-11',
      end: '2025-04',
      title: {
        sv: 'Fas 3: projektering och upphandlingsunderlag',
        en: 'Phase 3: design and procurement documents',
      },
      description: {
        sv: 'Inventering av möbler, AV och IT, hyresvärdens ombyggnadsplaner, möbleringsplaner, detaljerad kostnadsuppskattning och tidplan samt upphandlingsunderlag.',
        en: 'An inventory of furniture, AV and IT, the landlord’s rebuilding plans, furnishing plans, a detailed cost estimate and schedule, and procurement documents.',
      },
      outcomeUnconfirmed: true,
      sources: ['lokal_timeline_sv'],
    },
    {
      id: 'phase-4',
      kind: 'phase',
      start: '2025-03',
      end: '2025-06',
      title: { sv: 'Fas 4: byggnation och genomförande', en: 'Phase 4: construction and implementation' },
      description: {
        sv: 'Planerat: ytor töms så att de kan byggas om i etapper, möbler, AV och IT upphandlas och leveranser planeras.',
        en: 'Planned: spaces emptied so they can be rebuilt in stages, furniture, AV and IT procured and deliveries planned.',
      },
      outcomeUnconfirmed: true,
      sources: ['lokal_timeline_sv'],
    },
    {
      id: 'phase-5',
      kind: 'phase',
      start: '2025-08',
      end: '2025-09',
      title: { sv: 'Fas 5: färdigställd lokal', en: 'Phase 5: premises completed' },
      description: {
        sv: 'Flyttar, avyttring, besiktning och uppföljning.',
        en: 'Moves, disposal, inspection and follow-up.',
      },
      outcomeUnconfirmed: true,
      sources: ['lokal_timeline_sv'],
    },
    {
      id: 'new-way-of-working',
      kind: 'milestone',
      date: '2025-autumn',
      title: {
        sv: 'Mål: det nya arbetssättet på plats hösten 2025 (preliminärt)',
        en: 'Target: the new way of working in place in autumn 2025 (preliminary)',
      },
      outcomeUnconfirmed: true,
      sources: ['lokal_timeline_sv'],
    },
    {
      id: 'balanced-finances',
      kind: 'milestone',
      date: '2027',
      title: { sv: 'Mål: ekonomi i balans', en: 'Target: balanced finances' },
      outcomeUnconfirmed: true,
      sources: ['lokal_main_sv', 'news_2024_05_02_sv', 'lokal_faq_sv'],
    },
  ],

  notes: [
    {
      id: 'n-phase-overlap',
      kind: 'context',
      about: ['phase-3', 'phase-4'],
      text: {
        sv: 'Enligt den publicerade tidplanen överlappar fas 3 och fas 4 under mars och april 2025. Datumen återges som de står.',
        en: 'In the published schedule, phases 3 and 4 overlap in March and April 2025. The dates are given as published.',
      },
      sources: ['lokal_timeline_sv'],
    },
    {
      id: 'n-decision-date',
      kind: 'unknown',
      about: ['v-2023-0136', 'decision'],
      text: {
        sv: 'Beslutsdagen anges inte. Datumet är nyhetens publiceringsdag (2024-05-02), medan diarienumret är från 2023.',
        en: 'The decision day is not stated. The date is the day the news was published (2024-05-02), while the case number dates from 2023.',
      },
      sources: ['news_2024_05_02_sv', 'lokal_main_sv'],
    },
    {
      id: 'n-start',
      kind: 'context',
      about: ['phase-1', 'forstudiegrupp'],
      text: {
        sv: 'Projektsidan säger att förstudien pågått sedan hösten 2023; tidplanen lägger fas 1 från oktober 2023. Starten anges därför som 2023-10.',
        en: 'The project page says the pre-study has run since autumn 2023; the schedule starts phase 1 in October 2023. The start is therefore given as 2023-10.',
      },
      sources: ['lokal_main_sv', 'lokal_timeline_sv'],
    },
    {
      id: 'n-views',
      kind: 'context',
      about: ['phase-1', 'phase-2'],
      text: {
        sv: 'Över 400 personer har lämnat synpunkter enligt projektets sidor, som inte säger i vilken fas.',
        en: 'More than 400 people gave their views according to the project pages, which do not say in which phase.',
      },
      sources: ['lokal_main_sv', 'news_2024_05_02_sv', 'lokal_faq_sv'],
    },
    {
      id: 'n-exit',
      kind: 'unknown',
      about: ['v-2023-0136', 'balanced-finances'],
      text: {
        sv: 'Om Drottning Kristinas Väg 48 kan lämnas skulle utredas; något utfall har inte hittats.',
        en: 'Whether Drottning Kristinas Väg 48 can be vacated was to be investigated; no outcome has been found.',
      },
      sources: ['lokal_main_sv', 'news_2024_05_02_sv', 'lokal_faq_sv'],
    },
    {
      id: 'n-outcome',
      kind: 'unknown',
      about: ['phase-2', 'phase-3', 'phase-4', 'phase-5', 'new-way-of-working', 'balanced-finances'],
      text: {
        sv: 'Faserna 2–5 och de två målen finns bara i projektets tidplan och sidor. Förstudien är klar enligt nyheten från maj 2024, men ingen källa säger att de senare faserna genomfördes, att lokalerna blev färdiga eller att målen nåddes. Utfallet är därför obekräftat.',
        en: 'Phases 2–5 and the two targets appear only in the project’s schedule and pages. The pre-study is done according to the May 2024 news, but no source says that the later phases were carried out, that the premises were completed or that the targets were met. The outcome is therefore unconfirmed.',
      },
      sources: ['lokal_timeline_sv', 'lokal_main_sv', 'news_2024_05_02_sv'],
    },
    {
      id: 'n-organisation',
      kind: 'context',
      about: ['vs', ...PRESTUDY_DEPARTMENTS],
      text: {
        sv: 'Organisationen är avgränsad till det projektet behöver: avdelningarna visas bara från VS start 2023-01-01, och rektor och skolorna är utelämnade. Hela organisationen över tid finns i VS-datamängden.',
        en: 'The organisation is limited to what the project needs: the departments are shown only from the start of VS on 2023-01-01, and the President and the schools are left out. The full organisation over time is in the VS dataset.',
      },
      sources: ['seed_sv', 'lokal_main_sv'],
    },
  ],
} satisfies ProgrammeDocumentInput
