import { css } from 'lit';
import { tokens } from '../../base/tokens.styles.js';

/** The shadow root only holds the theme tokens and a slot: the steps live in the light DOM. */
export const styles = [
  tokens,
  css`
    :host {
      display: block;
      max-inline-size: 40rem;
    }
  `,
];

/** Marks the light-DOM container: the rules below select it by this name. */
export const BODY_ATTRIBUTE = 'data-dvc-registration-wizard';

/**
 * Rules for the light-DOM steps, adopted by the document or shadow root holding the wizard.
 * They use only the `--_*` tokens, which the host defines and its light-DOM children inherit.
 */
export const lightStyles = css`
  [data-dvc-registration-wizard] {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [data-dvc-registration-wizard] * {
    box-sizing: border-box;
  }
  [data-dvc-registration-wizard] .progress {
    margin: 0;
    color: var(--_muted);
  }
  [data-dvc-registration-wizard] h2 {
    margin: 0;
    font-size: 1.5em;
    line-height: 1.3;
  }
  [data-dvc-registration-wizard] h2:focus {
    outline: none;
  }
  [data-dvc-registration-wizard] h2:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [data-dvc-registration-wizard] form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    margin: 0;
  }
  [data-dvc-registration-wizard] fieldset {
    border: 0;
    margin: 0;
    padding: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  [data-dvc-registration-wizard] legend {
    padding: 0;
    margin-block-end: var(--_space);
  }
  [data-dvc-registration-wizard] .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  [data-dvc-registration-wizard] .field.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  [data-dvc-registration-wizard] label {
    font-weight: 600;
  }
  [data-dvc-registration-wizard] .required {
    color: var(--_error);
  }
  [data-dvc-registration-wizard] .hint {
    margin: 0;
    color: var(--_muted);
  }
  /* Hints sit tight under their field; this one ends the waiting text, before its button. */
  [data-dvc-registration-wizard] .hint.time-left {
    margin-block-end: var(--_space);
  }
  [data-dvc-registration-wizard] .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
  [data-dvc-registration-wizard] input[type='text'],
  [data-dvc-registration-wizard] input[type='tel'],
  [data-dvc-registration-wizard] input[type='email'],
  [data-dvc-registration-wizard] input[type='password'] {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    inline-size: 100%;
    max-inline-size: 24rem;
    min-block-size: var(--_target);
    padding: 0 var(--_space);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-dvc-registration-wizard] .invalid input {
    border-color: var(--_error);
  }
  [data-dvc-registration-wizard] input:focus-visible,
  [data-dvc-registration-wizard] button:focus-visible,
  [data-dvc-registration-wizard] a:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [data-dvc-registration-wizard] .choice {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: var(--_target);
  }
  [data-dvc-registration-wizard] .choice input {
    flex: none;
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
  }
  [data-dvc-registration-wizard] .choice label {
    font-weight: 400;
  }
  [data-dvc-registration-wizard] .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
    align-items: center;
  }
  [data-dvc-registration-wizard] button.primary,
  [data-dvc-registration-wizard] button.secondary {
    font: inherit;
    font-weight: 600;
    min-block-size: var(--_target);
    padding: 0 calc(var(--_space) * 2);
    border-radius: var(--_radius);
    border: 2px solid var(--_primary);
    cursor: pointer;
  }
  [data-dvc-registration-wizard] button.primary {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  [data-dvc-registration-wizard] button.secondary {
    background: var(--_surface);
    color: var(--_primary);
  }
  [data-dvc-registration-wizard] button[aria-disabled='true'] {
    opacity: 0.7;
    cursor: progress;
  }
  [data-dvc-registration-wizard] button.link {
    font: inherit;
    background: none;
    border: 0;
    padding: 0.25em 0;
    min-block-size: 24px;
    color: var(--_primary);
    text-decoration: underline;
    cursor: pointer;
    align-self: flex-start;
  }
  [data-dvc-registration-wizard] a {
    color: var(--_primary);
  }
  [data-dvc-registration-wizard] .captcha {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  [data-dvc-registration-wizard] .captcha img {
    block-size: 3rem;
    inline-size: auto;
    max-inline-size: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  [data-dvc-registration-wizard] .rules p {
    margin: 0;
  }
  [data-dvc-registration-wizard] .rules ul {
    margin: 0;
    padding-inline-start: 0;
    list-style: none;
  }
  [data-dvc-registration-wizard] .rules li.ok {
    color: var(--_success);
  }
  [data-dvc-registration-wizard] .notice,
  [data-dvc-registration-wizard] .failure {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  [data-dvc-registration-wizard] .failure {
    border-color: var(--_error);
  }
  [data-dvc-registration-wizard] .failure p,
  [data-dvc-registration-wizard] .notice p {
    margin: 0 0 calc(var(--_space) / 2);
  }
  [data-dvc-registration-wizard] dl {
    margin: 0;
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
  }
  [data-dvc-registration-wizard] .review-row {
    display: flex;
    flex-wrap: wrap;
    gap: 0 calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
    padding-block-end: var(--_space);
  }
  [data-dvc-registration-wizard] .review-row dt {
    font-weight: 600;
    flex: 1 1 10rem;
  }
  [data-dvc-registration-wizard] .review-row dd {
    margin: 0;
    flex: 2 1 12rem;
  }
  [data-dvc-registration-wizard] .review-row dd.change {
    flex: 0 0 auto;
  }
  [data-dvc-registration-wizard] .done-panel {
    padding: calc(var(--_space) * 2);
    background: var(--_success);
    color: var(--_on-primary);
    border-radius: var(--_radius);
  }
  [data-dvc-registration-wizard] .done-panel h2 {
    color: inherit;
  }
  [data-dvc-registration-wizard] dialog.timeout {
    max-inline-size: min(32rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 2);
    color: var(--_text);
    background: var(--_surface);
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-dvc-registration-wizard] dialog.timeout::backdrop {
    background: rgb(0 0 0 / 0.5);
  }
  [data-dvc-registration-wizard] dialog.timeout p {
    margin: var(--_space) 0;
  }
  [data-dvc-registration-wizard] .vh {
    position: absolute !important;
    inline-size: 1px !important;
    block-size: 1px !important;
    margin: -1px !important;
    padding: 0 !important;
    overflow: hidden !important;
    clip: rect(0 0 0 0) !important;
    white-space: nowrap !important;
    border: 0 !important;
  }
  @media (forced-colors: active) {
    [data-dvc-registration-wizard] .done-panel {
      border: 2px solid CanvasText;
    }
  }
`;
