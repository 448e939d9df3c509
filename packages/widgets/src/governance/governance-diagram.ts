import {
  type Box,
  type GovernanceContent,
  type GraphNode,
  type RelationKind,
  type Segment,
  segments,
} from '@kth-vs/core'
import { type TemplateResult, html, nothing, svg } from 'lit'
import { styleProperties } from '../base/style-properties.js'
import { renderText } from '../base/text.js'

/** Line styles per relation kind: class names of our own, never text from the data. */
const KIND_CLASS: Record<RelationKind, string> = {
  serves: 'k-serves',
  advises: 'k-advises',
  'member-of': 'k-member-of',
  'reports-to': 'k-reports-to',
  'prepares-for': 'k-prepares-for',
  consults: 'k-consults',
}

/** The measured diagram: its size and one line per edge of the graph it was measured for. */
export interface Geometry {
  width: number
  height: number
  lines: (Segment | undefined)[]
}

/** Measures the laid-out boxes of the diagram's grid and works out its lines; undefined while it is not laid out. */
export function measureDiagram(grid: Element, content: GovernanceContent): Geometry | undefined {
  const { graph } = content.diagram
  const frame = grid.getBoundingClientRect()
  if (frame.width === 0 || frame.height === 0 || grid.children.length !== graph.nodes.length) return undefined
  const boxes = new Map<GraphNode, Box>()
  graph.nodes.forEach((node, i) => {
    const rect = grid.children[i]?.getBoundingClientRect()
    if (rect)
      boxes.set(node, {
        x: rect.left - frame.left,
        y: rect.top - frame.top,
        width: rect.width,
        height: rect.height,
      })
  })
  return {
    width: Math.ceil(frame.width),
    height: Math.ceil(frame.height),
    lines: segments(graph.edges, (node) => boxes.get(node)),
  }
}

function arrowHead(id: string, size: number, active: boolean) {
  return svg`<marker
    id=${id}
    viewBox="0 0 10 10"
    refX="9"
    refY="5"
    markerWidth=${size}
    markerHeight=${size}
    orient="auto-start-reverse"
  >
    <path class="head ${active ? 'active' : ''}" d="M0,0 L10,5 L0,10 z" />
  </marker>`
}

/**
 * The diagram of boxes and arrows, hidden from assistive technology: the list says the same in text.
 * A body's box selects it on click, as its button in the list does.
 */
export function renderDiagram(
  content: GovernanceContent,
  geometry: Geometry | undefined,
  choose: (id: string) => void,
): TemplateResult {
  const { lang, words, diagram } = content
  const { graph } = diagram
  const lines = geometry?.lines.length === graph.edges.length ? geometry.lines : []
  return html`<div class="diagram" part="diagram" aria-hidden="true">
    <div class="canvas">
      <svg
        class="lines"
        width=${geometry?.width ?? 0}
        height=${geometry?.height ?? 0}
        viewBox="0 0 ${geometry?.width ?? 0} ${geometry?.height ?? 0}"
        focusable="false"
      >
        <defs>${arrowHead('gv-arrow', 7, false)}${arrowHead('gv-arrow-active', 6, true)}</defs>
        ${lines.map((line, i) => {
          const edge = graph.edges[i]
          if (!line || !edge) return nothing
          const active = diagram.active[i] === true
          return svg`<line
            class="line ${KIND_CLASS[edge.kind]} ${active ? 'active' : ''}"
            x1=${line.x1}
            y1=${line.y1}
            x2=${line.x2}
            y2=${line.y2}
            marker-end=${active ? 'url(#gv-arrow-active)' : 'url(#gv-arrow)'}
          />`
        })}
      </svg>
      <div
        class="grid"
        ${styleProperties({ gridTemplateColumns: `repeat(${graph.columns * 2}, minmax(0, 1fr))` })}
      >
        ${diagram.boxes.map((box) => {
          const place = box.node.place
          const where = styleProperties({
            gridRow: `${place.row + 1}`,
            gridColumn: `${graph.columns - place.of + place.column * 2 + 1} / span 2`,
          })
          const tag = box.tag === undefined ? nothing : html`<span class="box-tag">${box.tag}</span>`
          return box.node.kind === 'body'
            ? html`<button
                type="button"
                tabindex="-1"
                class="box body ${box.state}"
                part="box"
                ${where}
                @click=${() => choose(box.node.id)}
              >
                ${renderText(box.name, lang)} ${tag}
              </button>`
            : html`<div class="box unit ${box.state}" part="box" ${where}>
                ${renderText(box.name, lang)} ${tag}
              </div>`
        })}
      </div>
    </div>
    <div class="legend">
      <p class="legend-title">${words.legend}</p>
      <ul class="legend-items">
        ${diagram.legend.map(
          (entry) =>
            html`<li>
              <svg class="sample" width="44" height="12" viewBox="0 0 44 12" focusable="false">
                ${svg`<line class="line ${KIND_CLASS[entry.kind]}" x1="2" y1="6" x2="40" y2="6" marker-end="url(#gv-arrow)" />`}
              </svg>
              ${entry.label}
            </li>`,
        )}
        ${diagram.unitLegend ? html`<li><span class="sample-box"></span>${diagram.unitLegend}</li>` : nothing}
      </ul>
    </div>
  </div>`
}
