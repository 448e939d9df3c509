export { VsPrincipleCards } from './principle-cards.js'
