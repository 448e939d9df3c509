import { html, render } from 'lit'
import { describe, expect, it } from 'vitest'
import { styleProperties } from './style-properties.js'

describe('styleProperties', () => {
  it('sets, updates and removes properties through the CSSOM, never as an attribute string', () => {
    const host = document.createElement('div')
    const attributeWrites: string[] = []
    const observer = new MutationObserver((records) =>
      records.forEach((r) => attributeWrites.push(String(r.attributeName))),
    )
    const view = (props: Record<string, string | number | undefined>) =>
      html`<span ${styleProperties(props)}></span>`
    render(view({ '--x': 3, gridTemplateColumns: 'repeat(2, 1fr)' }), host)
    const span = host.querySelector('span')!
    expect(span.style.getPropertyValue('--x')).toBe('3')
    expect(span.style.getPropertyValue('grid-template-columns')).toBe('repeat(2, 1fr)')
    observer.observe(span, { attributes: true })
    render(view({ '--x': 4 }), host)
    expect(span.style.getPropertyValue('--x')).toBe('4')
    expect(span.style.getPropertyValue('grid-template-columns')).toBe('')
    observer.disconnect()
    // The CSSOM does reflect into the attribute; what matters under CSP is that no string was parsed.
    expect(attributeWrites.every((name) => name === 'style')).toBe(true)
  })
})
