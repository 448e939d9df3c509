import '@kth-vs/widgets/principle-cards/define'
import { programme } from './programme.js'

const cards = document.querySelector('vs-principle-cards')
const output = document.querySelector('output')
if (!cards || !output) throw new Error('the page lacks its element')

cards.data = programme
cards.addEventListener('vs-select', (event) => {
  // The listener knows this element's detail: its kind can only be 'principle'.
  const kind: 'principle' = event.detail.kind
  output.textContent = `${kind}:${event.detail.id}`
})
