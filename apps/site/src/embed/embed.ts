// The iframe embed: renders one widget alone from the query string and tells the host page its height.
import { DEFAULT_EMBED_CONFIG, checkEmbedConfig } from './embed-policy.js'
import { type EmbedProblem, type EmbedRequest, readEmbedRequest } from './widgets.js'

/**
 * The data hosts the deployment allows, from the `embed-config.json` the server runs with. If it cannot
 * be read, only this site is allowed: the page never opens wider than the deployment said.
 */
async function allowedDataHosts(): Promise<readonly string[]> {
  try {
    const response = await fetch(new URL('embed-config.json', location.href), { cache: 'no-cache' })
    if (!response.ok) return response.status === 404 ? DEFAULT_EMBED_CONFIG.dataHosts : ["'self'"]
    const checked = checkEmbedConfig(await response.json())
    return checked.ok ? checked.config.dataHosts : ["'self'"]
  } catch {
    return ["'self'"]
  }
}

function show(root: HTMLElement, request: EmbedRequest | EmbedProblem): void {
  if ('tag' in request) {
    document.documentElement.lang = request.lang
    const element = document.createElement(request.tag)
    for (const [name, value] of request.attributes) element.setAttribute(name, value)
    root.append(element)
  } else {
    const message = document.createElement('p')
    message.setAttribute('role', 'alert')
    // The page is Swedish until told otherwise; a refused request still says which language it wanted.
    const english = new URLSearchParams(location.search).get('lang') === 'en'
    document.documentElement.lang = english ? 'en' : 'sv'
    message.textContent = english ? request.en : request.sv
    root.append(message)
  }
}

const root = document.getElementById('embed-root')
if (root) {
  const needsHosts = new URLSearchParams(location.search).has('src')
  const dataHosts = needsHosts ? await allowedDataHosts() : []
  show(root, readEmbedRequest(location.search, { pageUrl: location.href, dataHosts }))
}

// The host page's kth-vs-embed.js resizes the iframe to this height; only a number is sent.
let last = 0
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height)
  if (height !== last && window.parent !== window) {
    last = height
    window.parent.postMessage({ type: 'kth-vs:resize', height }, '*')
  }
}).observe(document.documentElement)
