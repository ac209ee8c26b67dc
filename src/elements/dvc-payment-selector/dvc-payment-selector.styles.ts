import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { facts } from '../../base/facts.styles.js';
import { failure } from '../../base/failure.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  failure,
  facts,
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
    h3 {
      margin: 0 0 var(--_space);
      font-size: 1.1em;
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
    .facts {
      margin: 0 0 var(--_space);
    }
    .code {
      overflow-wrap: anywhere;
      font-variant-numeric: tabular-nums;
    }
    table {
      inline-size: 100%;
      border-collapse: collapse;
    }
    th,
    td {
      padding: calc(var(--_space) / 2) calc(var(--_space) / 2);
      text-align: start;
      vertical-align: top;
      border-block-end: 1px solid var(--_border);
      overflow-wrap: anywhere;
    }
    thead th {
      color: var(--_muted);
      font-weight: 600;
    }
    .amount {
      text-align: end;
      white-space: nowrap;
      font-variant-numeric: tabular-nums;
    }
    tr.group th {
      background: var(--_surface-alt);
      font-weight: 700;
    }
    tr.subtotal th,
    tr.subtotal td {
      font-weight: 600;
    }
    tr.total th,
    tr.total td {
      font-weight: 700;
      font-size: 1.1em;
      border-block-end: 3px double var(--_border);
    }
    fieldset {
      margin: 0;
      padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      min-inline-size: 0;
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    /* Inside the frame, as its first line: a legend on the frame's edge that wraps runs across it. */
    legend {
      float: inline-start;
      inline-size: 100%;
      padding: 0;
      font-weight: 600;
    }
    .field-error {
      margin: 0;
      color: var(--_error);
      font-weight: 600;
    }
    .method {
      display: grid;
      grid-template-columns: auto minmax(0, 1fr);
      align-items: center;
      gap: 0 var(--_space);
      padding: calc(var(--_space) / 2) var(--_space);
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
    }
    .method.chosen {
      border: 2px solid var(--_primary);
    }
    .method input {
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
      accent-color: var(--_primary);
    }
    .method label {
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      min-block-size: var(--_target);
      font-weight: 600;
      cursor: pointer;
    }
    .method.refused label {
      cursor: not-allowed;
      color: var(--_muted);
    }
    .logo {
      block-size: 24px;
      inline-size: auto;
      max-inline-size: 80px;
    }
    .kind,
    .reason {
      grid-column: 2;
      color: var(--_muted);
      font-size: 0.925em;
    }
    .reason {
      color: var(--_text);
      font-style: italic;
    }
    .note {
      margin: 0;
      color: var(--_muted);
    }
    .actions {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--_space);
    }
    .actions .note {
      flex-basis: 100%;
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
    button.primary {
      background: var(--_primary);
      color: var(--_on-primary);
    }
    button.secondary {
      background: var(--_surface);
      color: var(--_primary);
    }
    button[aria-disabled='true'] {
      cursor: progress;
      opacity: 0.85;
    }
    .result {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
      border-inline-start: 4px solid var(--_border);
      padding-inline-start: calc(var(--_space) * 1.5);
    }
    .result.paid,
    .result.already-paid {
      border-color: var(--_success);
    }
    .result.pending {
      border-color: var(--_warning);
    }
    .result.failed,
    .result.cancelled,
    .result.expired,
    .result.error {
      border-color: var(--_error);
    }
    .status-line {
      margin: 0;
      display: flex;
      gap: var(--_space);
      align-items: flex-start;
    }
    .icon {
      flex: none;
      font-weight: 700;
    }
    .receipts ul {
      margin: 0;
      padding-inline-start: calc(var(--_space) * 2.5);
    }
    .receipts li {
      margin-block: calc(var(--_space) / 2);
    }
    a {
      color: var(--_primary);
      display: inline-block;
      min-block-size: 24px;
    }
    .busy {
      display: flex;
      align-items: center;
      gap: var(--_space);
      margin: 0;
    }
    [hidden] {
      display: none !important;
    }
  `,
];
