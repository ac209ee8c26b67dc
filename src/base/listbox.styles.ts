import { css } from 'lit';

/**
 * A combobox's popup list (`.listbox`) and its options (`.option`, `.active` for the one the
 * arrow keys are on): the search's suggestions and the address picker's lists.
 */
export const listbox = css`
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

  @media (forced-colors: active) {
    .listbox {
      border-color: CanvasText;
    }
    .option.active {
      forced-color-adjust: none;
      background: Highlight;
      border-color: Highlight;
      color: HighlightText;
      outline-color: Highlight;
    }
  }
`;
