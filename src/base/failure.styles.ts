import { css } from 'lit';

/**
 * A box telling of a failure (`<div class="failure" part="error">`): its first line in the error
 * colour, then what the citizen can do (a note, a retry button). The same in every element.
 */
export const failure = css`
  .failure {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    padding: calc(var(--_space) * 1.5);
    border: 2px solid var(--_error);
    border-inline-start-width: 6px;
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .failure > p {
    margin: 0;
  }
  .failure > p:first-child {
    color: var(--_error);
    font-weight: 600;
  }
  @media (forced-colors: active) {
    .failure {
      border-color: CanvasText;
    }
  }
`;
