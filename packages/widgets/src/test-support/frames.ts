import { styleMap } from 'lit/directives/style-map.js'

// Stories render widgets in containers of a phone's and a desktop's width, so both layouts are seen and tested.
/** A 320 px container, as on a small phone. */
export const narrowFrame = styleMap({ maxInlineSize: '320px' })
/** A desktop-wide container. */
export const wideFrame = styleMap({ maxInlineSize: '1200px' })
