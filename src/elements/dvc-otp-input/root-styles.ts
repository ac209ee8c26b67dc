/**
 * The one rule the shadow root cannot give the light-DOM input: `::slotted()` cannot be followed
 * by `::selection`, so a selected code would show its (transparent) digits in the selection
 * colours over the boxes. The rule is adopted, once, by the document or shadow root that holds
 * the element.
 */
import { css } from 'lit';

/** Marks the native input: the rule below selects it by this name. */
export const INPUT_ATTRIBUTE = 'data-dvc-otp-input';

/** The rule, adopted with `addStyles`. */
export const selectionStyles = css`
  input[data-dvc-otp-input]::selection {
    background: transparent !important;
    color: transparent !important;
    -webkit-text-fill-color: transparent !important;
  }
`;
