/** The widgets an iframe embed can show, by the name used in `embed.html?widget=…`. */
export const EMBED_WIDGETS = {
  'org-chart': {
    tag: 'vs-org-chart',
    attributes: [
      'as-of',
      'compare-from',
      'compare-to',
      'layout',
      'root',
      'expand-depth',
      'search',
      'heading-level',
    ],
  },
  timeline: {
    tag: 'vs-timeline',
    attributes: [
      'view',
      'as-of',
      'now',
      'filter-kind',
      'filter-area',
      'from',
      'to',
      'context',
      'controls',
      'zoom',
      'heading-level',
    ],
  },
  'principle-cards': { tag: 'vs-principle-cards', attributes: ['heading-level'] },
  'support-areas': { tag: 'vs-support-areas', attributes: ['view', 'heading-level'] },
  governance: { tag: 'vs-governance', attributes: ['heading-level'] },
} as const

/** A widget name accepted by the embed page. */
export type EmbedWidget = keyof typeof EMBED_WIDGETS

/** What the embed page should render, read from its query string. */
export interface EmbedRequest {
  tag: string
  lang: 'sv' | 'en'
  attributes: [name: string, value: string][]
}

/** Why a query string could not be shown, in both languages. */
export interface EmbedProblem {
  sv: string
  en: string
}

// Only the same site, or http(s) elsewhere: never javascript:, data: or other schemes.
function isAllowedSrc(src: string): boolean {
  try {
    const url = new URL(src, 'https://embed.invalid/')
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/**
 * Reads `widget`, `lang`, `src` and the widget's own attributes from an embed URL's query string.
 * Unknown parameters are ignored; anything unsafe or unknown in `widget` or `src` is a problem to show.
 */
export function readEmbedRequest(search: string): EmbedRequest | EmbedProblem {
  const params = new URLSearchParams(search)
  const widget = params.get('widget') ?? ''
  if (!Object.hasOwn(EMBED_WIDGETS, widget)) {
    const known = Object.keys(EMBED_WIDGETS).join(', ')
    return {
      sv: `widget=${JSON.stringify(widget)} finns inte; välj en av ${known}`,
      en: `widget=${JSON.stringify(widget)} does not exist; choose one of ${known}`,
    }
  }
  const spec = EMBED_WIDGETS[widget as EmbedWidget]
  const lang = params.get('lang') === 'en' ? 'en' : 'sv'
  const attributes: [string, string][] = [['lang', lang]]
  const src = params.get('src')
  if (src) {
    if (!isAllowedSrc(src)) {
      return {
        sv: `src=${JSON.stringify(src)} är ingen tillåten adress; ange en http(s)-adress`,
        en: `src=${JSON.stringify(src)} is not an allowed address; give an http(s) URL`,
      }
    }
    attributes.push(['src', src])
  }
  for (const name of spec.attributes) {
    const value = params.get(name)
    if (value !== null) attributes.push([name, value])
  }
  return { tag: spec.tag, lang, attributes }
}
