import { css } from 'lit';
import { focusRing, tokens } from '../../base/tokens.styles.js';
import { failure } from '../../base/failure.styles.js';
import { spinner } from '../../base/spinner.styles.js';
import { visuallyHidden } from '../../base/visually-hidden.styles.js';

/** Answers are full-width rows at least `--_target` high, so they reflow at 320 px and are easy to hit. */
export const styles = [
  tokens,
  visuallyHidden,
  spinner,
  failure,
  css`
    :host {
      display: block;
    }
    [hidden] {
      display: none !important;
    }
    .base {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 1.5);
      min-inline-size: 0;
      overflow-wrap: anywhere;
    }
    h2,
    h3 {
      margin: 0;
      line-height: 1.3;
    }
    h2 {
      font-size: 1.375em;
    }
    h3 {
      font-size: 1.2em;
    }
    p {
      margin: 0;
    }
    h3:focus-visible,
    .failure:focus-visible {
      ${focusRing}
    }
    h3:focus:not(:focus-visible),
    .failure:focus:not(:focus-visible) {
      outline: none;
    }
    .code {
      font-weight: 600;
      font-variant-numeric: tabular-nums;
    }
    /* No box of its own: an empty summary adds no gap at the top of the form. */
    dvc-error-summary {
      display: contents;
    }
    form {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) * 2);
    }
    .help,
    .privacy,
    .count,
    .optional {
      color: var(--_muted);
    }
    .optional {
      font-weight: 400;
    }
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-inline-size: 0;
      display: flex;
      flex-direction: column;
      gap: var(--_space);
    }
    fieldset.invalid,
    .comment.invalid {
      border-inline-start: 4px solid var(--_error);
      padding-inline-start: calc(var(--_space) * 1.5);
    }
    /* Inside the fieldset, as its first line, so an unanswered question's bar runs beside all of it. */
    legend {
      float: inline-start;
      inline-size: 100%;
      padding: 0;
      font-weight: 600;
      font-size: 1.0625em;
    }
    .error {
      color: var(--_error);
      font-weight: 600;
    }
    .options {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    .option {
      display: flex;
      align-items: center;
      gap: var(--_space);
      min-block-size: var(--_target);
      padding: calc(var(--_space) / 2) var(--_space);
      box-sizing: border-box;
      border: 1px solid var(--_border);
      border-radius: var(--_radius);
      background: var(--_surface);
      cursor: pointer;
    }
    .option.checked {
      border-color: var(--_primary);
      box-shadow: inset 4px 0 0 var(--_primary);
      background: var(--_surface-alt);
    }
    .option input {
      flex: none;
      inline-size: 24px;
      block-size: 24px;
      margin: 0;
      accent-color: var(--_primary);
      cursor: pointer;
    }
    .option input:focus-visible {
      ${focusRing}
    }
    .option:has(input:focus-visible) {
      border-color: var(--_focus);
    }
    .comment {
      display: flex;
      flex-direction: column;
      gap: calc(var(--_space) / 2);
    }
    .comment-label {
      font-weight: 600;
    }
    textarea {
      font: inherit;
      color: var(--_text);
      background: var(--_surface);
      border: 2px solid var(--_border);
      border-radius: var(--_radius);
      padding: var(--_space);
      min-block-size: calc(var(--_target) * 2);
      inline-size: 100%;
      box-sizing: border-box;
      resize: vertical;
    }
    textarea:focus-visible {
      ${focusRing}
    }
    .comment.invalid textarea {
      border-color: var(--_error);
    }
    .count.over {
      color: var(--_error);
      font-weight: 600;
    }
    .score {
      font-weight: 600;
      font-size: 1.125em;
    }
    button {
      font: inherit;
      font-weight: 600;
      min-block-size: var(--_target);
      padding: 0 calc(var(--_space) * 2);
      border-radius: var(--_radius);
      border: 2px solid var(--_primary);
      cursor: pointer;
      display: inline-flex;
      align-items: center;
      gap: var(--_space);
      max-inline-size: 100%;
    }
    button:focus-visible {
      ${focusRing}
    }
    .primary {
      align-self: flex-start;
      background: var(--_primary);
      color: var(--_on-primary);
    }
    .secondary {
      background: var(--_surface);
      color: var(--_primary);
    }
    button[aria-disabled='true'] {
      cursor: progress;
    }
    .result {
      display: flex;
      flex-direction: column;
      gap: var(--_space);
      padding: calc(var(--_space) * 2);
      border: 2px solid var(--_border);
      border-inline-start-width: 6px;
      border-radius: var(--_radius);
    }
    .result.success {
      border-color: var(--_success);
    }
    @media (forced-colors: active) {
      .option.checked {
        border-width: 3px;
        box-shadow: none;
      }
    }
  `,
];
