import { css } from 'lit'

/** The top-down chart: nested lists drawn as boxes joined by connector lines. */
const chartLayout = css`
  /* Room for the focus ring (3px outside a 2px gap), which the scroll container would clip. */
  .scroller {
    overflow-x: auto;
    padding: 0.5rem;
  }

  .tree,
  .tree ul {
    display: flex;
    justify-content: center;
    margin: 0;
    padding: 0;
    border: 0;
  }

  /* As wide as its content, so a chart wider than the container scrolls from its left edge. */
  .tree {
    inline-size: max-content;
    min-inline-size: 100%;
  }

  .tree ul {
    position: relative;
    padding-block-start: 1.25rem;
  }

  /* The line down from a parent to the bar above its children. */
  .tree ul::before {
    content: '';
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 50%;
    block-size: 1.25rem;
    border-inline-start: 2px solid var(--_line);
  }

  .tree li {
    display: flex;
    flex-direction: column;
    align-items: center;
    position: relative;
    padding: 1.25rem 0.25rem 0;
  }

  .tree > li {
    padding-block-start: 0;
  }

  /* Each child draws its half of the bar and its own line down. */
  .tree ul > li::before,
  .tree ul > li::after {
    content: '';
    position: absolute;
    inset-block-start: 0;
    inline-size: 50%;
    block-size: 1.25rem;
    border-block-start: 2px solid var(--_line);
  }

  .tree ul > li::before {
    inset-inline-end: 50%;
  }

  .tree ul > li::after {
    inset-inline-start: 50%;
    border-inline-start: 2px solid var(--_line);
  }

  .tree ul > li:first-child::before,
  .tree ul > li:last-child::after {
    border-block-start: 0;
  }

  .tree ul > li:last-child::before {
    border-inline-end: 2px solid var(--_line);
  }

  .tree ul > li:only-child::before {
    display: none;
  }

  .tree ul > li:only-child::after {
    border-block-start: 0;
  }

  /* Boxes: set through the properties the plain .node rule reads, so the state rules still win. */
  .tree {
    --_node-border: var(--_primary);
    --_node-background: var(--_background);
  }

  .node {
    flex-direction: column;
    align-items: center;
    text-align: center;
    min-inline-size: var(--vs-org-node-min-inline-size, 9rem);
    max-inline-size: 14rem;
  }

  .toggle {
    order: 2;
  }
`

export const orgChartStyles = css`
  :host {
    --_line: var(--vs-org-line, var(--_border));
  }

  .caption {
    font-weight: 600;
    margin: 0 0 0.5rem;
  }

  .tree,
  .tree ul {
    list-style: none;
    margin: 0;
    padding: 0;
  }

  .tree ul {
    margin-inline-start: 0.75rem;
    padding-inline-start: 0.75rem;
    border-inline-start: 1px solid var(--_line);
  }

  .node {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.25rem 0.5rem;
    padding: 0.375rem 0.5rem;
    min-block-size: 2rem;
    border-radius: var(--_radius);
    border: 2px solid var(--_node-border, transparent);
    background: var(--_node-background, transparent);
    cursor: pointer;
    overflow-wrap: anywhere;
  }

  .node:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  /* A thick leading edge as well as the fill, so the selection does not rest on colour or weight alone. */
  .node[aria-selected='true'] {
    background: var(--_surface);
    border-color: var(--_primary);
    border-inline-start-width: 0.5rem;
    font-weight: 600;
  }

  /* 24 by 24 px at least: the smallest pointer target WCAG 2.5.8 allows. */
  .toggle {
    display: inline-grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
  }

  .node[aria-expanded='false'] .toggle::before {
    content: '▸';
  }

  .node[aria-expanded='true'] .toggle::before {
    content: '▾';
  }

  .description {
    display: inline-flex;
    flex-wrap: wrap;
    gap: 0.25rem;
    font-size: 0.875em;
  }

  .badge {
    display: inline-block;
    padding: 0 0.375rem;
    border-radius: var(--_radius);
    border: 1px solid currentColor;
    font-size: 0.875em;
    font-weight: 600;
  }

  .badge-added {
    border-style: solid;
    border-width: 2px;
  }

  .badge-removed {
    text-decoration: line-through;
  }

  .badge-moved {
    border-style: dashed;
  }

  .badge-renamed {
    border-style: dotted;
  }

  .node.is-added {
    border-style: solid;
    border-color: var(--_primary);
  }

  .node.is-moved {
    border-style: dashed;
  }

  .marker {
    font-weight: 700;
  }

  .legend {
    margin-block: 0.5rem 1rem;
    font-size: 0.9375em;
  }

  .legend-title {
    margin: 0;
    font-weight: 600;
  }

  .legend dl {
    margin: 0.25rem 0 0;
    display: grid;
    gap: 0.25rem;
  }

  .legend-row {
    display: flex;
    gap: 0.5rem;
    align-items: baseline;
  }

  /* The key's badges stay whole ("nytt namn"); the description beside them wraps instead. */
  .legend dt {
    flex: none;
    white-space: nowrap;
  }

  .legend dd {
    margin: 0;
  }

  .search {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 0.75rem;
    align-items: center;
    margin-block-end: 0.75rem;
  }

  .search input {
    font: inherit;
    min-block-size: 2.25rem;
    padding: 0.25rem 0.5rem;
    /* The border colour is for dividers and too light (about 2.4:1) for the edge of a field (3:1). */
    border: 2px solid var(--_muted);
    border-radius: var(--_radius);
    color: var(--_text);
    background: var(--_background);
    max-inline-size: 100%;
  }

  .muted {
    color: var(--_muted);
  }

  .details,
  .removed {
    margin-block-start: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    overflow-wrap: anywhere;
  }

  .details-title,
  .section-title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }

  .facts {
    display: grid;
    grid-template-columns: max-content 1fr;
    gap: 0.25rem 1rem;
    margin: 0 0 0.75rem;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .facts ul,
  .removed ul,
  .sources {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  a {
    color: var(--_primary);
  }

  @container (max-width: 30rem) {
    .facts {
      grid-template-columns: 1fr;
    }
  }

  :host([layout='chart']) {
    ${chartLayout}
  }

  @container (min-width: 48rem) {
    :host(:not([layout='list'])) {
      ${chartLayout}
    }
  }

  @media (forced-colors: active) {
    :host {
      --_line: CanvasText;
    }

    .node[aria-selected='true'] {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      border-color: HighlightText;
    }

    .node[aria-selected='true']:focus-visible {
      outline-color: CanvasText;
    }
  }

  @media print {
    .search,
    .sources-toggle {
      display: none;
    }

    .sources[hidden] {
      display: block;
    }
  }
`
