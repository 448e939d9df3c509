import type { Language } from '@kth-vs/core'

const sv = {
  today: 'I dag',
  before: (start: string) => `Programmet börjar ${start}`,
  during: (percent: number, end: string) =>
    `Programmet pågår, ${percent} % av tiden har gått (slutar ${end})`,
  after: (end: string) => `Programmet avslutades ${end}`,
  label: 'Tidslinje',
  count: (shown: number, total: number) => `Visar ${shown} av ${total} händelser`,
  empty: 'Inga händelser matchar urvalet.',
  areas: 'Stödområden',
  bodies: 'Organ',
  decisions: 'Beslut',
  units: 'Enheter',
  links: 'Länkar',
  sources: 'Källor',
  downloadAll: 'Ladda ner kalender (.ics)',
  downloadOne: 'Ladda ner (.ics)',
  filteredOn: 'Filtrerat på:',
  clearFilter: 'Ta bort filtret',
  filters: 'Filter',
  kindLegend: 'Typ',
  areaLegend: 'Stödområde',
  filterHint: 'Inga ikryssade rutor visar allt.',
  showContext: 'Visa händelser före programmet',
  zoom: 'Skala',
  zoomYear: 'År',
  zoomQuarter: 'Kvartal',
  focused: 'Händelsen i fokus',
  selectedNow: (title: string) => `Vald: ${title}`,
  file: 'tidslinje',
}

/** The texts of one language. */
export type TimelineMessages = typeof sv

/** Texts of `<vs-timeline>` in both languages. Dates come in already formatted by the core. */
export const timelineMessages: Record<Language, TimelineMessages> = {
  sv,
  en: {
    today: 'Today',
    before: (start: string) => `The programme starts on ${start}`,
    during: (percent: number, end: string) =>
      `The programme is under way, ${percent}% of the time has passed (ends ${end})`,
    after: (end: string) => `The programme ended on ${end}`,
    label: 'Timeline',
    count: (shown: number, total: number) => `Showing ${shown} of ${total} items`,
    empty: 'No items match the selection.',
    areas: 'Support areas',
    bodies: 'Bodies',
    decisions: 'Decisions',
    units: 'Units',
    links: 'Links',
    sources: 'Sources',
    downloadAll: 'Download calendar (.ics)',
    downloadOne: 'Download (.ics)',
    filteredOn: 'Filtered on:',
    clearFilter: 'Remove the filter',
    filters: 'Filters',
    kindLegend: 'Kind',
    areaLegend: 'Support area',
    filterHint: 'With no boxes ticked, everything is shown.',
    showContext: 'Show events before the programme',
    zoom: 'Scale',
    zoomYear: 'Years',
    zoomQuarter: 'Quarters',
    focused: 'The item in focus',
    selectedNow: (title: string) => `Selected: ${title}`,
    file: 'timeline',
  },
}
