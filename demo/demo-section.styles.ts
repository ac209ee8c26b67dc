import { css } from 'lit';

/**
 * What every section of the demo page shares: its title, text, buttons and menus, in the page's
 * theme (the public `--dvc-*` tokens), so the sections look alike around the elements they show.
 * The forms that render in the light DOM (`.dvc-form`) keep their own look: none of this is theirs.
 */
export const sectionStyles = css`
  :host {
    display: block;
  }
  h2:not(.dvc-form *) {
    font-size: 1.15rem;
    margin-block: 0 8px;
  }
  h3:not(.dvc-form *) {
    font-size: 1rem;
    margin-block: 24px 8px;
  }
  p:not(.dvc-form *) {
    margin-block: 0 12px;
    line-height: 1.5;
  }
  button:not(.dvc-form *) {
    min-block-size: 44px;
    padding: 6px 16px;
    border: 2px solid var(--dvc-color-primary, #0a4fa0);
    border-radius: var(--dvc-radius, 6px);
    background: var(--dvc-color-primary, #0a4fa0);
    color: var(--dvc-color-on-primary, #fff);
    font: inherit;
    font-weight: 600;
    line-height: 1.25;
    cursor: pointer;
  }
  button.secondary:not(.dvc-form *) {
    background: var(--dvc-color-surface, #fff);
    color: var(--dvc-color-primary, #0a4fa0);
  }
  select:not(.dvc-form *) {
    min-block-size: 44px;
    max-inline-size: 100%;
    padding-inline: 8px;
    border: 1px solid #5f6b7a;
    border-radius: var(--dvc-radius, 6px);
    background: #fff;
    color: inherit;
    font: inherit;
  }
  button:not(.dvc-form *):focus-visible,
  select:not(.dvc-form *):focus-visible {
    outline: 3px solid var(--dvc-color-focus, #0a4fa0);
    outline-offset: 2px;
  }
  /* What a section's element reported: a result line, or a box with what was chosen or saved. */
  .result {
    font-weight: 600;
    color: #1e6b34;
  }
  .outcome {
    margin-block: 16px 0;
    padding: 8px 12px;
    border-inline-start: 4px solid #1e6b34;
    background: #f1f4f8;
    overflow-wrap: anywhere;
  }
  @media (forced-colors: active) {
    button:not(.dvc-form *),
    select:not(.dvc-form *) {
      border-color: ButtonText;
    }
  }
`;
