import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

/**
 * The street and house-number fields live in the light DOM (for autofill) and are styled through
 * `::slotted()`; layout declarations are `!important` so a host page's `input { width: 200px }`
 * cannot break them, as in the OTP input.
 */
export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  css`
    :host {
      display: block;
      max-inline-size: 40rem;
    }

    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
    }
    legend {
      padding: 0;
      margin-block-end: var(--_space);
      font-weight: 600;
      font-size: 1.125em;
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 0.5);
      min-inline-size: 0;
    }
    .field.invalid {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: calc(var(--_space) * 1.5);
    }
    .label,
    ::slotted(label) {
      display: block !important;
      float: none !important;
      margin: 0 !important;
      font-weight: 600;
    }
    .hint {
      margin: 0;
      color: var(--_muted);
    }
    .note {
      margin: 0;
      padding: calc(var(--_space) * 0.75) var(--_space);
      border-inline-start: 4px solid var(--_primary);
      background: var(--_surface-alt);
    }
    .error {
      margin: 0;
      color: var(--_error);
      font-weight: 600;
    }
    [hidden] {
      display: none !important;
    }

    .combo {
      position: relative;
    }
    input,
    ::slotted(input) {
      box-sizing: border-box !important;
      display: block !important;
      inline-size: 100% !important;
      max-inline-size: 100% !important;
      min-block-size: var(--_target) !important;
      margin: 0 !important;
      padding: calc(var(--_space) * 0.75) var(--_space) !important;
      border: 2px solid var(--_border) !important;
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_text);
      font: inherit;
    }
    input:focus-visible,
    ::slotted(input:focus-visible) {
      ${focusRing}
    }
    .field.invalid input {
      border-color: var(--_error) !important;
    }
    input:disabled,
    ::slotted(input:disabled) {
      background: var(--_surface-alt);
      color: var(--_muted);
      cursor: not-allowed;
    }

    .loading {
      display: flex;
      align-items: center;
      gap: var(--_space);
      color: var(--_muted);
    }
    .retry {
      align-self: flex-start;
      min-block-size: var(--_target);
      padding: 0 calc(var(--_space) * 1.5);
      border: 2px solid var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      color: var(--_primary);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .retry:focus-visible {
      ${focusRing}
    }

    .line {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
      gap: calc(var(--_space) * 2);
    }
    .line .field:first-child {
      max-inline-size: 100%;
    }

    @media (forced-colors: active) {
      .note,
      .field.invalid {
        border-inline-start-color: CanvasText;
      }
    }
  `,
];
