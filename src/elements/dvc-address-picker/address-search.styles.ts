import { adoptStyles, css } from 'lit';

/** The option lists' rules, added to the element's own with the type-ahead that fills them. */
const optionStyles = css`
  .listbox {
    position: absolute;
    z-index: 2;
    inset-inline: 0;
    inset-block-start: calc(100% + 2px);
    max-block-size: min(20rem, 50vh);
    overflow-y: auto;
    margin: 0;
    padding: calc(var(--_space) * 0.5) 0;
    list-style: none;
    border: 2px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .option {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0 var(--_space);
    min-block-size: 24px;
    padding: calc(var(--_space) * 0.5) var(--_space);
    cursor: pointer;
    overflow-wrap: anywhere;
  }
  .option:hover {
    background: var(--_surface-alt);
  }
  .option.active {
    background: var(--_primary);
    color: var(--_on-primary);
    outline: 2px solid var(--_primary);
    outline-offset: -2px;
  }
  .option-detail {
    color: var(--_muted);
    font-size: 0.9375em;
  }
  .option.active .option-detail {
    color: inherit;
  }

  @media (forced-colors: active) {
    .option.active {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
  }
`;

/** Adds the rules to an element's shadow root, after its own: once per root. */
export function adoptOptionStyles(root: ShadowRoot): void {
  const sheet = optionStyles.styleSheet;
  // Without constructed style sheets Lit falls back to a <style> element.
  if (sheet === undefined) adoptStyles(root, [optionStyles]);
  else if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
