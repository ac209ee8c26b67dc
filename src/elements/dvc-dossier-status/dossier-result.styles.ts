import { css } from 'lit';
import { addStyles } from '../../base/add-styles.js';
import { facts } from '../../base/facts.styles.js';
import { focusRing } from '../../base/tokens.styles.js';

/** The rules of a shown dossier, added to the element's own once its view is loaded. */
const resultStyles = css`
  .result {
    display: flex;
    flex-direction: column;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  h3 {
    margin: 0 0 var(--_space);
    font-size: 1.1em;
  }
  h3:focus-visible {
    ${focusRing}
  }
  h3:focus:not(:focus-visible) {
    outline: none;
  }
  .checked,
  .when {
    color: var(--_muted);
  }
  .status {
    margin: 0;
  }
  .status .value {
    display: inline-block;
    padding: 0 var(--_space);
    border: 2px solid currentColor;
    border-radius: var(--_radius);
  }
  .todo {
    display: flex;
    flex-direction: column;
    align-items: flex-start;
    gap: var(--_space);
    padding: var(--_space) calc(var(--_space) * 1.5);
    border-inline-start: 4px solid var(--_primary);
    background: var(--_surface-alt);
  }
  .todo h3 {
    margin: 0;
  }
  .todo.asks {
    border-color: var(--_warning);
  }
  .documents {
    margin: 0;
    padding-inline-start: calc(var(--_space) * 3);
  }
  .timeline {
    list-style: none;
    margin: 0;
    padding: 0;
    display: flex;
    flex-direction: column;
    gap: var(--_space);
  }
  .timeline li {
    display: flex;
    flex-direction: column;
    padding-inline-start: calc(var(--_space) * 2);
    border-inline-start: 2px solid var(--_border);
  }
  .timeline li.current {
    border-inline-start: 4px solid var(--_primary);
  }
  .what {
    font-weight: 600;
  }
  .tag {
    font-weight: 400;
    color: var(--_muted);
  }
  .note {
    overflow-wrap: anywhere;
  }
  .stale {
    color: var(--_warning);
    font-weight: 600;
  }
  .checked {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
  }
`;

/** Adds the rules to an element's shadow root, after its own: once per root. */
export const adoptResultStyles = (root: ShadowRoot): void => addStyles(root, [facts, resultStyles]);
