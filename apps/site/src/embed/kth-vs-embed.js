/*
 * KTH VS kit: resizes embedded widget iframes to their content.
 * Put it once on the host page: <script src="https://…/kth-vs-embed.js" async></script>
 * It acts only on a message from one of the page's iframes that shows the kit's embed.html, sent from
 * the origin of that iframe's src, and keeps the height within bounds.
 */
;(() => {
  if (window.kthVsEmbed) return
  window.kthVsEmbed = true
  const MIN_HEIGHT = 50
  const MAX_HEIGHT = 20000

  /** The kit's embed page, or undefined for any other frame. */
  function embedPageOf(frame) {
    const src = frame.getAttribute('src')
    if (!src) return undefined
    try {
      const url = new URL(src, location.href)
      if (url.protocol !== 'https:' && url.protocol !== 'http:') return undefined
      return url.pathname.endsWith('/embed.html') ? url : undefined
    } catch {
      return undefined
    }
  }

  window.addEventListener('message', (event) => {
    const data = event.data
    if (!data || data.type !== 'kth-vs:resize' || typeof data.height !== 'number') return
    if (!Number.isFinite(data.height)) return
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue
      const page = embedPageOf(frame)
      if (!page || page.origin !== event.origin) return
      const height = Math.max(MIN_HEIGHT, Math.min(Math.round(data.height), MAX_HEIGHT))
      frame.style.height = `${height}px`
      return
    }
  })
})()
