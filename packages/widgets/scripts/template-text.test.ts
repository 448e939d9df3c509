import { describe, expect, it } from 'vitest'
import type { CSSResult } from 'lit'
import { baseStyles } from '../src/base/base.styles.js'
import { cardStyles } from '../src/base/cards.styles.js'
import { disclosureStyles } from '../src/base/disclosure.styles.js'
import { noticeStyles } from '../src/base/notice.styles.js'
import { selectActionStyles } from '../src/base/select-action.js'
import { governanceStyles } from '../src/governance/governance.styles.js'
import { orgChartStyles } from '../src/org-chart/org-chart.styles.js'
import { principleCardsStyles } from '../src/principle-cards/principle-cards.styles.js'
import { supportAreasStyles } from '../src/support-areas/support-areas.styles.js'
import { timelineAxisStyles } from '../src/timeline/timeline-axis.styles.js'
import { timelineMediaStyles, timelineStyles } from '../src/timeline/timeline.styles.js'
import { collapseHtml, minifyCss } from './template-text.mjs'

/** The rules a browser reads from a style sheet's text, as it writes them back (white space as one). */
function rules(text: string): string[] {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(text)
  return [...sheet.cssRules].map((rule) => rule.cssText.replace(/\s+/g, ' '))
}

describe('minifyCss', () => {
  it('drops comments, indentation and the space around braces, semicolons and a declaration’s colon', () => {
    expect(minifyCss('\n  /* why */\n  .a,\n  .b > .c {\n    color: red;\n    margin: 0 auto;\n  }\n')).toBe(
      '.a, .b > .c{color:red;margin:0 auto;}',
    )
  })

  it('keeps quoted strings and the space before a pseudo-class in a selector', () => {
    expect(minifyCss(".x  :focus-visible { content: '  /* a */  '; }")).toBe(
      ".x :focus-visible{content:'  /* a */  ';}",
    )
    expect(minifyCss('@media (forced-colors: active) { .a { color: LinkText } }')).toBe(
      '@media (forced-colors: active){.a{color:LinkText}}',
    )
  })

  it('keeps a space next to an interpolation, so nothing is joined across it', () => {
    expect(minifyCss('  padding: ', { first: true, last: false })).toBe('padding: ')
    expect(minifyCss(' 0;\n}', { first: false, last: true })).toBe(' 0;}')
    expect(minifyCss(":host([layout='chart']) {\n  ", { last: false })).toBe(":host([layout='chart']){")
  })

  it.each(
    Object.entries({
      baseStyles,
      cardStyles,
      disclosureStyles,
      noticeStyles,
      selectActionStyles,
      governanceStyles,
      orgChartStyles,
      principleCardsStyles,
      supportAreasStyles,
      timelineStyles,
      timelineAxisStyles,
      timelineMediaStyles,
    } satisfies Record<string, CSSResult>),
  )('leaves the rules of %s as the browser reads them', (_name, styles) => {
    const text = styles.cssText
    expect(minifyCss(text).length).toBeLessThan(text.length)
    expect(rules(minifyCss(text))).toEqual(rules(text))
  })
})

describe('collapseHtml', () => {
  it('turns a line break and its indentation into one space, and leaves the rest', () => {
    expect(collapseHtml('<li\n      class="a"\n      >\n  text  <b>x</b>')).toBe(
      '<li class="a" > text  <b>x</b>',
    )
    expect(collapseHtml(': ')).toBe(': ')
  })
})
