/**
 * The request's own rules, after the ones the light-DOM forms share (`formStyles`): every
 * selector scoped to the element's container, adopted by the document or shadow root holding it with `addStyles`.
 */
import { css } from 'lit';

export const supportRequestStyles = css`
  .dvc-support fieldset {
    margin: 0;
    padding: 0;
    border: 0;
    min-inline-size: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  .dvc-support legend,
  .dvc-support .field > label {
    font-weight: 600;
    padding: 0;
    margin-block-end: calc(var(--_space) / 2);
  }
  .dvc-support .option {
    display: flex;
    align-items: center;
    gap: var(--_space);
    min-block-size: 2.75rem;
  }
  .dvc-support .option input {
    inline-size: 1.5rem;
    block-size: 1.5rem;
    margin: 0;
    accent-color: var(--dvc-color-primary, #0a4fa0);
    flex: none;
  }
  .dvc-support .reveal {
    margin-inline-start: 0.75rem;
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 4px solid var(--dvc-color-border, #6b7785);
  }
  .dvc-support .invalid > input,
  .dvc-support .invalid textarea,
  .dvc-support .reveal.invalid input {
    border-color: var(--dvc-color-error, #b3261e);
  }
  .dvc-support .invalid {
    border-inline-start: 4px solid var(--dvc-color-error, #b3261e);
    padding-inline-start: var(--_space);
  }
  .dvc-support .count {
    margin: 0;
    color: var(--dvc-color-muted, #4a5461);
  }
  .dvc-support .count.over {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
  }
  .dvc-support .picker {
    max-inline-size: 38rem;
  }
  .dvc-support .chosen {
    margin: 0;
    font-weight: 600;
  }
  .dvc-support .review {
    margin: 0;
  }
  .dvc-support .review > div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 var(--_space);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--dvc-color-border, #6b7785);
  }
  .dvc-support .review dt {
    flex: 1 1 12rem;
  }
  .dvc-support .review dd {
    margin: 0;
    flex: 2 1 16rem;
    white-space: pre-wrap;
  }
  .dvc-support .reference {
    margin: 0;
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  .dvc-support .reference strong {
    font-family: ui-monospace, 'Cascadia Mono', 'Liberation Mono', monospace;
    font-size: 1.5rem;
    letter-spacing: 0.05em;
    user-select: all;
    padding: calc(var(--_space) / 2) var(--_space);
    border: 2px solid var(--dvc-color-border, #6b7785);
    border-radius: var(--dvc-radius, 6px);
  }
  @media (forced-colors: active) {
    .dvc-support .invalid {
      border-inline-start-color: CanvasText;
    }
  }
`;
