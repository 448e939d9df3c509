import { css } from 'lit'

export const governanceStyles = css`
  /* Diagram: only where there is room for it; the list below says the same in text. */

  .diagram {
    display: none;
    margin-block-end: 1.5rem;
  }

  @container (min-width: 40rem) {
    .diagram {
      display: block;
    }
  }

  .canvas {
    position: relative;
  }

  .lines {
    position: absolute;
    inset-block-start: 0;
    inset-inline-start: 0;
    overflow: visible;
    pointer-events: none;
  }

  .grid {
    position: relative;
    display: grid;
    column-gap: 1rem;
    row-gap: 3rem;
    align-items: center;
  }

  .box {
    position: relative;
    display: flex;
    flex-direction: column;
    align-items: center;
    justify-content: center;
    gap: 0.25rem;
    min-block-size: 3.5rem;
    padding: 0.5rem 0.75rem;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    color: var(--_text);
    font: inherit;
    line-height: 1.3;
    text-align: center;
    overflow-wrap: anywhere;
  }

  button.box {
    cursor: pointer;
  }

  button.box:hover {
    border-color: var(--_primary);
  }

  .box.unit {
    border-style: dashed;
  }

  .box.selected {
    border: 3px solid var(--_primary);
    box-shadow:
      0 0 0 2px var(--_background),
      0 0 0 4px var(--_primary);
    font-weight: 600;
  }

  .box.member,
  .box.related {
    border-color: var(--_primary);
    background: var(--_surface);
  }

  .box-tag {
    font-size: 0.8125rem;
    font-weight: 600;
    color: var(--_primary);
  }

  .line {
    stroke: var(--_muted);
    stroke-width: 1.5;
    fill: none;
  }

  .line.active {
    stroke: var(--_primary);
    stroke-width: 3;
  }

  .head {
    fill: var(--_muted);
  }

  .head.active {
    fill: var(--_primary);
  }

  .k-prepares-for {
    stroke-dasharray: 7 4;
  }

  .k-member-of {
    stroke-dasharray: 2 3;
  }

  .k-consults {
    stroke-dasharray: 9 3 2 3;
  }

  .k-reports-to {
    stroke-dasharray: 12 3;
  }

  .k-serves {
    stroke-dasharray: 4 4;
  }

  .legend {
    margin-block-start: 1rem;
    font-size: 0.875rem;
    color: var(--_text);
  }

  .legend-title {
    margin: 0 0 0.25rem;
  }

  .legend-items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .legend-items li {
    display: flex;
    align-items: center;
    gap: 0.375rem;
  }

  .sample {
    overflow: visible;
  }

  .sample-box {
    display: inline-block;
    inline-size: 1.5rem;
    block-size: 0.875rem;
    border: 2px dashed var(--_border);
    border-radius: 2px;
  }

  /* The description list: the text form, always shown. */

  .bodies {
    margin: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }

  @container (min-width: 40rem) {
    .bodies {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, 20rem), 1fr));
    }
  }

  .entry {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    padding: 1rem;
    overflow-wrap: anywhere;
  }

  @container (max-width: 22rem) {
    .entry {
      padding: 0.75rem;
    }
  }

  .entry.selected {
    outline: 3px solid var(--_primary);
    outline-offset: -1px;
  }

  .entry.member,
  .entry.related {
    background: var(--_surface);
  }

  .entry-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem;
  }

  .body-name {
    font-size: 1.125rem;
    font-weight: 700;
    line-height: 1.3;
  }

  .entry-actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
  }

  .select[aria-pressed='true'] {
    color: var(--_primary);
    background: var(--_background);
  }

  .marker {
    font-weight: 600;
  }

  .entry dd {
    margin: 0;
    line-height: 1.5;
  }

  .label {
    font-weight: 600;
  }

  .items {
    margin: 0.125rem 0 0;
    padding-inline-start: 1.25rem;
  }

  /* Links a line apart, so each is a target of 24 px (WCAG 2.5.8). */
  .sources .items {
    line-height: 1.5;
  }

  .relation-description {
    display: block;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .missing {
    color: var(--_muted);
    font-style: italic;
  }

  .empty {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .box {
      forced-color-adjust: none;
      color: CanvasText;
      background: Canvas;
      border-color: CanvasText;
    }

    .box.selected,
    .box.member,
    .box.related {
      border-color: Highlight;
      box-shadow: none;
      outline: 2px solid Highlight;
    }

    .box-tag {
      color: CanvasText;
    }

    .line {
      stroke: CanvasText;
    }

    .line.active {
      stroke: Highlight;
    }

    .head {
      fill: CanvasText;
    }

    .head.active {
      fill: Highlight;
    }

    .sample-box {
      border-color: CanvasText;
    }

    .entry.selected {
      outline-color: Highlight;
    }

    .select[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }

  @media print {
    /* The lines were measured for the screen; the list carries everything on paper. */
    .diagram,
    .entry-actions button,
    .bodies {
      display: block;
    }

    .entry {
      break-inside: avoid;
      margin-block-end: 0.5rem;
    }
  }
`
