/**
 * The rules the three light-DOM forms share (feedback, support request, dossier form): fields,
 * files, the captcha, buttons, focus. The forms render in the light DOM (for autofill), where
 * shadow styles do not reach, so every selector is scoped to the container each renders,
 * `.dvc-form`; each form adopts this sheet before its own (scoped to its container too, so that
 * it wins) with `addStyles`.
 */
import { css } from 'lit';

export const formStyles = css`
  dvc-feedback-form,
  dvc-support-request,
  dvc-dossier-form {
    display: block;
  }
  /* The theme tokens, with the defaults the elements with a shadow root have (src/base/tokens.styles.ts). */
  .dvc-form {
    --_space: var(--dvc-space, 8px);
    color: var(--dvc-color-text, #1b1f24);
    font-family: var(--dvc-font-family, system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif);
    font-size: var(--dvc-font-size, 1rem);
    line-height: 1.5;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }
  .dvc-form form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  .dvc-form .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .dvc-form input:not([type='file'], [type='radio'], [type='checkbox']),
  .dvc-form textarea,
  .dvc-form select {
    font: inherit;
    padding: var(--_space);
    border: 2px solid var(--dvc-color-border, #6b7785);
    border-radius: var(--dvc-radius, 6px);
    min-block-size: 2.75rem;
    box-sizing: border-box;
    inline-size: 100%;
    background: var(--dvc-color-surface, #fff);
    color: inherit;
  }
  .dvc-form a {
    color: var(--dvc-color-primary, #0a4fa0);
  }
  .dvc-form .error,
  .dvc-form .failure {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
    margin: 0;
  }
  .dvc-form .hint {
    margin: 0;
    color: var(--dvc-color-muted, #4a5461);
  }
  .dvc-form .required {
    color: var(--dvc-color-error, #b3261e);
  }
  .dvc-form .captcha {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .dvc-form .captcha img {
    block-size: 3rem;
    inline-size: auto;
    max-inline-size: 100%;
    border: 1px solid var(--dvc-color-border, #6b7785);
  }
  .dvc-form :is(button, a.button, label.button) {
    font: inherit;
    font-weight: 600;
    min-block-size: 2.75rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--dvc-radius, 6px);
    border: 2px solid var(--dvc-color-primary, #0a4fa0);
    background: var(--dvc-color-surface, #fff);
    color: var(--dvc-color-primary, #0a4fa0);
    cursor: pointer;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    justify-content: center;
    text-decoration: none;
  }
  .dvc-form :is(button, a.button).primary {
    background: var(--dvc-color-primary, #0a4fa0);
    color: var(--dvc-color-on-primary, #fff);
  }
  .dvc-form button.link {
    font-weight: inherit;
    border-color: transparent;
    background: none;
    text-decoration: underline;
    padding-inline: var(--_space);
  }
  .dvc-form :is(button, a, input, textarea, select, summary, [tabindex='-1']):focus-visible {
    outline: 3px solid var(--dvc-color-focus, #0a4fa0);
    outline-offset: 2px;
  }
  /* The file input is visually hidden; its label, drawn as a button, shows where focus is. */
  .dvc-form .file-picker {
    position: relative;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .dvc-form .file-picker input:focus-visible + label {
    outline: 3px solid var(--dvc-color-focus, #0a4fa0);
    outline-offset: 2px;
  }
  .dvc-form .files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  .dvc-form .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .dvc-form .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .dvc-form .review dt {
    font-weight: 600;
  }
  /* Answers keep the line breaks typed in them; the "change" button's cell has none to keep. */
  .dvc-form .review dd.change {
    white-space: normal;
  }
  .dvc-form .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    /* The main action stays told apart from the others. */
    .dvc-form :is(button, a.button).primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
