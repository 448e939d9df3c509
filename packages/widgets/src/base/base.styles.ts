import { css } from 'lit'

/**
 * Tokens and states shared by every widget. Each colour reads the kit's own property first, then
 * KTH Style's token, then KTH's colour, so a widget looks right on a KTH page with no setup.
 */
export const baseStyles = css`
  :host {
    --_primary: var(--vs-color-primary, var(--color-primary, #004791));
    --_text: var(--vs-color-text, var(--color-text, #212121));
    --_muted: var(--vs-color-text-muted, var(--color-text-muted, #646464));
    --_background: var(--vs-color-background, var(--color-background, #fcfcfc));
    --_surface: var(--vs-color-surface, var(--color-background-alt, #ededed));
    --_border: var(--vs-color-border, var(--color-border, #a5a5a5));
    --_error: var(--vs-color-error, var(--color-error, #c7321d));
    --_focus: var(--vs-color-focus, var(--color-primary, #004791));
    --_radius: var(--vs-radius, 4px);
    display: block;
    color: var(--_text);
    font: inherit;
    container-type: inline-size;
  }

  :host([hidden]) {
    display: none;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  /* Read by screen readers, not shown. */
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

  .status {
    min-block-size: var(--vs-min-block-size, 8rem);
    color: var(--_muted);
    padding: 1rem;
  }

  .error {
    border: 2px solid var(--_error);
    border-radius: var(--_radius);
    padding: 0.75rem 1rem;
    color: var(--_text);
    background: var(--_background);
    overflow-wrap: anywhere;
  }

  .error-title {
    margin: 0 0 0.5rem;
    font-weight: 600;
  }

  .error-list {
    margin: 0;
    padding-inline-start: 1.25rem;
  }

  .error-path {
    font-family: ui-monospace, monospace;
  }

  button {
    font: inherit;
    color: var(--_background);
    background: var(--_primary);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    padding: 0.375rem 0.875rem;
    min-block-size: 44px;
    cursor: pointer;
  }

  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }

  .retry {
    margin-block-start: 0.75rem;
  }

  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      transition: none !important;
      animation: none !important;
      scroll-behavior: auto !important;
    }
  }

  @media (forced-colors: active) {
    :host {
      --_primary: LinkText;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_background: Canvas;
      --_surface: Canvas;
      --_border: CanvasText;
      --_error: CanvasText;
      --_focus: Highlight;
    }

    button {
      forced-color-adjust: none;
      color: ButtonText;
      background: ButtonFace;
      border-color: ButtonText;
    }
  }
`
