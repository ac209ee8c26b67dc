import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { failure } from '../../base/failure.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  failure,
  css`
    :host {
      display: block;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
      min-inline-size: 0;
    }
    h2 {
      margin: 0;
      font-size: 1.35em;
      line-height: 1.3;
    }
    h2:focus-visible,
    a:focus-visible,
    button:focus-visible,
    input:focus-visible {
      ${focusRing}
    }
    h2:focus:not(:focus-visible) {
      outline: none;
    }
    p {
      margin: 0;
    }
    .lookup {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    label {
      font-weight: 600;
    }
    .hint {
      color: var(--_muted);
    }
    .row {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    input {
      flex: 1 1 16rem;
      min-inline-size: 0;
      min-block-size: var(--_target);
      padding: 0 var(--_space);
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
    }
    input[aria-invalid='true'] {
      border: 2px solid var(--_error);
    }
    .field-error {
      color: var(--_error);
      font-weight: 600;
    }
    button,
    .button {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      min-block-size: var(--_target);
      padding: 0 calc(var(--_space) * 2);
      font: inherit;
      font-weight: 600;
      border-radius: var(--_radius);
      border: 2px solid var(--_primary);
      cursor: pointer;
      max-inline-size: 100%;
      text-align: start;
      text-decoration: none;
      box-sizing: border-box;
    }
    .primary {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .secondary {
      background: var(--_surface);
      color: var(--_primary);
    }
    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.85;
    }
    .busy {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
  `,
];
