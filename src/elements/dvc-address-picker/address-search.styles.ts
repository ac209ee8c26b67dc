import { adoptStyles, css } from 'lit';
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
export function adoptOptionStyles(root: ShadowRoot): void {
  const sheets = [listbox, optionStyles].map((styles) => styles.styleSheet);
  // Without constructed style sheets Lit falls back to <style> elements.
  if (sheets.some((sheet) => sheet === undefined)) adoptStyles(root, [listbox, optionStyles]);
  else if (!root.adoptedStyleSheets.includes(sheets[1]!))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...(sheets as CSSStyleSheet[])];
}
