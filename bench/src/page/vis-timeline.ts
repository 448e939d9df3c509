// In a page with vis-timeline (its standalone build, which brings its own styles): times a timeline of
// the given items with vis-timeline's default options.
import { Timeline } from 'vis-timeline/standalone'
import type { DataItem } from 'vis-timeline/standalone'
import type { VisTimelinePage } from './api.js'
import { countElements, host, twoFrames } from './frames.js'

const page: VisTimelinePage = {
  async render(items) {
    const start = performance.now()
    const container = document.createElement('div')
    host().append(container)
    new Timeline(container, items as DataItem[], {})
    await twoFrames()
    const ms = performance.now() - start
    return { ms, elements: countElements(container) }
  },
}

window.kthBench = page
