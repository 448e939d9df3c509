import { css } from 'lit'

/** Styles of `renderDisclosure`: a text button with a chevron, and an indented panel. */
export const disclosureStyles = css`
  .disclosure {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    padding-inline: 0.25rem;
    color: var(--_text);
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

  .panel {
    padding: 0.25rem 0 0.5rem 1.25rem;
    border-inline-start: 3px solid var(--_border);
    margin-inline-start: 0.25rem;
  }

  .note-text {
    margin: 0;
  }

  @media (forced-colors: active) {
    .disclosure {
      color: LinkText;
      background: transparent;
      border-color: transparent;
    }
  }

  /* On paper every panel shows, under its label. */
  @media print {
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
