import { type TemplateResult, css, html, nothing } from 'lit'

/** What a card's select button needs. */
export interface SelectActionOptions {
  selected: boolean
  /** The button's text ("Välj"). */
  label: string
  /** What is selected, read after the label: "Välj: Verksamhetsnytta". */
  about: unknown
  /** The visible marker of a selected card ("Vald"), so selection is not shown by colour alone. */
  selectedLabel: string
  onSelect: () => void
}

/** A toggle button that selects a card, with a visible marker while it is selected. */
export function renderSelectAction(options: SelectActionOptions): TemplateResult {
  return html`<div class="actions">
    <button
      type="button"
      class="select"
      part="select"
      aria-pressed=${options.selected ? 'true' : 'false'}
      @click=${options.onSelect}
    >
      ${options.label}<span class="visually-hidden">: ${options.about}</span>
    </button>
    ${options.selected ? html`<span class="marker">${options.selectedLabel}</span>` : nothing}
  </div>`
}

/** The selection after the reader presses an item's select button: pressing the selected one clears it. */
export function nextSelection(current: string | undefined, pressed: string): string | undefined {
  return current === pressed ? undefined : pressed
}

/** Styles of {@link renderSelectAction}: the button row at the foot of a card and its marker. */
export const selectActionStyles = css`
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
`
