/**
 * The form renders in the light DOM (for autofill), where shadow styles do not reach: its rules,
 * every selector scoped to the element, are adopted by the document or shadow root holding it.
 */
import { css } from 'lit';

/** The rules, scoped to the element: adopted with `addStyles`. */
export const feedbackFormStyles = css`
  dvc-feedback-form {
    display: block;
    --_space: var(--dvc-space, 0.5rem);
    color: var(--dvc-color-text, #1a1a1a);
  }
  dvc-feedback-form .dvc-feedback {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }
  dvc-feedback-form form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  dvc-feedback-form .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  dvc-feedback-form label {
    font-weight: 600;
  }
  dvc-feedback-form input:not([type='file']),
  dvc-feedback-form textarea {
    font: inherit;
    padding: var(--_space);
    border: 2px solid var(--dvc-color-border, #595959);
    border-radius: var(--dvc-radius, 4px);
    min-block-size: 2.75rem;
    box-sizing: border-box;
    inline-size: 100%;
  }
  dvc-feedback-form .invalid input,
  dvc-feedback-form .invalid textarea {
    border-color: var(--dvc-color-error, #b3261e);
  }
  dvc-feedback-form .error,
  dvc-feedback-form .failure {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
    margin: 0;
  }
  dvc-feedback-form .hint {
    margin: 0;
    color: var(--dvc-color-muted, #4a4a4a);
  }
  dvc-feedback-form .captcha {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  dvc-feedback-form .captcha img {
    block-size: 3rem;
    inline-size: auto;
    max-inline-size: 100%;
    border: 1px solid #595959;
  }
  dvc-feedback-form button {
    font: inherit;
    min-block-size: 2.75rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--dvc-radius, 4px);
    border: 2px solid var(--dvc-color-primary, #0b5cab);
    background: #fff;
    color: var(--dvc-color-primary, #0b5cab);
    cursor: pointer;
  }
  dvc-feedback-form button.primary {
    background: var(--dvc-color-primary, #0b5cab);
    color: #fff;
  }
  dvc-feedback-form button.link {
    border-color: transparent;
    background: none;
    text-decoration: underline;
    padding-inline: var(--_space);
  }
  dvc-feedback-form button:focus-visible,
  dvc-feedback-form a:focus-visible,
  dvc-feedback-form input:focus-visible,
  dvc-feedback-form textarea:focus-visible,
  dvc-feedback-form [tabindex='-1']:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  dvc-feedback-form .files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  dvc-feedback-form .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  dvc-feedback-form .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  dvc-feedback-form .review dt {
    font-weight: 600;
  }
  dvc-feedback-form .review dd {
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
  }
  dvc-feedback-form .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;
