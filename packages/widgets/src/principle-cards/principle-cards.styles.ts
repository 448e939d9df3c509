import { css } from 'lit'

export const principleCardsStyles = css`

  /* The grid follows the space the widget has, not the window: the host is an inline-size container. */
  @container (min-width: 34rem) {
    .cards {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--vs-card-min-inline-size, 16rem)), 1fr));
    }
  }

  .title {
    display: flex;
    align-items: baseline;
    gap: 0.625rem;
    margin: 0;
    font-size: 1.125rem;
    line-height: 1.3;
  }

  .number {
    flex: none;
    display: inline-grid;
    place-items: center;
    inline-size: 2rem;
    block-size: 2rem;
    border-radius: 50%;
    background: var(--_primary);
    color: var(--_background);
    font-weight: 700;
  }

  .summary,
  .details,
  .variants,

  .variants {
    margin-block-start: 0.5rem;
    color: var(--_muted);
  }

  .disclosure-group:not(.note) .disclosure {
    color: var(--_primary);
  }

  .sources {
    margin: 0;
    padding-inline-start: 1.25rem;
    line-height: 1.5;
  }

  a {
    color: var(--_primary);
  }

  .notes {
    margin-block-start: 1rem;
  }

  .empty {
    color: var(--_muted);
  }

  @media (forced-colors: active) {
    .number {
      forced-color-adjust: none;
      background: CanvasText;
      color: Canvas;
    }

    .select[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
    }
  }

  @media print {

    .actions,

  }
`
