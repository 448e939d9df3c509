import type { HeadingLevel, NoteView, OrgChartContent, OrgRow, UnitDetails } from '@kth-vs/core'
import { type TemplateResult, html, nothing } from 'lit'
import { renderHeading } from '../base/heading.js'
import { renderLink } from '../base/sources.js'
import { renderPhrase, renderText } from '../base/text.js'

/**
 * One unit as a WAI-ARIA tree item: the APG navigation tree, where the item is the row itself and
 * owns the group of its children, so its name is its own text and not the text of everything below
 * it. The group stays empty here; the tree fills it one level at a time.
 */
export function renderRow(content: OrgChartContent, row: OrgRow): TemplateResult {
  const { lang, words } = content
  const described = row.changes.length > 0 || row.hasRelations
  const open = row.expanded
  return html`<li role="none">
    <div
      role="treeitem"
      class="node ${row.changes.map((change) => `is-${change.kind}`).join(' ')}"
      part="node"
      data-id=${row.id}
      aria-level=${row.level}
      aria-setsize=${row.setSize}
      aria-posinset=${row.position}
      aria-expanded=${row.hasChildren ? String(open) : nothing}
      aria-selected=${row.selected ? 'true' : nothing}
      aria-owns=${open ? `group-${row.id}` : nothing}
      aria-labelledby=${described ? `name-${row.id} desc-${row.id}` : `name-${row.id}`}
      tabindex=${row.tabStop ? 0 : -1}
    >
      <span class="toggle" aria-hidden="true"></span>
      <span class="name" id="name-${row.id}">${renderText(row.name, lang)}</span>
      ${
        described
          ? html`<span class="description" id="desc-${row.id}">
              ${row.changes.map((change) => html`<span class="badge badge-${change.kind}">${change.label}</span>`)}
              ${
                row.hasRelations
                  ? html`<span class="marker" aria-hidden="true">⇄</span
                      ><span class="visually-hidden">${words.relationMarker}</span>`
                  : nothing
              }
            </span>`
          : nothing
      }
    </div>
    ${open ? html`<ul role="group" id="group-${row.id}"></ul>` : nothing}
  </li>`
}

/** The key to the change badges and to the relation marker. */
export function renderLegend(content: OrgChartContent): TemplateResult | typeof nothing {
  const legend = content.legend
  if (!legend) return nothing
  return html`<div class="legend" part="legend">
    <p class="legend-title">${legend.title}</p>
    <dl>
      ${legend.changes.map(
        (entry) =>
          html`<div class="legend-row">
            <dt><span class="badge badge-${entry.kind}">${entry.badge}</span></dt>
            <dd>${entry.text}</dd>
          </div>`,
      )}
      ${
        legend.relations
          ? html`<div class="legend-row">
              <dt><span class="marker">⇄</span></dt>
              <dd>${legend.relations}</dd>
            </div>`
          : nothing
      }
    </dl>
  </div>`
}

/** The units a comparison removed, under a heading. */
export function renderRemoved(
  content: OrgChartContent,
  level: HeadingLevel,
): TemplateResult | typeof nothing {
  const removed = content.removed
  if (!removed) return nothing
  return html`<section class="removed" aria-labelledby="removed-heading">
    ${renderHeading(level, 'section-title', html`<span id="removed-heading">${removed.title}</span>`)}
    <ul>
      ${removed.units.map(
        (unit) =>
          html`<li>
            <span class="badge badge-removed">${content.words.change.removed}</span>
            ${renderText(unit.name, content.lang)}
            ${unit.formerly ? html`<span class="muted">(${unit.formerly})</span>` : nothing}
          </li>`,
      )}
    </ul>
  </section>`
}

/**
 * The selected unit's details, with its sources behind a disclosure and each note about it behind one
 * that `note` renders.
 */
export function renderDetails(
  content: OrgChartContent,
  details: UnitDetails,
  level: HeadingLevel,
  sources: { open: boolean; toggle(): void },
  note: (note: NoteView, about: unknown) => TemplateResult,
): TemplateResult {
  const { lang, words, common } = content
  const name = renderText(details.name, lang)
  return html`<section class="details" part="details" aria-labelledby="details-heading">
    ${renderHeading(level, 'details-title', html`<span id="details-heading">${name}</span>`)}
    ${details.description ? html`<p>${renderText(details.description, lang)}</p>` : nothing}
    <dl class="facts">
      ${
        details.head
          ? html`<dt>${words.head}</dt>
              <dd>${renderPhrase(details.head, lang)}</dd>`
          : nothing
      }
      <dt>${words.valid}</dt>
      <dd>${details.validity}</dd>
      ${
        details.relations.length > 0
          ? html`<dt>${words.relations}</dt>
              <dd>
                <ul>
                  ${details.relations.map(
                    (relation) =>
                      html`<li>
                        ${renderPhrase(relation.phrase, lang)}${
                          relation.description
                            ? html`<span class="relation-description"
                                >: ${renderText(relation.description, lang)}</span
                              >`
                            : nothing
                        }
                      </li>`,
                  )}
                </ul>
              </dd>`
          : nothing
      }
      ${
        details.links.length > 0
          ? html`<dt>${common.links}</dt>
              <dd>
                <ul>
                  ${details.links.map((link) => html`<li>${renderLink(link, lang)}</li>`)}
                </ul>
              </dd>`
          : nothing
      }
    </dl>
    ${
      details.sources.length > 0
        ? html`<button
              type="button"
              class="sources-toggle"
              aria-expanded=${String(sources.open)}
              aria-controls="unit-sources"
              @click=${sources.toggle}
            >
              ${details.sourcesLabel}
            </button>
            <ul id="unit-sources" class="sources" ?hidden=${!sources.open}>
              ${details.sources.map((source) => html`<li>${renderLink(source, lang)}</li>`)}
            </ul>`
        : nothing
    }
    ${details.notes.map((value) => note(value, name))}
  </section>`
}
