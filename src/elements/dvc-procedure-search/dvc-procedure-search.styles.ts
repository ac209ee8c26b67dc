import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { failure } from '../../base/failure.styles.js';
import { listbox } from '../../base/listbox.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

/**
 * Themed only through the `--_*` tokens. The layout follows the element's own width (a container
 * query), not the viewport's. Matched words are bold (`<mark>`), never told by colour alone. The
 * rules of the results, filters and detail come with those views (procedure-search-views.styles.ts).
 */
export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  listbox,
  failure,
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
      max-block-size: min(22rem, 60vh);
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
    .loading {
      display: flex;
      align-items: center;
      gap: var(--_space);
      color: var(--_muted);
    }

    /* ---- narrow: the button under the field ---- */

    @container (max-width: 40rem) {
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
      mark {
        text-decoration: underline;
      }
    }
  `,
];
