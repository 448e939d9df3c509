import { css } from 'lit'

export const principleCardsStyles = css`
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
    border: 0;
  }

  .cards {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }

  /* The grid follows the space the widget has, not the window: the host is an inline-size container. */
  @container (min-width: 34rem) {
    .cards {
      grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--vs-card-min-inline-size, 16rem)), 1fr));
    }
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
  .note-text {
    margin: 0;
    line-height: 1.5;
  }

  .variants {
    margin-block-start: 0.5rem;
    color: var(--_muted);
  }

  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding-inline: 0.25rem;
    color: var(--_primary);
    background: transparent;
    border-color: transparent;
    text-align: start;
    text-decoration: underline;
    text-underline-offset: 0.2em;
  }

  .disclosure::before {
    content: '';
    flex: none;
    inline-size: 0.45em;
    block-size: 0.45em;
    border-inline-end: 2px solid currentColor;
    border-block-end: 2px solid currentColor;
    transform: rotate(-45deg);
  }

  .disclosure[aria-expanded='true']::before {
    transform: rotate(45deg);
  }

  .note .disclosure {
    color: var(--_text);
  }

  .panel {
    padding: 0.25rem 0 0.5rem 1.25rem;
    border-inline-start: 3px solid var(--_border);
    margin-inline-start: 0.25rem;
  }

  .sources {
    margin: 0;
    padding-inline-start: 1.25rem;
    line-height: 1.5;
  }

  a {
    color: var(--_primary);
  }

  .actions {
    margin-block-start: auto;
    padding-block-start: 0.5rem;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
  }

  .select[aria-pressed='true'] {
    color: var(--_primary);
    background: var(--_background);
  }

  .marker {
    font-weight: 600;
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

    .card.selected {
      outline-color: Highlight;
    }

    .disclosure {
      color: LinkText;
      border-color: transparent;
    }

    .select[aria-pressed='true'] {
      color: HighlightText;
      background: Highlight;
      border-color: Highlight;
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

    .actions,
    .disclosure::before {
      display: none;
    }

    .disclosure {
      min-block-size: 0;
      padding: 0;
      text-decoration: none;
      font-weight: 600;
      color: inherit;
    }

    .panel[hidden] {
      display: block;
    }
  }
`
