import { defineElement } from '../base/define-element.js'
import { VsSupportAreas } from './support-areas.js'

defineElement('vs-support-areas', VsSupportAreas)

declare global {
  interface HTMLElementTagNameMap {
    'vs-support-areas': VsSupportAreas
  }
}

export { VsSupportAreas }
