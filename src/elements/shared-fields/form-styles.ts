/**
 * The rules the three light-DOM forms share (feedback, support request, dossier form): fields,
 * files, the captcha, buttons, focus. The forms render in the light DOM (for autofill), where
 * shadow styles do not reach, so every selector is scoped to their tags; each form adopts this
 * sheet before its own with `addStyles`.
 */
import { css } from 'lit';

export const formStyles = css`
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) {
    display: block;
    --_space: var(--dvc-space, 0.5rem);
    color: var(--dvc-color-text, #1a1a1a);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) :is(.dvc-feedback, .dvc-support, .dvc-dossier) {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) input:not([type='file'], [type='radio'], [type='checkbox']),
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) textarea,
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) select {
    font: inherit;
    padding: var(--_space);
    border: 2px solid var(--dvc-color-border, #595959);
    border-radius: var(--dvc-radius, 4px);
    min-block-size: 2.75rem;
    box-sizing: border-box;
    inline-size: 100%;
    background: #fff;
    color: inherit;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .error,
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .failure {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
    margin: 0;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .hint {
    margin: 0;
    color: var(--dvc-color-muted, #4a4a4a);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .required {
    color: var(--dvc-color-error, #b3261e);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .captcha {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .captcha img {
    block-size: 3rem;
    inline-size: auto;
    max-inline-size: 100%;
    border: 1px solid #595959;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) :is(button, a.button) {
    font: inherit;
    min-block-size: 2.75rem;
    padding: var(--_space) calc(var(--_space) * 2);
    border-radius: var(--dvc-radius, 4px);
    border: 2px solid var(--dvc-color-primary, #0b5cab);
    background: #fff;
    color: var(--dvc-color-primary, #0b5cab);
    cursor: pointer;
    box-sizing: border-box;
    display: inline-flex;
    align-items: center;
    text-decoration: none;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) :is(button, a.button).primary {
    background: var(--dvc-color-primary, #0b5cab);
    color: #fff;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) button.link {
    border-color: transparent;
    background: none;
    text-decoration: underline;
    padding-inline: var(--_space);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form)
    :is(button, a, input, textarea, select, summary, [tabindex='-1']):focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .review dt {
    font-weight: 600;
  }
  :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    /* The main action stays told apart from the others. */
    :is(dvc-feedback-form, dvc-support-request, dvc-dossier-form) :is(button, a.button).primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
