import { css } from 'lit'

export const supportAreasStyles = css`

  /* Cards */

  /* The grid follows the space the widget has, not the window: the host is an inline-size container. */
  @container (min-width: 36rem) {
    .cards {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--vs-card-min-inline-size, 18rem)), 1fr));
    }
  }

  .title {
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  .summary,
  .variants,

  .variants {
    color: var(--_muted);
  }

  .facts {
    margin: 0;
    display: grid;
    gap: 0.625rem;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
    line-height: 1.5;
  }

  .items {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .missing {
    color: var(--_muted);
    font-style: italic;
  }

  /* Table */

  .table {
    inline-size: 100%;
    border-collapse: collapse;
    line-height: 1.5;
    /* break-word, not anywhere: columns keep room for their longest word while there is room. */
    overflow-wrap: break-word;
  }

  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: 0.5rem;
  }

  th,
  td {
    text-align: start;
    vertical-align: top;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--_border);
  }

  thead th {
    background: var(--_surface);
    color: var(--_text);
  }

  tbody th {
    font-weight: 600;
  }

  tr.selected > * {
    background: var(--_surface);
  }

  tr.selected > th {
    box-shadow: inset 4px 0 0 var(--_primary);
  }

  .row-select {
    display: inline;
    min-block-size: 44px;
    padding: 0.25rem 0.125rem;
    font-weight: 600;
    text-align: start;
    color: var(--_primary);
    background: transparent;
    border-color: transparent;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .row-select[aria-pressed='true'] {
    text-decoration-thickness: 3px;
  }

  th .marker {
    display: block;
    font-weight: 400;
  }

  .cell-label {
    display: none;
  }

  /* In a narrow container each row becomes a block, each cell with its column's name beside it. */
  @container (width < 36rem) {
    .table,
    .table tbody,
    .table tr,
    .table th,
    .table td {
      display: block;
    }

    .table {
      overflow-wrap: anywhere;
    }

    .table thead {
      position: absolute;
      inline-size: 1px;
      block-size: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }

    .table caption {
      display: block;
    }

    .table tr {
      border: 1px solid var(--_border);
      border-block-start: 4px solid var(--_primary);
      border-radius: var(--_radius);
      margin-block-end: 1rem;
    }

    .table th,
    .table td {
      border: 0;
      padding: 0.375rem 0.75rem;
    }

    .table tbody th {
      border-block-end: 1px solid var(--_border);
    }

    .cell-label {
      display: block;
      font-weight: 600;
    }
  }

  /* Notes */

  .notes {
    margin-block-start: 1rem;
  }

  .empty {
    color: var(--_muted);
  }

  @media (forced-colors: active) {

    .select[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }

    .row-select,

    tr.selected > th {
      outline: 3px solid Highlight;
      outline-offset: -3px;
    }
  }

  @media print {
    .cards {
      display: block;
    }

    .card,
    .table tr {
      break-inside: avoid;
    }

    .card {
      margin-block-end: 0.5rem;
    }

    .actions,

    .row-select,

  }

  /* Links a line apart, so each is a target of 24 px (WCAG 2.5.8). */
  .sources {
    margin: 0;
    padding-inline-start: 1.25rem;
    line-height: 1.5;
  }
`
