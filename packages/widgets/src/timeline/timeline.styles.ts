import { css } from 'lit'

/** Styles of `<vs-timeline>`: its state, controls, actions and the list view. */
export const timelineStyles = css`
  :host {
    --_lane-h: var(--vs-timeline-lane-height, 4.5rem);
    --_rail: var(--vs-timeline-rail-color, var(--_border));
    line-height: 1.5;
  }

  .vh {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    border: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }

  p {
    margin: 0;
  }

  a {
    color: var(--_primary);
  }

  .icon {
    inline-size: 1em;
    block-size: 1em;
    flex: none;
    fill: none;
    stroke: currentColor;
    stroke-width: 1.75;
  }

  .icon .fill {
    fill: currentColor;
    stroke: none;
  }

  /* Secondary buttons: outlined, smaller than the base's primary button. */
  .ics,
  .clear,
  .zoom[aria-pressed='false'] {
    color: var(--_primary);
    background: var(--_background);
  }

  .ics,
  .clear {
    min-block-size: 2rem;
    padding: 0.125rem 0.625rem;
    font-size: 0.875rem;
    border-width: 1px;
  }

  .state {
    margin-block-end: 1rem;
  }

  .state p {
    font-weight: 600;
  }

  .progress {
    display: block;
    max-inline-size: 24rem;
    block-size: 0.625rem;
    margin-block-start: 0.375rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    overflow: hidden;
    background: var(--_background);
  }

  .progress > span {
    display: block;
    block-size: 100%;
    inline-size: calc(var(--_p, 0) * 100%);
    background: var(--_primary);
  }

  .controls {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem 1.5rem;
    margin-block-end: 1rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  fieldset {
    display: flex;
    flex-wrap: wrap;
    gap: 0 1rem;
    min-inline-size: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }

  legend {
    padding: 0;
    font-weight: 600;
  }

  label {
    display: inline-flex;
    align-items: center;
    gap: 0.375rem;
    min-block-size: 2rem;
  }

  input[type='checkbox'] {
    inline-size: 1.125rem;
    block-size: 1.125rem;
    margin: 0;
    accent-color: var(--_primary);
  }

  .hint {
    flex-basis: 100%;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .chip {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    inline-size: fit-content;
    max-inline-size: 100%;
    margin-block-end: 1rem;
    padding: 0.25rem 0.25rem 0.25rem 0.75rem;
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    margin-block-end: 1rem;
  }

  .count,
  .empty {
    color: var(--_muted);
  }

  /* The list view */

  .year {
    margin: 1.5rem 0 0.5rem;
    font-size: 1.25rem;
    line-height: 1.3;
  }

  .list-view > .year:first-child {
    margin-block-start: 0;
  }

  .items {
    position: relative;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .items::before {
    content: '';
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(0.875rem - 1px);
    border-inline-start: 2px solid var(--_rail);
  }

  .item {
    position: relative;
    margin-block: 0.25rem;
    padding: 0.5rem 0.75rem 0.75rem 2.5rem;
    border: 2px solid transparent;
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }

  .item:focus {
    outline: 3px solid var(--_focus);
    outline-offset: 0;
  }

  .item.is-selected {
    border-color: var(--_primary);
    background: var(--_surface);
  }

  .marker {
    position: absolute;
    inset-block-start: 0.625rem;
    inset-inline-start: 0.125rem;
    display: grid;
    place-items: center;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    font-size: 1.25rem;
    color: var(--_primary);
    background: var(--_background);
  }

  .done .marker {
    color: var(--_text);
  }

  .upcoming .marker,
  .unconfirmed .marker {
    color: var(--_muted);
  }

  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.25rem 0.5rem;
    font-size: 0.875rem;
  }

  .meta time {
    font-weight: 600;
  }

  .meta .kind,
  .meta .item-status {
    display: inline-flex;
    align-items: center;
    gap: 0.25rem;
    padding: 0 0.5rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
  }

  .title {
    margin-block-start: 0.25rem;
    font-weight: 600;
    line-height: 1.4;
  }

  /* The title is the button that selects its item; it reads as the title, not as a control box. */
  /* At least 24 px high, the smallest pointer target WCAG 2.5.8 allows; long titles still wrap. */
  .select {
    display: inline-block;
    min-block-size: 1.5rem;
    margin: 0;
    padding: 0;
    border: 0;
    font: inherit;
    color: inherit;
    text-align: start;
    background: none;
    cursor: pointer;
  }

  .select:hover {
    text-decoration: underline;
  }

  .select:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .select[aria-current='true'] {
    text-decoration: underline;
    text-decoration-thickness: 2px;
  }

  .keys-hint {
    margin: 0 0 0.5rem;
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .description {
    margin-block-start: 0.25rem;
  }

  .relations {
    display: grid;
    gap: 0.125rem;
    margin: 0.5rem 0 0;
    font-size: 0.875rem;
  }

  .relations > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }

  .relations dt {
    font-weight: 600;
  }

  .relations dt::after {
    content: ':';
  }

  .relations dd {
    margin: 0;
  }

  .links {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.75rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  /* Links stand alone here, not in running text, so they keep a 24px target. */
  .links a {
    display: inline-flex;
    align-items: center;
    min-block-size: 1.5rem;
  }

  .ics {
    margin-block-start: 0.5rem;
  }

  .today {
    position: relative;
    display: flex;
    align-items: center;
    gap: 0.5rem;
    margin-block: 0.5rem;
    padding-inline-start: 2.5rem;
    color: var(--_primary);
    font-weight: 700;
  }

  .today::before {
    content: '';
    position: absolute;
    inset-inline-start: 0.4375rem;
    inline-size: 0.875rem;
    block-size: 0.875rem;
    border: 3px solid currentColor;
    background: var(--_background);
    transform: rotate(45deg);
  }

  .today::after {
    content: '';
    flex: 1;
    border-block-start: 2px dashed currentColor;
  }
`

/** The timeline's narrow, forced-colours and print rules; they come after the list's and the axis's. */
export const timelineMediaStyles = css`
  @container (max-width: 30rem) {
    .controls {
      padding: 0.5rem 0.75rem;
    }

    .item {
      padding-inline-end: 0.25rem;
    }
  }

  @media (forced-colors: active) {
    .item {
      border-color: Canvas;
    }

    .item.is-selected,
    .bar .item[aria-current='true'] {
      border-color: Highlight;
    }

    /* The pressed zoom button is filled, as outside forced colours: not only its text tells it apart. */
    .zoom[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }

    .progress > span {
      forced-color-adjust: none;
      background: CanvasText;
    }
  }

  @media print {
    .controls,
    .download,
    .ics,
    .clear,
    .toolbar,
    .progress {
      display: none;
    }

    .item {
      break-inside: avoid;
    }
  }
`
