// In a page with jQuery and dabeng OrgChart (with its style sheet): times a chart of the given data
// source with OrgChart's default options, every level open.
import $ from 'jquery'
import 'orgchart'
import 'orgchart/dist/css/jquery.orgchart.min.css'
import type { OrgChartPage } from './api.js'
import { countElements, host, twoFrames } from './frames.js'

declare global {
  interface JQuery {
    orgchart(options: { data: unknown }): unknown
  }
}

if (typeof $.fn.orgchart !== 'function') throw new Error('OrgChart did not register with this jQuery')

const page: OrgChartPage = {
  async render(source) {
    const start = performance.now()
    const container = document.createElement('div')
    host().append(container)
    $(container).orgchart({ data: source })
    await twoFrames()
    const ms = performance.now() - start
    return { ms, elements: countElements(container) }
  },
}

window.kthBench = page
