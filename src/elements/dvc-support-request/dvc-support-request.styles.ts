/**
 * The request renders in the light DOM (for autofill), where shadow styles do not reach: its rules,
 * every selector scoped to the element, are adopted by the document or shadow root holding it.
 */
import { css } from 'lit';

/** The rules, scoped to the element: adopted with `addStyles`. */
export const supportRequestStyles = css`
  dvc-support-request {
    display: block;
    --_space: var(--dvc-space, 0.5rem);
    --_primary: var(--dvc-color-primary, #0b5cab);
    --_error: var(--dvc-color-error, #b3261e);
    color: var(--dvc-color-text, #1a1a1a);
  }
  dvc-support-request .dvc-support {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }
  dvc-support-request form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  dvc-support-request .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  dvc-support-request fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  dvc-support-request legend,
  dvc-support-request .field > label {
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }
  dvc-support-request .option {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
  }
  dvc-support-request .option input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--_primary);
    flex: none;
  }
  dvc-support-request .reveal {
    margin-inline-start: 0.75rem;
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--dvc-color-border, #595959);
  }
  dvc-support-request input:not([type='file'], [type='radio']),
  dvc-support-request textarea {
    font: inherit;
    padding: var(--_space);
    border: 2px solid var(--dvc-color-border, #595959);
    border-radius: var(--dvc-radius, 4px);
    min-block-size: 2.75rem;
    box-sizing: border-box;
    inline-size: 100%;
  }
  dvc-support-request .invalid > input,
  dvc-support-request .invalid textarea,
  dvc-support-request .reveal.invalid input {
    border-color: var(--_error);
  }
  dvc-support-request .invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: var(--_space);
  }
  dvc-support-request .error,
  dvc-support-request .failure,
  dvc-support-request .count.over {
    color: var(--_error);
    font-weight: 600;
    margin: 0;
  }
  dvc-support-request .hint,
  dvc-support-request .count {
    margin: 0;
    color: var(--dvc-color-muted, #4a4a4a);
  }
  dvc-support-request .required {
    color: var(--_error);
  }
  dvc-support-request .captcha {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  dvc-support-request .captcha img {
    block-size: 3rem;
    inline-size: auto;
    max-inline-size: 100%;
    border: 1px solid #595959;
  }
  dvc-support-request .picker {
    max-inline-size: 38rem;
  }
  dvc-support-request .chosen {
    margin: 0;
    font-weight: 600;
  }
  dvc-support-request button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--dvc-radius, 4px);
    border: 2px solid var(--_primary);
    background: #fff;
    color: var(--_primary);
    cursor: pointer;
  }
  dvc-support-request button.primary {
    background: var(--_primary);
    color: #fff;
  }
  dvc-support-request button.link {
    border-color: transparent;
    background: none;
    text-decoration: underline;
    padding-inline: var(--_space);
  }
  dvc-support-request button:focus-visible,
  dvc-support-request a:focus-visible,
  dvc-support-request input:focus-visible,
  dvc-support-request textarea:focus-visible,
  dvc-support-request [tabindex='-1']:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  dvc-support-request .files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  dvc-support-request .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  dvc-support-request .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  dvc-support-request .review {
    margin: 0;
  }
  dvc-support-request .review > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--dvc-color-border, #595959);
  }
  dvc-support-request .review dt {
    font-weight: 600;
    flex: 1 1 12rem;
  }
  dvc-support-request .review dd {
    margin: 0;
    flex: 2 1 16rem;
    white-space: pre-wrap;
  }
  dvc-support-request .reference {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  dvc-support-request .reference strong {
    font-family: ui-monospace, 'Cascadia Mono', 'Liberation Mono', monospace;
    font-size: 1.5rem;
    letter-spacing: 0.05em;
    user-select: all;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--dvc-color-border, #595959);
    border-radius: var(--dvc-radius, 4px);
  }
  dvc-support-request .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    dvc-support-request .invalid {
      border-inline-start-color: CanvasText;
    }
    dvc-support-request button.primary {
      border-color: ButtonText;
    }
  }
`;
