import { html, render } from 'lit'
import { describe, expect, it, vi } from 'vitest'
import { styleProperties } from './style-properties.js'

describe('styleProperties', () => {
  it('sets, updates and removes properties through the CSSOM, never as a style attribute string', () => {
    // A strict CSP blocks setting the style attribute from a string; Lit's styleMap does so on first render.
    const setAttribute = vi.spyOn(Element.prototype, 'setAttribute')
    const host = document.createElement('div')
    const view = (props: Record<string, string | number | undefined>) =>
      html`<span ${styleProperties(props)}></span>`
    render(view({ '--x': 3, gridTemplateColumns: 'repeat(2, 1fr)' }), host)
    const span = host.querySelector('span')!
    expect(span.style.getPropertyValue('--x')).toBe('3')
    expect(span.style.getPropertyValue('grid-template-columns')).toBe('repeat(2, 1fr)')
    render(view({ '--x': 4 }), host)
    expect(span.style.getPropertyValue('--x')).toBe('4')
    expect(span.style.getPropertyValue('grid-template-columns')).toBe('')
    expect(setAttribute.mock.calls.filter(([name]) => name === 'style')).toEqual([])
    setAttribute.mockRestore()
  })

  it('refuses to be used anywhere but in element position', () => {
    const host = document.createElement('div')
    expect(() => render(html`<span title=${styleProperties({ '--x': 1 })}></span>`, host)).toThrow(
      /element position/,
    )
  })
})
