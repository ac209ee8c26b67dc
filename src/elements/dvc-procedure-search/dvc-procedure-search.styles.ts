import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

/**
 * Themed only through the `--_*` tokens. The layout follows the element's own width (a container
 * query), not the viewport's: filters beside the results when there is room, folded behind a
 * button below 40rem. Matched words are bold (`<mark>`), never told by colour alone.
 */
export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  css`
    :host {
      display: block;
      container-type: inline-size;
    }

    .base {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }

    [hidden] {
      display: none !important;
    }

    p,
    ul,
    ol,
    dl,
    dd,
    fieldset,
    h2,
    h3 {
      margin: 0;
    }

    mark {
      background: none;
      color: inherit;
      font-weight: 700;
    }

    .icon {
      flex: none;
      inline-size: 1.1em;
      block-size: 1.1em;
    }

    /* ---- buttons ---- */

    button {
      font: inherit;
      cursor: pointer;
    }
    button:focus-visible,
    input:focus-visible,
    a:focus-visible,
    [tabindex='-1']:focus-visible {
      ${focusRing}
    }
    .primary,
    .submit,
    .secondary {
      display: inline-flex;
      align-items: center;
      justify-content: center;
      gap: calc(var(--_space) * 0.75);
      box-sizing: border-box;
      min-block-size: var(--_target);
      padding: calc(var(--_space) * 0.5) calc(var(--_space) * 2);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      font-weight: 600;
      text-align: start;
    }
    .primary,
    .submit {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .secondary {
      background: var(--_surface);
      color: var(--_primary);
    }
    .primary:hover,
    .submit:hover,
    .secondary:hover {
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .link {
      min-block-size: 24px;
      min-inline-size: 24px;
      margin: 0;
      padding: 0.125em 0;
      border: 0;
      background: none;
      color: var(--_primary);
      text-align: start;
      text-decoration: underline;
      text-underline-offset: 0.15em;
    }
    .link:hover {
      text-decoration-thickness: 3px;
    }
    a {
      color: var(--_primary);
      text-underline-offset: 0.15em;
    }

    /* ---- the search field ---- */

    .search {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
    }
    .label {
      font-weight: 600;
      font-size: 1.125em;
    }
    .hint {
      color: var(--_muted);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
      align-items: flex-start;
    }
    .combo {
      position: relative;
      flex: 1 1 16rem;
      min-inline-size: 0;
    }
    input[type='text'] {
      box-sizing: border-box;
      inline-size: 100%;
      min-block-size: var(--_target);
      margin: 0;
      padding: calc(var(--_space) * 0.5) var(--_space);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      /* 16px or more, or iOS zooms the page on focus. */
      font: inherit;
      font-size: max(16px, 1em);
    }
    .submit {
      flex: none;
    }

    .suggestions {
      position: absolute;
      z-index: 2;
      inset-inline: 0;
      inset-block-start: calc(100% + 2px);
      max-block-size: min(22rem, 60vh);
      overflow-y: auto;
      margin: 0;
      padding: calc(var(--_space) * 0.5) 0;
      list-style: none;
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .option {
      display: flex;
      flex-wrap: wrap;
      justify-content: space-between;
      gap: 0 var(--_space);
      min-block-size: 24px;
      padding: calc(var(--_space) * 0.5) var(--_space);
      cursor: pointer;
    }
    .option:hover {
      background: var(--_surface-alt);
    }
    .option.active {
      background: var(--_primary);
      color: var(--_on-primary);
      outline: 2px solid var(--_primary);
      outline-offset: -2px;
    }
    .option-code {
      color: var(--_muted);
      font-variant-numeric: tabular-nums;
    }
    .option.active .option-code {
      color: inherit;
    }

    /* ---- status, errors, loading ---- */

    .alert:empty {
      display: none;
    }
    .error {
      display: flex;
      flex-direction: column;
      align-items: flex-start;
      gap: var(--_space);
      padding: calc(var(--_space) * 1.5);
      border: 2px solid var(--_error);
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
    }
    .error p {
      font-weight: 600;
    }
    .loading {
      display: flex;
      align-items: center;
      gap: var(--_space);
      color: var(--_muted);
    }

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

    /* ---- narrow: one column, filters folded ---- */

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
      .submit {
        flex: 1 1 auto;
      }
    }

    @media (prefers-reduced-motion: reduce) {
      .spinner {
        animation: none;
      }
    }

    @media (forced-colors: active) {
      /* The primary fill's text is a system colour the backplate would hide: plain buttons instead. */
      .primary,
      .submit {
        background: ButtonFace;
        border-color: ButtonText;
        color: ButtonText;
      }
      .option.active,
      .page.current {
        forced-color-adjust: none;
        background: Highlight;
        border-color: Highlight;
        color: HighlightText;
        outline-color: Highlight;
      }
      .suggestions,
      .error,
      .chip,
      .badge {
        border-color: CanvasText;
      }
      mark {
        text-decoration: underline;
      }
      .check input {
        accent-color: auto;
      }
    }
  `,
];
