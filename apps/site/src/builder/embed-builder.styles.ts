import { css } from 'lit'

/**
 * The builder's look: KTH Style's tokens from the page (with KTH's colours as fallbacks), one column
 * that holds at 320 px, a visible focus ring, and system colours in forced-colours mode.
 */
export const embedBuilderStyles = css`
  :host {
    --_primary: var(--color-primary, #004791);
    --_on-primary: var(--color-on-primary, #fff);
    --_text: var(--color-text, #212121);
    --_muted: var(--color-text-muted, #595959);
    --_background: var(--color-background, #fcfcfc);
    --_border: var(--color-border, #a5a5a5);
    --_error: var(--color-error, #a61a0c);
    --_radius: 4px;
    display: block;
    color: var(--_text);
    font: inherit;
  }

  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }

  h2 {
    font-size: 1.375rem;
    line-height: 1.3;
    margin: 0;
  }

  .step {
    margin: 0 0 1.5rem;
    padding: 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
    min-inline-size: 0;
  }

  fieldset.step > legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    margin: 0 0 0.75rem;
  }

  fieldset.step > legend + * {
    clear: both;
  }

  section.step > h2 {
    margin-block-end: 0.75rem;
  }

  .group {
    border: 0;
    margin: 1rem 0 0;
    padding: 0;
    min-inline-size: 0;
  }

  .group > legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: 0.25rem;
  }

  .choices {
    display: grid;
    gap: 0.5rem;
  }

  .choices--widgets {
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 16rem), 1fr));
  }

  .choices--inline {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }

  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: start;
  }

  .choice > input {
    margin: 0.3rem 0 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_primary);
  }

  .choice > label {
    font-weight: 600;
  }

  .choice > .help {
    grid-column: 2;
  }

  .fields {
    display: grid;
    gap: 1rem;
    grid-template-columns: repeat(auto-fill, minmax(min(100%, 18rem), 1fr));
    margin-block-start: 1rem;
  }

  .field {
    display: flex;
    flex-direction: column;
    gap: 0.25rem;
    min-inline-size: 0;
  }

  .field > label,
  .field > legend {
    font-weight: 600;
  }

  .field--check {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: 0.5rem;
    align-items: start;
    align-content: start;
  }

  .field--check > input {
    margin: 0.3rem 0 0;
    inline-size: 1.125rem;
    block-size: 1.125rem;
    accent-color: var(--_primary);
  }

  .field--check > .help {
    grid-column: 2;
  }

  .help {
    margin: 0;
    color: var(--_muted);
    font-size: 0.9375rem;
  }

  .help code,
  .problems code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875em;
    overflow-wrap: anywhere;
  }

  input:not([type='radio'], [type='checkbox']),
  select,
  textarea {
    font: inherit;
    color: var(--_text);
    background: #fff;
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    padding: 0.4rem 0.5rem;
    inline-size: 100%;
    max-inline-size: 100%;
    min-block-size: 2.5rem;
  }

  input[type='file'] {
    padding: 0.3rem;
  }

  textarea.code {
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875rem;
    line-height: 1.4;
    resize: vertical;
    white-space: pre;
    overflow: auto;
  }

  [aria-invalid='true'] {
    border-color: var(--_error);
    border-width: 2px;
  }

  .field-problem {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }

  .panel {
    margin-block-start: 1rem;
    display: grid;
    gap: 1rem;
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }

  button {
    font: inherit;
    cursor: pointer;
    border-radius: var(--_radius);
    border: 1px solid var(--_primary);
    background: #fff;
    color: var(--_primary);
    padding: 0.4rem 0.9rem;
    min-block-size: 2.5rem;
  }

  button:hover {
    background: var(--color-background-alt, #f0f0f0);
  }

  button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 600;
  }

  button.primary:hover {
    background: var(--color-primary-hover, #00336a);
  }

  button.link {
    border: 0;
    background: none;
    padding: 0 0.25rem;
    min-block-size: 1.5rem;
    text-decoration: underline;
    font-size: 0.9375rem;
  }

  :focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }

  .note {
    margin: 0;
    padding: 0.75rem 1rem;
    border-inline-start: 4px solid var(--_primary);
    background: var(--color-background-alt, #f0f0f0);
  }

  .problems {
    margin-block-start: 1rem;
  }

  .problems-summary {
    margin: 0 0 0.5rem;
    font-weight: 600;
    color: var(--_error);
  }

  .problems-ok {
    margin: 0;
    color: var(--color-success, #0d6b3a);
    font-weight: 600;
  }

  .problems-list {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: 0.25rem;
    overflow-wrap: anywhere;
  }

  .where {
    font-weight: 600;
  }

  .line {
    color: var(--_muted);
  }

  .preview {
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    padding: 0.75rem;
    min-inline-size: 0;
    overflow-x: auto;
  }

  .snippet {
    margin: 1rem 0 0.75rem;
  }

  .snippet figcaption {
    font-weight: 600;
    margin-block-end: 0.25rem;
  }

  pre {
    margin: 0;
    padding: 0.75rem;
    background: #fff;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-family: ui-monospace, 'Cascadia Mono', Menlo, Consolas, monospace;
    font-size: 0.875rem;
    line-height: 1.45;
    /* Wrapped rather than scrolled, so the code is readable at 320 px without a second scroll bar. */
    white-space: pre-wrap;
    overflow-wrap: anywhere;
    max-block-size: 24rem;
    overflow-y: auto;
  }

  .status {
    margin: 0.5rem 0 0;
    min-block-size: 1.5em;
  }

  .status:empty {
    min-block-size: 0;
  }

  @media (forced-colors: active) {
    .step,
    .preview,
    pre,
    input:not([type='radio'], [type='checkbox']),
    select,
    textarea,
    button {
      border-color: CanvasText;
    }

    button.primary {
      background: ButtonFace;
      color: ButtonText;
      border: 2px solid ButtonText;
    }

    :focus-visible {
      outline-color: Highlight;
    }

    .note {
      border-inline-start-color: CanvasText;
    }

    .problems-summary,
    .field-problem,
    [aria-invalid='true'] {
      color: CanvasText;
      border-color: Mark;
    }
  }
`
