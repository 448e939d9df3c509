import { isFallbackWidget, renderFallback } from '@kth-vs/cli'
import { type Language, type ProgrammeDocument, validateProgramme } from '@kth-vs/core'
import { vsProgramme } from '@kth-vs/data'
import type { Plugin } from 'vite'

/** Reads one attribute's value from the attribute text of an opening tag. */
function attribute(attributes: string, name: string): string | undefined {
  return new RegExp(`\\s${name}="([^"]*)"`).exec(attributes)?.[1]
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
            now: attribute(attributes, 'now'),
            // A comparison shows the organisation on its later day.
            asOf: attribute(attributes, 'compare-to') ?? attribute(attributes, 'as-of'),
            includeContext: / context(\s|=|$)/.test(attributes),
          })
          return `<${tag}${attributes}>\n${fallback}</${tag}>`
        })
      },
    },
  }
}
