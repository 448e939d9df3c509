import type { FilterChoice, TimelineContent } from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { renderText } from '../base/text.js'

function prevent(event: Event): void {
  event.preventDefault()
}

/** The filter form: a checkbox per kind and per support area, and one for the context events. */
export function renderControls(content: TimelineContent, change: (event: Event) => void): TemplateResult {
  const { words, controls, lang } = content
  const box = (name: string, choice: FilterChoice) =>
    html`<label>
      <input
        type="checkbox"
        name=${name}
        .value=${choice.value}
        .checked=${choice.checked}
        @change=${change}
      />
      ${renderText(choice.label, lang)}
    </label>`
  return html`<form class="controls" part="controls" aria-label=${words.filters} @submit=${prevent}>
    <fieldset aria-describedby="hint">
      <legend>${words.kindLegend}</legend>
      ${controls.kinds.map((choice) => box('kind', choice))}
    </fieldset>
    ${
      controls.areas.length
        ? html`<fieldset aria-describedby="hint">
            <legend>${words.areaLegend}</legend>
            ${controls.areas.map((choice) => box('area', choice))}
          </fieldset>`
        : nothing
    }
    <p class="hint" id="hint">${words.filterHint}</p>
    <label class="context">
      <input type="checkbox" name="context" .checked=${controls.context} @change=${change} />
      ${words.showContext}
    </label>
  </form>`
}
