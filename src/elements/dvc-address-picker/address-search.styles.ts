import { css } from 'lit';
import { addStyles } from '../../base/add-styles.js';
import { listbox } from '../../base/listbox.styles.js';

/** The option lists' rules, added to the element's own with the type-ahead that fills them. */
const optionStyles = css`
  .option-detail {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .option.active .option-detail {
    color: inherit;
  }
`;

/** Adds the rules to an element's shadow root, after its own: once per root. */
export const adoptOptionStyles = (root: ShadowRoot): void => addStyles(root, [listbox, optionStyles]);
