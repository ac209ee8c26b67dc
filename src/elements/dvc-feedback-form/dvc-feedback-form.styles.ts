/**
 * The form's own rules, after the ones the light-DOM forms share (`formStyles`): every selector
 * scoped to the element, adopted by the document or shadow root holding it with `addStyles`.
 */
import { css } from 'lit';

export const feedbackFormStyles = css`
  dvc-feedback-form label {
    font-weight: 600;
  }
  dvc-feedback-form .invalid input,
  dvc-feedback-form .invalid textarea {
    border-color: var(--dvc-color-error, #b3261e);
  }
  dvc-feedback-form .review dd {
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
  }
`;
