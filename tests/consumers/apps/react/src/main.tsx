import { useState } from 'react'
import { createRoot } from 'react-dom/client'
import '@kth-vs/widgets/principle-cards/define'
import type {} from '@kth-vs/widgets/react'
import { programme } from './programme.js'

function App() {
  const [selected, setSelected] = useState('')
  return (
    <>
      <vs-principle-cards
        lang="en"
        heading-level={2}
        data={programme}
        onvs-select={(event) => setSelected(`${event.detail.kind}:${event.detail.id}`)}
      />
      <output id="selected">{selected}</output>
    </>
  )
}

const root = document.getElementById('root')
if (!root) throw new Error('the page lacks its root')
createRoot(root).render(<App />)
