import { type RenderAttributes, isFallbackWidget, renderFallback } from '@kth-vs/cli'
import { type Language, type ProgrammeDocument, validateProgramme } from '@kth-vs/core'
import { vsProgramme } from '@kth-vs/data'
import type { Plugin } from 'vite'

/** Reads one attribute's value from the attribute text of an opening tag: its text, '' when bare, else undefined. */
function attribute(attributes: string, name: string): string | undefined {
  const match = new RegExp(`\\s${name}(?:="([^"]*)")?(?=[\\s/>]|$)`).exec(attributes)
  return match === null ? undefined : (match[1] ?? '')
}

/**
 * The attributes a fallback follows, as written on the element. What they mean (which day, which
 * items) is the core's rule, the same the widget applies, so the two always show the same.
 */
function renderAttributes(attributes: string): RenderAttributes {
  const read = (name: string) => attribute(attributes, name)
  return {
    'as-of': read('as-of'),
    now: read('now'),
    'compare-from': read('compare-from'),
    'compare-to': read('compare-to'),
    'filter-kind': read('filter-kind'),
    'filter-area': read('filter-area'),
    from: read('from'),
    to: read('to'),
    context: read('context') !== undefined,
    view: read('view'),
    root: read('root'),
  }
}

/**
 * Fills every empty widget element on a page (`<vs-timeline …></vs-timeline>`) with the static HTML the
 * `kth-vs render` command makes of the same content, so the page shows it without JavaScript and until
 * the element upgrades.
 */
export function widgetFallbacks(document?: ProgrammeDocument): Plugin {
  const result = document ? undefined : validateProgramme(vsProgramme)
  if (result && !result.ok) throw new Error(`the built-in dataset is invalid: ${result.issues[0]?.pathText}`)
  const data = document ?? (result?.ok ? result.document : undefined)
  return {
    name: 'kth-vs-widget-fallbacks',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        if (!data) return html
        const pageLang = (/<html lang="(sv|en)"/.exec(html)?.[1] ?? 'sv') as Language
        return html.replace(/<(vs-[a-z-]+)([^>]*)><\/\1>/g, (whole, tag: string, attributes: string) => {
          const widget = tag.slice('vs-'.length)
          if (!isFallbackWidget(widget) || attribute(attributes, 'src') !== undefined) return whole
          const lang = attribute(attributes, 'lang')
          const fallback = renderFallback(widget, data, {
            lang: lang === 'sv' || lang === 'en' ? lang : pageLang,
            headingLevel: Number(attribute(attributes, 'heading-level')) || undefined,
            attributes: renderAttributes(attributes),
          })
          return `<${tag}${attributes}>\n${fallback}</${tag}>`
        })
      },
    },
  }
}
