/**
 * The form's own rules, after the ones the light-DOM forms share (`formStyles`): every selector
 * scoped to the element's container, adopted by the document or shadow root holding it with `addStyles`.
 */
import { css } from 'lit';

export const dossierFormStyles = css`
  .dvc-dossier fieldset {
    border: 1px solid var(--dvc-color-border, #6b7785);
    border-radius: var(--dvc-radius, 6px);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  /* Inside the frame, as its first line: a legend on the frame's edge that wraps runs across it. */
  .dvc-dossier legend {
    float: inline-start;
    inline-size: 100%;
    padding: 0;
    font-weight: 700;
  }
  .dvc-dossier .section > legend {
    font-size: 1.15em;
  }
  .dvc-dossier .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    align-items: flex-start;
  }
  .dvc-dossier .group > fieldset {
    align-self: stretch;
  }
  .dvc-dossier label {
    font-weight: 600;
  }
  .dvc-dossier .invalid > input,
  .dvc-dossier .invalid > textarea,
  .dvc-dossier .invalid > select {
    border-color: var(--dvc-color-error, #b3261e);
  }
  .dvc-dossier button.link {
    min-block-size: 1.5rem;
  }
  .dvc-dossier .review {
    margin: 0;
  }
  .dvc-dossier .review-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    gap: var(--_space);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--dvc-color-border, #b1b4b6);
  }
  .dvc-dossier .review dd {
    margin: 0;
    white-space: pre-wrap;
  }
  .dvc-dossier .review ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  @media (max-width: 40rem) {
    .dvc-dossier .review-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  .dvc-dossier .legal summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
`;
