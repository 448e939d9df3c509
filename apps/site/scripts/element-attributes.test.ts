import { describe, expect, it } from 'vitest'
import { elementAttributes } from './element-attributes.js'

const attribute = (name: string, type: string, extra: object = {}) => ({
  name,
  type: { text: type },
  ...extra,
})

describe('elementAttributes', () => {
  it('reads each vs- element’s attributes with their types, defaults and deprecation', () => {
    const manifest = {
      modules: [
        {
          path: 'src/timeline/timeline.ts',
          declarations: [
            {
              kind: 'class',
              name: 'VsTimeline',
              tagName: 'vs-timeline',
              attributes: [
                attribute('view', "'auto' | 'list'", { default: "'auto'", fieldName: 'view' }),
                attribute('now', 'IsoDay | undefined', { deprecated: 'Use `as-of`.' }),
                attribute('sync', 'string | undefined', { inheritedFrom: { name: 'VsElement' } }),
              ],
            },
            { kind: 'function', name: 'helper' },
            { kind: 'class', name: 'Other', attributes: [attribute('x', 'string')] },
          ],
        },
      ],
    }
    expect(elementAttributes(manifest)).toEqual({
      'vs-timeline': [
        { name: 'view', type: "'auto' | 'list'", default: "'auto'" },
        { name: 'now', type: 'IsoDay | undefined', deprecated: 'Use `as-of`.' },
        { name: 'sync', type: 'string | undefined' },
      ],
    })
  })

  it('follows attributes kept on the classes an element extends, whatever the module paths', () => {
    const manifest = {
      schemaVersion: '2.1.0',
      modules: [
        {
          path: 'dist/base/vs-element.js',
          declarations: [
            { kind: 'class', name: 'VsElement', attributes: [attribute('sync', 'string | undefined')] },
          ],
        },
        {
          path: 'dist/principle-cards/principle-cards.js',
          declarations: [
            {
              kind: 'class',
              name: 'VsPrincipleCards',
              customElement: true,
              tagName: 'vs-principle-cards',
              superclass: { name: 'VsElement', module: 'dist/base/vs-element.js' },
              attributes: [attribute('heading-level', 'number', { default: '3' })],
            },
          ],
        },
      ],
    }
    expect(elementAttributes(manifest)['vs-principle-cards']?.map((found) => found.name)).toEqual([
      'heading-level',
      'sync',
    ])
  })

  it('reads nothing from a manifest without modules', () => {
    expect(elementAttributes({})).toEqual({})
  })
})
