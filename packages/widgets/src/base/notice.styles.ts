import { css } from 'lit'

/** Styles of a sentence about an attribute the widget could not use (`<p class="notice">`). */
export const noticeStyles = css`
  .notice {
    border-inline-start: 4px solid var(--_error);
    padding: 0.25rem 0.75rem;
  }
`
