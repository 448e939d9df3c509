/*
 * KTH VS kit: resizes embedded widget iframes to their content.
 * Put it once on the host page: <script src="https://…/kth-vs-embed.js" async></script>
 * It only acts on messages from an iframe on the page whose src has the sender's origin.
 */
;(() => {
  if (window.kthVsEmbed) return
  window.kthVsEmbed = true
  window.addEventListener('message', (event) => {
    const data = event.data
    if (!data || data.type !== 'kth-vs:resize' || typeof data.height !== 'number') return
    for (const frame of document.querySelectorAll('iframe')) {
      if (frame.contentWindow !== event.source) continue
      let origin
      try {
        origin = new URL(frame.src, location.href).origin
      } catch {
        return
      }
      if (origin !== event.origin) return
      const height = Math.max(0, Math.min(Math.round(data.height), 20000))
      frame.style.height = `${height}px`
      return
    }
  })
})()
