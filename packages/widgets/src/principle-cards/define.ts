import { defineElement } from '../base/define-element.js'
import { VsPrincipleCards } from './principle-cards.js'

defineElement('vs-principle-cards', VsPrincipleCards)

declare global {
  interface HTMLElementTagNameMap {
    'vs-principle-cards': VsPrincipleCards
  }
}

export { VsPrincipleCards }
