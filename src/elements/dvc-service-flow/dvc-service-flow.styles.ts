import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { facts } from '../../base/facts.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  facts,
  css`
    :host {
      display: block;
    }
    .base,
    .body,
    form {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
      min-inline-size: 0;
    }
    h2 {
      margin: 0;
      font-size: 1.5em;
      line-height: 1.3;
    }
    h2 > .progress {
      display: block;
      font-size: 0.7em;
      font-weight: 400;
      color: var(--_muted);
    }
    /* One counter on the page: the journey's, not also the wizard's "Bước N / M" under it. */
    dvc-registration-wizard .progress {
      display: none;
    }
    h3 {
      margin: 0 0 var(--_space);
      font-size: 1.1em;
    }
    h2:focus-visible,
    h3:focus-visible,
    .failure:focus-visible,
    button:focus-visible,
    input:focus-visible {
      ${focusRing}
    }
    h2:focus:not(:focus-visible),
    h3:focus:not(:focus-visible),
    .failure:focus:not(:focus-visible) {
      outline: none;
    }
    p {
      margin: 0;
    }
    .steps {
      display: flex;
      flex-wrap: wrap;
      gap: calc(var(--_space) / 2) calc(var(--_space) * 2);
      margin: 0;
      padding: 0;
      list-style: none;
      counter-reset: step;
      font-size: 0.925em;
    }
    .steps li {
      counter-increment: step;
      color: var(--_muted);
    }
    .steps li::before {
      content: counter(step) '. ';
    }
    .steps li.done {
      color: var(--_success);
    }
    .steps li.done::before {
      content: '✓ ' counter(step) '. ';
    }
    .steps li.current {
      color: var(--_primary);
      font-weight: 700;
      text-decoration: underline;
      text-underline-offset: 0.2em;
    }
    fieldset {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
    }
    legend {
      font-weight: 700;
      padding: 0 calc(var(--_space) / 2);
    }
    .field {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    label {
      font-weight: 600;
    }
    .required,
    .field-error {
      color: var(--_error);
    }
    .field-error {
      font-weight: 600;
    }
    input {
      min-block-size: var(--_target);
      max-inline-size: 30rem;
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
    .note {
      color: var(--_muted);
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: calc(var(--_space) / 2);
      text-align: start;
      vertical-align: top;
      border-block-end: 1px solid var(--_border);
      overflow-wrap: anywhere;
    }
    .amount {
      text-align: end;
      white-space: nowrap;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
    }
    .created {
      padding: var(--_space) calc(var(--_space) * 1.5);
      border-inline-start: 4px solid var(--_success);
    }
    .nav {
      display: flex;
      flex-wrap: wrap;
      gap: var(--_space);
    }
    button {
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
    .failure {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: calc(var(--_space) * 1.5);
    }
    .failure p {
      margin-block-end: var(--_space);
      color: var(--_error);
      font-weight: 600;
    }
  `,
];
