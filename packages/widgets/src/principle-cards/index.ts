export { VsPrincipleCards, type PrincipleSelectDetail } from './principle-cards.js'
