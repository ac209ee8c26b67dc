/**
 * The payer fields live in the element's light DOM (so autofill and password managers reach
 * them), where the shadow root's styles do not apply. These rules are adopted once by the document
 * or shadow root holding the element, as a constructed style sheet (strict CSP allows it). They use
 * only the `--_*` tokens the host defines, which its light-DOM children inherit, so theming and
 * forced-colours mode work as in the shadow root.
 */
import { css } from 'lit';

/** Marks the light-DOM container: the rules below select it by this name. */
export const PAYER_ATTRIBUTE = 'data-dvc-payment-payer';

/** The rules, adopted with `addStyles`. */
export const payerStyles = css`
  [data-dvc-payment-payer] {
    display: block;
    min-inline-size: 0;
    overflow-wrap: anywhere;
  }
  [data-dvc-payment-payer] * {
    box-sizing: border-box;
  }
  [data-dvc-payment-payer] fieldset {
    margin: 0;
    padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  /* Inside the frame, as the shadow root's legends are. */
  [data-dvc-payment-payer] legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-weight: 600;
  }
  [data-dvc-payment-payer] .hint {
    margin: 0;
    color: var(--_muted);
  }
  [data-dvc-payment-payer] .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 4);
  }
  [data-dvc-payment-payer] .field.invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: calc(var(--_space) * 1.5);
  }
  [data-dvc-payment-payer] label {
    font-weight: 600;
  }
  [data-dvc-payment-payer] .optional {
    font-weight: 400;
    color: var(--_muted);
  }
  [data-dvc-payment-payer] input {
    font: inherit;
    color: var(--_text);
    background: var(--_surface);
    inline-size: 100%;
    max-inline-size: 32rem;
    min-block-size: var(--_target);
    padding: 0 var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  [data-dvc-payment-payer] input[aria-invalid='true'] {
    border: 2px solid var(--_error);
  }
  [data-dvc-payment-payer] input:focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  [data-dvc-payment-payer] input:disabled {
    opacity: 0.85;
    cursor: not-allowed;
  }
  [data-dvc-payment-payer] .error {
    margin: 0;
    color: var(--_error);
    font-weight: 600;
  }
`;
