/**
 * The form renders in the light DOM (for autofill), where shadow styles do not reach: its rules,
 * every selector scoped to the element, are adopted by the document or shadow root holding it.
 */
import { css } from 'lit';

/** The rules, scoped to the element: adopted with `addStyles`. */
export const dossierFormStyles = css`
  dvc-dossier-form {
    display: block;
    --_space: var(--dvc-space, 0.5rem);
    color: var(--dvc-color-text, #1a1a1a);
  }
  dvc-dossier-form .dvc-dossier {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    max-inline-size: 48rem;
    overflow-wrap: anywhere;
  }
  dvc-dossier-form form {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
  }
  dvc-dossier-form fieldset {
    border: 1px solid var(--dvc-color-border, #595959);
    border-radius: var(--dvc-radius, 4px);
    padding: var(--_space) calc(var(--_space) * 1.5);
    margin: 0;
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 1.5);
    min-inline-size: 0;
  }
  dvc-dossier-form legend {
    font-weight: 700;
    padding-inline: calc(var(--_space) / 2);
  }
  dvc-dossier-form .section > legend {
    font-size: 1.15em;
  }
  dvc-dossier-form .group {
    display: flex;
    flex-direction: column;
    gap: var(--_space);
    align-items: flex-start;
  }
  dvc-dossier-form .group > fieldset {
    align-self: stretch;
  }
  dvc-dossier-form .field {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) / 2);
  }
  dvc-dossier-form label {
    font-weight: 600;
  }
  dvc-dossier-form input:not([type='file']),
  dvc-dossier-form textarea,
  dvc-dossier-form select {
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
  dvc-dossier-form .invalid > input,
  dvc-dossier-form .invalid > textarea,
  dvc-dossier-form .invalid > select {
    border-color: var(--dvc-color-error, #b3261e);
  }
  dvc-dossier-form .error,
  dvc-dossier-form .failure {
    color: var(--dvc-color-error, #b3261e);
    font-weight: 600;
    margin: 0;
  }
  dvc-dossier-form .hint {
    margin: 0;
    color: var(--dvc-color-muted, #4a4a4a);
  }
  dvc-dossier-form .required {
    color: var(--dvc-color-error, #b3261e);
  }
  dvc-dossier-form button,
  dvc-dossier-form a.button {
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
  dvc-dossier-form button.primary,
  dvc-dossier-form a.button.primary {
    background: var(--dvc-color-primary, #0b5cab);
    color: #fff;
  }
  dvc-dossier-form button.link {
    border-color: transparent;
    background: none;
    text-decoration: underline;
    padding-inline: var(--_space);
    min-block-size: 1.5rem;
  }
  dvc-dossier-form button:focus-visible,
  dvc-dossier-form a:focus-visible,
  dvc-dossier-form input:focus-visible,
  dvc-dossier-form textarea:focus-visible,
  dvc-dossier-form select:focus-visible,
  dvc-dossier-form summary:focus-visible,
  dvc-dossier-form [tabindex='-1']:focus-visible {
    outline: 3px solid var(--dvc-color-focus, #ffbf47);
    outline-offset: 2px;
  }
  dvc-dossier-form .files {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  dvc-dossier-form .files li {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
  dvc-dossier-form .actions {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  dvc-dossier-form .review {
    margin: 0;
  }
  dvc-dossier-form .review-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) minmax(0, 2fr) auto;
    gap: var(--_space);
    padding-block: var(--_space);
    border-block-end: 1px solid var(--dvc-color-border, #b1b4b6);
  }
  dvc-dossier-form .review dt {
    font-weight: 600;
  }
  dvc-dossier-form .review dd {
    margin: 0;
    white-space: pre-wrap;
  }
  dvc-dossier-form .review ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  @media (max-width: 40rem) {
    dvc-dossier-form .review-row {
      grid-template-columns: minmax(0, 1fr);
    }
  }
  dvc-dossier-form .legal summary {
    cursor: pointer;
    min-block-size: 1.5rem;
  }
  dvc-dossier-form .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
  @media (forced-colors: active) {
    dvc-dossier-form button.primary,
    dvc-dossier-form a.button.primary {
      forced-color-adjust: none;
      background: ButtonText;
      color: ButtonFace;
    }
  }
`;
