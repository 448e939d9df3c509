import type { TimelineAxisView, TimelineContent, TimelineZoom } from '@kth-vs/core'
import { html, nothing } from 'lit'
import { styleProperties } from '../base/style-properties.js'
import { renderText } from '../base/text.js'
import {
  ITEM_ID_PREFIX,
  type ItemHandlers,
  KEYS_HINT_ID,
  renderDate,
  renderDetails,
  renderKeysHint,
  renderKind,
  renderToday,
  statusIcon,
} from './timeline-items.js'

/** The axis view: zoom buttons, a scaled axis with a bar per item in its lane, and the focused item's details. */
export function renderAxis(
  content: TimelineContent,
  axis: TimelineAxisView,
  handlers: ItemHandlers & { zoom(value: TimelineZoom): void },
) {
  const { lang, words } = content
  const rows: unknown[] = content.items.map((item, i) => {
    const bar = axis.bars[i]
    return html`<li
      class="bar ${item.status} ${item.kind}"
      ${styleProperties({ '--_x': bar?.x, '--_w': bar?.width, '--_row': bar?.row })}
    >
      <button
        type="button"
        id=${ITEM_ID_PREFIX + item.id}
        class="item"
        part="item"
        data-id=${item.id}
        data-select=${item.id}
        tabindex=${item.tabStop ? 0 : -1}
        aria-current=${item.selected ? 'true' : nothing}
        aria-describedby=${KEYS_HINT_ID}
        @click=${handlers.click}
        @keydown=${handlers.keydown}
        @focusin=${handlers.focusin}
      >
        <span class="bar-meta">${statusIcon(item.status)} ${renderDate(item, true)} ${renderKind(item)}</span>
        <span class="bar-title">${renderText(item.title, lang)}</span>
        <span class="vh">${item.statusLabel}</span>
      </button>
    </li>`
  })
  rows.splice(
    axis.todayAt,
    0,
    renderToday(content, { '--_x': axis.today.x, '--_end': axis.today.alignEnd ? 1 : 0 }),
  )
  const focused = content.items.find((item) => item.tabStop)
  return html`<div class="axis-view" part="axis">
    <div class="toolbar" role="group" aria-label=${words.zoom}>
      ${(['year', 'quarter'] as const).map(
        (value) =>
          html`<button
            type="button"
            class="zoom"
            aria-pressed=${String(axis.zoom === value)}
            @click=${() => handlers.zoom(value)}
          >
            ${value === 'year' ? words.zoomYear : words.zoomQuarter}
          </button>`,
      )}
    </div>
    ${renderKeysHint(content)}
    <div class="scroller">
      <div
        class="canvas"
        ${styleProperties({ '--_years': axis.years, '--_year': `${axis.yearRem}rem`, '--_lanes': axis.lanes })}
      >
        <div class="plot">
          <div class="ticks" aria-hidden="true">
            ${axis.ticks.map(
              (tick) => html`<span class="tick" ${styleProperties({ '--_x': tick.x })}>${tick.label}</span>`,
            )}
          </div>
          <ol class="lanes" part="list" aria-label=${words.label}>
            ${rows}
          </ol>
        </div>
      </div>
    </div>
    ${
      focused
        ? html`<div class="detail" part="detail" role="group" aria-label=${words.focused}>
            ${renderDetails(content, focused, handlers)}
          </div>`
        : nothing
    }
  </div>`
}
