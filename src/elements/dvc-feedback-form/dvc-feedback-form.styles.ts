/**
 * The form's own rules, after the ones the light-DOM forms share (`formStyles`): every selector
 * scoped to the element's container, adopted by the document or shadow root holding it with `addStyles`.
 */
import { css } from 'lit';

export const feedbackFormStyles = css`
  .dvc-feedback label {
    font-weight: 600;
  }
  .dvc-feedback .invalid input,
  .dvc-feedback .invalid textarea {
    border-color: var(--dvc-color-error, #b3261e);
  }
  .dvc-feedback .review dd {
    margin: 0 0 var(--_space);
    white-space: pre-wrap;
  }
`;
