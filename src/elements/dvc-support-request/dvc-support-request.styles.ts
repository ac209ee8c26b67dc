/**
 * The request's own rules, after the ones the light-DOM forms share (`formStyles`): every
 * selector scoped to the element, adopted by the document or shadow root holding it with `addStyles`.
 */
import { css } from 'lit';

export const supportRequestStyles = css`
  dvc-support-request {
    --_primary: var(--dvc-color-primary, #0b5cab);
    --_error: var(--dvc-color-error, #b3261e);
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
  dvc-support-request .invalid > input,
  dvc-support-request .invalid textarea,
  dvc-support-request .reveal.invalid input {
    border-color: var(--_error);
  }
  dvc-support-request .invalid {
    border-inline-start: 4px solid var(--_error);
    padding-inline-start: var(--_space);
  }
  dvc-support-request .count {
    margin: 0;
    color: var(--dvc-color-muted, #4a4a4a);
  }
  dvc-support-request .count.over {
    color: var(--_error);
    font-weight: 600;
  }
  dvc-support-request .picker {
    max-inline-size: 38rem;
  }
  dvc-support-request .chosen {
    margin: 0;
    font-weight: 600;
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
  @media (forced-colors: active) {
    dvc-support-request .invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;
