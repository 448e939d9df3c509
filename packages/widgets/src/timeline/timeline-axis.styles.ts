import { css } from 'lit'

/** Styles of the timeline's axis view: its toolbar, the scaled canvas with its lanes, and the detail panel. */
export const timelineAxisStyles = css`
  .toolbar {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.5rem;
  }

  .scroller {
    overflow-x: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .canvas {
    inline-size: calc(var(--_years) * var(--_year) + 10.5rem);
    padding: 0 0.5rem 0.25rem;
  }

  .plot {
    position: relative;
    inline-size: calc(var(--_years) * var(--_year));
    padding-block: 2rem 2.25rem;
  }

  .ticks {
    position: absolute;
    inset: 0;
  }

  .tick {
    position: absolute;
    inset-block: 0;
    inset-inline-start: calc(var(--_x) * 1%);
    padding: 0.25rem 0.375rem 0;
    border-inline-start: 1px solid var(--_border);
    color: var(--_muted);
    font-size: 0.8125rem;
    white-space: nowrap;
  }

  /* One grid row per lane, as tall as its tallest bar, so no bar has to cut its text short
     (WCAG 1.4.12); bars share a row's one cell and stand apart by their start margin. */
  .lanes {
    position: relative;
    display: grid;
    grid-template-columns: 100%;
    grid-auto-rows: minmax(calc(var(--_lane-h) - 0.375rem), auto);
    row-gap: 0.375rem;
    margin: 0;
    padding: 0;
    list-style: none;
  }

  .bar {
    position: relative;
    z-index: 1;
    grid-row: var(--_row);
    grid-column: 1;
    margin-inline-start: calc(var(--_x) * 1%);
    inline-size: max(calc(var(--_w) * 1%), 9rem);
  }

  .bar:focus-within {
    z-index: 2;
  }

  .bar .item {
    display: flex;
    flex-direction: column;
    gap: 0.125rem;
    inline-size: 100%;
    block-size: 100%;
    margin: 0;
    padding: 0.25rem 0.5rem;
    color: var(--_text);
    background: var(--_background);
    border: 2px solid var(--_border);
    font-size: 0.875rem;
    line-height: 1.25;
    text-align: start;
  }

  .bar.done .item {
    background: var(--_surface);
  }

  .bar.ongoing .item {
    border-width: 3px;
    border-color: var(--_primary);
  }

  .bar.upcoming .item {
    border-style: dashed;
  }

  .bar.unconfirmed .item {
    background: var(--_surface);
    border-style: dotted;
  }

  .bar .item[aria-current='true'] {
    border-inline-start-width: 0.5rem;
    border-color: var(--_primary);
  }

  .bar-meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 0.375rem;
    color: var(--_muted);
    font-size: 0.8125rem;
  }

  .bar-meta time {
    color: var(--_text);
    font-weight: 600;
  }

  .bar-title {
    font-weight: 600;
    overflow-wrap: anywhere;
  }

  .lanes > .today {
    position: absolute;
    z-index: 0;
    inset-block: -2rem -2.25rem;
    inset-inline-start: calc(var(--_x) * 1%);
    margin: 0;
    padding: 0;
    border-inline-start: 3px solid var(--_primary);
    font-size: 0.875rem;
  }

  .lanes > .today::before,
  .lanes > .today::after {
    content: none;
  }

  .lanes > .today .today-label {
    position: absolute;
    inset-block-end: 0.375rem;
    inset-inline-start: 0.375rem;
    padding-inline: 0.25rem;
    background: var(--_background);
    white-space: nowrap;
    transform: translateX(calc(var(--_end, 0) * (-100% - 0.75rem - 3px)));
  }

  .detail {
    margin-block-start: 0.75rem;
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-inline-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    overflow-wrap: anywhere;
  }
`
