import { VsEmbedBuilder } from './embed-builder.js'

// Registered once, even if the module is loaded twice.
if (!customElements.get('vs-embed-builder')) customElements.define('vs-embed-builder', VsEmbedBuilder)

declare global {
  interface HTMLElementTagNameMap {
    'vs-embed-builder': VsEmbedBuilder
  }
}
