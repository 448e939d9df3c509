import { defineElement } from '../base/define-element.js'
import { VsGovernance } from './governance.js'

defineElement('vs-governance', VsGovernance)

declare global {
  interface HTMLElementTagNameMap {
    'vs-governance': VsGovernance
  }
}

export { VsGovernance }
