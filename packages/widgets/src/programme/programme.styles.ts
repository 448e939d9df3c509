import { css } from 'lit'

export const programmeStyles = css`
  .programme {
    overflow-wrap: anywhere;
  }

  .name {
    margin: 0 0 0.25rem;
    font-size: 1.375rem;
    line-height: 1.25;
  }

  .period {
    margin: 0 0 0.75rem;
    padding-inline-start: 0.625rem;
    border-inline-start: 4px solid var(--_primary);
    font-weight: 600;
  }

  .done .period {
    border-inline-start-color: var(--_border);
  }

  .purpose,
  .item p,
  .problem {
    margin: 0 0 0.5rem;
    line-height: 1.5;
  }

  .facts {
    display: grid;
    gap: 0.25rem;
    margin: 0 0 0.75rem;
  }

  .facts > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.375rem;
  }

  .facts dt {
    font-weight: 600;
  }

  .facts dd {
    margin: 0;
  }

  .facts .list {
    display: block;
  }

  .links,
  .details,
  .lines {
    margin: 0.125rem 0 0;
    padding-inline-start: 1.25rem;
  }

  /* Each link a target of at least 24 px (WCAG 2.5.8), however short its label. */
  .links a,
  .page-title a {
    display: inline-block;
    min-block-size: 1.5rem;
    line-height: 1.5rem;
  }

  .section {
    margin-block-start: 1.5rem;
    padding-block-start: 0.75rem;
    border-block-start: 2px solid var(--_primary);
  }

  .section-title {
    margin: 0 0 0.5rem;
    font-size: 1.125rem;
  }

  .points {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.5rem;
    line-height: 1.5;
  }

  .points li + li,
  .lines li + li {
    margin-block-start: 0.25rem;
  }

  .items {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: 1rem;
  }

  .item {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_background);
  }

  .item-title {
    margin: 0 0 0.25rem;
    font-size: 1rem;
    line-height: 1.35;
  }

  .date,
  .label {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .label {
    font-weight: 600;
  }

  .phases {
    margin: 0 0 0.75rem;
    padding-inline-start: 1.5rem;
  }

  .phase p {
    margin: 0;
  }

  .phase p + p {
    margin-block-start: 0.125rem;
  }

  .phase-name {
    font-weight: 600;
  }

  .status {
    display: inline-block;
    padding: 0 0.375rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    font-size: 0.875rem;
  }

  .phase.ongoing .status {
    border-color: var(--_primary);
    border-width: 2px;
  }

  .phase.upcoming .status,
  .phase.unconfirmed .status {
    border-style: dashed;
  }

  .activities {
    color: var(--_muted);
    font-size: 0.875rem;
  }

  .notes {
    margin-block: 0.5rem;
  }

  @container (max-width: 22rem) {
    .item {
      padding: 0.5rem 0.75rem;
    }
  }

  @media (forced-colors: active) {
    .period,
    .section {
      border-color: CanvasText;
    }
  }
`
