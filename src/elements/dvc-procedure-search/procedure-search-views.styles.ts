import { css } from 'lit';
import { addStyles } from '../../base/add-styles.js';

/**
 * The rules of the views an answered search shows (procedure-search-views.ts), loaded with them.
 * Filters beside the results when the element has room, folded behind a button below 40rem.
 * Buttons, links and the tokens come from the element's own styles, which these follow.
 */
export const viewStyles = css`
  /* ---- layout ---- */

  .layout {
    display: grid;
    grid-template-columns: minmax(12rem, 18rem) minmax(0, 1fr);
    gap: calc(var(--_space) * 3);
    align-items: start;
  }
  .heading {
    font-size: 1.25em;
    line-height: 1.3;
  }

  /* ---- filters ---- */

  .filters {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .filters-toggle {
    display: none;
    align-self: flex-start;
  }
  .groups {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .facet {
    min-inline-size: 0;
    padding: 0;
    border: 0;
  }
  .facet legend {
    padding: 0;
    margin-block-end: calc(var(--_space) * 0.5);
    font-weight: 600;
  }
  .options {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.25);
    padding: 0;
    list-style: none;
  }
  .check {
    display: flex;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.75);
  }
  .check input {
    flex: none;
    inline-size: 24px;
    block-size: 24px;
    margin: 0;
    accent-color: var(--_primary);
  }
  .check label {
    padding-block: 0.1em;
    cursor: pointer;
  }
  .count {
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
    /* "(1.043)" stays whole, beside its label or on a line of its own. */
    flex: none;
    white-space: nowrap;
  }
  .more {
    margin-block-start: calc(var(--_space) * 0.5);
  }

  /* ---- results ---- */

  .results {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  .results[aria-busy='true'] .list {
    opacity: 0.7;
  }
  .summary {
    color: var(--_muted);
  }
  .applied {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .applied-label {
    font-weight: 600;
  }
  .chips {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    padding: 0;
    list-style: none;
  }
  .chip {
    display: inline-flex;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    min-block-size: max(32px, calc(var(--_target) * 0.8));
    padding: calc(var(--_space) * 0.25) var(--_space);
    border: 2px solid var(--_primary);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_primary);
    text-align: start;
  }
  .chip:hover {
    text-decoration: underline;
  }
  .list {
    display: flex;
    flex-direction: column;
    padding: 0;
    list-style: none;
  }
  .result {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 0.5);
    padding-block: calc(var(--_space) * 1.5);
    border-block-end: 1px solid var(--_border);
  }
  .result:first-child {
    padding-block-start: 0;
  }
  .result-title {
    font-size: 1.0625em;
    line-height: 1.4;
  }
  .result-link {
    font-weight: 600;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 0.25) calc(var(--_space) * 2);
    color: var(--_muted);
  }
  .meta div {
    min-inline-size: 0;
  }
  .meta dt,
  .meta dd {
    display: inline;
  }
  .meta .agency {
    flex-basis: 100%;
  }
  .code {
    font-variant-numeric: tabular-nums;
    white-space: nowrap;
  }
  .badge {
    display: inline-block;
    padding: 0 calc(var(--_space) * 0.75);
    border: 1px solid var(--_muted);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 600;
  }
  .badge.online {
    border-color: var(--_success);
    color: var(--_success);
  }

  .no-results {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .no-results-title {
    font-weight: 600;
    font-size: 1.125em;
  }
  .tips {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 0.5);
    padding-inline-start: 1.25em;
  }

  .pagination ul {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: calc(var(--_space) * 0.5);
    padding: 0;
    list-style: none;
  }
  .page,
  .page-step {
    min-inline-size: var(--_target);
    min-block-size: var(--_target);
    padding: 0 var(--_space);
    border: 2px solid transparent;
    border-radius: var(--_radius);
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    text-underline-offset: 0.15em;
  }
  .page.current {
    border-color: var(--_primary);
    background: var(--_primary);
    color: var(--_on-primary);
    font-weight: 700;
    text-decoration: none;
  }
  .gap {
    padding: 0 calc(var(--_space) * 0.5);
    color: var(--_muted);
  }

  /* ---- detail ---- */

  .detail {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: calc(var(--_space) * 1.5);
  }
  .detail-heading {
    font-size: 1.375em;
  }
  .fields {
    display: grid;
    grid-template-columns: minmax(8rem, 14rem) minmax(0, 1fr);
    inline-size: 100%;
    border-block-start: 1px solid var(--_border);
  }
  .field {
    display: contents;
  }
  .field dt,
  .field dd {
    padding: var(--_space) calc(var(--_space) * 0.5);
    border-block-end: 1px solid var(--_border);
  }
  .field dt {
    font-weight: 600;
  }
  .plain {
    padding-inline-start: 1.25em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .chosen {
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_success);
    color: var(--_success);
    font-weight: 600;
  }

  @container (max-width: 40rem) {
    .layout {
      grid-template-columns: minmax(0, 1fr);
    }
    .filters-toggle {
      display: inline-flex;
    }
    .groups:not(.open) {
      display: none;
    }
    .fields {
      grid-template-columns: minmax(0, 1fr);
    }
    .field dt {
      padding-block-end: 0;
      border-block-end: 0;
    }
  }

  @media (forced-colors: active) {
    .page.current {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
    .chip,
    .badge {
      border-color: CanvasText;
    }
    .check input {
      accent-color: auto;
    }
  }
`;

/** Adds the rules to an element's shadow root, after its own: once per root. */
export const adoptViewStyles = (root: ShadowRoot): void => addStyles(root, [viewStyles]);
