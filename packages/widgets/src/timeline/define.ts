import { defineElement } from '../base/define-element.js'
import { VsTimeline } from './timeline.js'

defineElement('vs-timeline', VsTimeline)

declare global {
  interface HTMLElementTagNameMap {
    'vs-timeline': VsTimeline
  }
}

export { VsTimeline }
