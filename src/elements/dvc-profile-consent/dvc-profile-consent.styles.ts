import { css } from 'lit';
import { failure } from '../../base/failure.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { focusRing, tokens } from '../../base/tokens.styles.js';
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
      gap: var(--_space);
      padding: calc(var(--_space) * 2);
      border: 2px solid var(--_border);
      border-inline-start-width: 6px;
      border-inline-start-color: var(--_primary);
      border-radius: var(--_radius);
      background: var(--_surface);
      overflow-wrap: anywhere;
    }
    /* The card, in the colours of every element's failure box. */
    .failure {
      border-color: var(--_error);
    }
    h2 {
      margin: 0;
      font-size: 1.2em;
      line-height: 1.3;
    }
    p {
      margin: 0;
    }
    dl {
      margin: 0;
      display: grid;
      gap: calc(var(--_space) / 2);
    }
    dl > div {
      display: flex;
      flex-wrap: wrap;
      column-gap: var(--_space);
    }
    dt {
      color: var(--_muted);
    }
    dt::after {
      content: ':';
    }
    dd {
      margin: 0;
      font-weight: 600;
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    button {
      font: inherit;
      font-weight: 600;
      min-block-size: var(--_target);
      padding: 0 calc(var(--_space) * 2);
      border-radius: var(--_radius);
      border: 2px solid var(--_primary);
      background: var(--_surface);
      color: var(--_primary);
      cursor: pointer;
      max-inline-size: 100%;
      align-self: flex-start;
    }
    button.primary {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    button:focus-visible,
    .status:focus-visible {
      ${focusRing}
    }
    .loading {
      display: flex;
      align-items: center;
      gap: var(--_space);
    }
  `,
];
