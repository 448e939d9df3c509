import { defineElement } from '../base/define-element.js'
import { VsProgramme } from './programme.js'

defineElement('vs-programme', VsProgramme)

declare global {
  interface HTMLElementTagNameMap {
    'vs-programme': VsProgramme
  }
}

export { VsProgramme }
