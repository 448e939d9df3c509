import { css } from 'lit'

/**
 * A list of cards (`<ol class="cards">` of `<li class="card">`), one column until a widget's own
 * container query adds more.
 */
export const cardStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }

  .card {
    display: flex;
    flex-direction: column;
    gap: 0.5rem;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    padding: 1rem 1rem 1.25rem;
    overflow-wrap: anywhere;
  }

  .card.selected {
    outline: 3px solid var(--_primary);
    outline-offset: -1px;
  }

  @container (max-width: 22rem) {
    .card {
      padding: 0.75rem;
    }
  }

  @media (forced-colors: active) {
    .card.selected {
      outline-color: Highlight;
    }
  }

  @media print {
    .cards {
      display: block;
    }

    .card {
      break-inside: avoid;
      margin-block-end: 0.5rem;
    }
  }
`
