// The iframe embed: renders one widget alone from the query string and tells the host page its height.
import { readEmbedRequest } from './widgets.js'

const root = document.getElementById('embed-root')
const request = readEmbedRequest(location.search)

if (root) {
  if ('tag' in request) {
    document.documentElement.lang = request.lang
    const element = document.createElement(request.tag)
    for (const [name, value] of request.attributes) element.setAttribute(name, value)
    root.append(element)
  } else {
    const message = document.createElement('p')
    message.setAttribute('role', 'alert')
    // The page is Swedish until told otherwise; a refused request still says which language it wanted.
    message.textContent = new URLSearchParams(location.search).get('lang') === 'en' ? request.en : request.sv
    root.append(message)
  }
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
