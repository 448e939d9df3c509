import { type Language, NOTE_KIND_LABELS, type Note, localize } from '@kth-vs/core'
import { type TemplateResult, css, html } from 'lit'
import { renderText } from './text.js'

/** What a button that shows or hides a panel needs. */
export interface DisclosureOptions {
  /** The panel's id, unique in the shadow root. */
  id: string
  open: boolean
  /** The button's visible text. */
  label: unknown
  /** What the disclosure is about, read out after the label: "Sources: Operational benefit". */
  about: unknown
  panel: unknown
  onToggle: () => void
  /** Extra class on the group, for styling kinds of disclosure apart. */
  className?: string
}

/**
 * A button that shows or hides a panel (the WAI-ARIA disclosure pattern). The panel is always
 * rendered and only hidden, so printing can show it and `aria-controls` always points somewhere.
 */
export function renderDisclosure(options: DisclosureOptions): TemplateResult {
  return html`<div class="disclosure-group ${options.className ?? ''}">
    <button
      type="button"
      class="disclosure"
      part="disclosure"
      aria-expanded=${options.open ? 'true' : 'false'}
      aria-controls=${options.id}
      @click=${options.onToggle}
    >
      ${options.label}<span class="visually-hidden">: ${options.about}</span>
    </button>
    <div class="panel" part="panel" id=${options.id} ?hidden=${!options.open}>${options.panel}</div>
  </div>`
}

/** A note on where sources disagree or are silent, behind a disclosure named for its kind. */
export function renderNote(
  note: Note,
  lang: Language,
  options: Omit<DisclosureOptions, 'label' | 'panel' | 'className'>,
): TemplateResult {
  return renderDisclosure({
    ...options,
    label: NOTE_KIND_LABELS[lang][note.kind],
    panel: html`<p class="note-text">${renderText(localize(note.text, lang), lang)}</p>`,
    className: 'note',
  })
}

/** A copy of `set` with `key` added, or removed if it was there: the next state of a set of open panels. */
export function toggled(set: ReadonlySet<string>, key: string): Set<string> {
  const next = new Set(set)
  if (!next.delete(key)) next.add(key)
  return next
}

/** Styles of {@link renderDisclosure}: a text button with a chevron, and an indented panel. */
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
