import { defineElement } from '../base/define-element.js'
import { VsOrgChart } from './org-chart.js'

defineElement('vs-org-chart', VsOrgChart)

declare global {
  interface HTMLElementTagNameMap {
    'vs-org-chart': VsOrgChart
  }
}

export { VsOrgChart }
