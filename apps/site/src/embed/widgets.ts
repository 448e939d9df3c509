import { isAllowedOrigin } from './embed-policy.js'

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
  programme: { tag: 'vs-programme', attributes: ['heading-level', 'as-of'] },
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

/** Where the embed page may fetch `src` from: its own origin and the deployment's list of data hosts. */
export interface DataHostPolicy {
  /** The embed page's address: relative addresses resolve against it; `'self'` is its origin. */
  pageUrl: string
  /** The `dataHosts` of the deployment's `embed-config.json`. */
  dataHosts: readonly string[]
}

function refusedSrc(src: string): EmbedProblem {
  return {
    sv: `src=${JSON.stringify(src)} är ingen tillåten adress; ange en http(s)-adress`,
    en: `src=${JSON.stringify(src)} is not an allowed address; give an http(s) URL`,
  }
}

function refusedHost(origin: string, dataHosts: readonly string[]): EmbedProblem {
  const list = dataHosts.length > 0 ? dataHosts.join(', ') : '–'
  return {
    sv: `Uppgifter från ${origin} visas inte här: inbäddningssidan hämtar bara från ${list}. Be den som driver sidan att lägga till ${origin} under "dataHosts" i embed-config.json, eller publicera filen på en av de värdarna.`,
    en: `Data from ${origin} is not shown here: the embed page only fetches from ${list}. Ask whoever runs the site to add ${origin} to "dataHosts" in embed-config.json, or publish the file on one of those hosts.`,
  }
}

/**
 * Reads `widget`, `lang`, `src` and the widget's own attributes from an embed URL's query string.
 * Unknown parameters are ignored; an unknown `widget`, a `src` that is not http(s) or one on a host the
 * policy does not list is a problem to show. A relative `src` is resolved against the embed page.
 */
export function readEmbedRequest(search: string, policy: DataHostPolicy): EmbedRequest | EmbedProblem {
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
    let url: URL
    try {
      url = new URL(src, policy.pageUrl)
    } catch {
      return refusedSrc(src)
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return refusedSrc(src)
    if (!isAllowedOrigin(url.href, policy.dataHosts, new URL(policy.pageUrl).origin)) {
      return refusedHost(url.origin, policy.dataHosts)
    }
    attributes.push(['src', url.href])
  }
  for (const name of spec.attributes) {
    const value = params.get(name)
    if (value !== null) attributes.push([name, value])
  }
  return { tag: spec.tag, lang, attributes }
}
