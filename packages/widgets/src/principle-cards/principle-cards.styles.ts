import { css } from 'lit'

export const principleCardsStyles = css`
  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--vs-card-min-inline-size, 16rem)), 1fr));
  }

  .card {
    position: relative;
    border: 1px solid var(--_border);
    border-block-start: 4px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_background);
    padding: 1rem 1rem 1.25rem;
    overflow-wrap: anywhere;
  }

  .number {
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_background);
    font-weight: 700;
  }

  .title {
    margin: 0.5rem 0 0.25rem;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  .summary {
    margin: 0;
    line-height: 1.5;
  }

  @media (forced-colors: active) {
    .number {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
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
