import { css } from 'lit';
import { tokens } from '../../base/tokens.styles.js';

/** The shadow root only holds the theme tokens and a slot: the steps live in the light DOM. */
export const styles = [
  tokens,
  css`
    :host {
      display: block;
      max-inline-size: 40rem;
    }
  `,
];

/** Marks the light-DOM container the rules below apply to. */
export const BODY_ATTRIBUTE = 'data-dvc-registration-wizard';

const A = `[${BODY_ATTRIBUTE}]`;

/**
 * Rules for the light-DOM steps, adopted once by the document or shadow root holding the wizard.
 * They use only the `--_*` tokens, which the host defines and its light-DOM children inherit.
 */
const LIGHT_CSS = `
${A} { display: flex; flex-direction: column; gap: calc(var(--_space) * 2); min-inline-size: 0; overflow-wrap: anywhere; }
${A} * { box-sizing: border-box; }
${A} .progress { margin: 0; color: var(--_muted); }
${A} h2 { margin: 0; font-size: 1.5em; line-height: 1.3; }
${A} h2:focus { outline: none; }
${A} h2:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
${A} form { display: flex; flex-direction: column; gap: calc(var(--_space) * 2); margin: 0; }
${A} fieldset { border: 0; margin: 0; padding: 0; min-inline-size: 0; display: flex; flex-direction: column; gap: var(--_space); }
${A} legend { padding: 0; margin-block-end: var(--_space); }
${A} .field { display: flex; flex-direction: column; gap: calc(var(--_space) / 2); }
${A} .field.invalid { border-inline-start: 4px solid var(--_error); padding-inline-start: calc(var(--_space) * 1.5); }
${A} label { font-weight: 600; }
${A} .required { color: var(--_error); }
${A} .hint { margin: 0; color: var(--_muted); }
${A} .error { margin: 0; color: var(--_error); font-weight: 600; }
${A} input[type='text'], ${A} input[type='tel'], ${A} input[type='email'], ${A} input[type='password'] {
  font: inherit; color: var(--_text); background: var(--_surface); inline-size: 100%; max-inline-size: 24rem;
  min-block-size: var(--_target); padding: 0 var(--_space); border: 2px solid var(--_border); border-radius: var(--_radius);
}
${A} .invalid input { border-color: var(--_error); }
${A} input:focus-visible, ${A} button:focus-visible, ${A} a:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
${A} .choice { display: flex; align-items: center; gap: var(--_space); min-block-size: var(--_target); }
${A} .choice input { inline-size: 1.5rem; block-size: 1.5rem; margin: 0; accent-color: var(--_primary); }
${A} .choice label { font-weight: 400; }
${A} .actions { display: flex; flex-wrap: wrap; gap: var(--_space); align-items: center; }
${A} button.primary, ${A} button.secondary { font: inherit; min-block-size: var(--_target); padding: 0 calc(var(--_space) * 2); border-radius: var(--_radius); border: 2px solid var(--_primary); cursor: pointer; }
${A} button.primary { background: var(--_primary); color: var(--_on-primary); font-weight: 600; }
${A} button.secondary { background: var(--_surface); color: var(--_primary); }
${A} button[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
${A} button.link { font: inherit; background: none; border: 0; padding: 0.25em 0; min-block-size: 24px; color: var(--_primary); text-decoration: underline; cursor: pointer; align-self: flex-start; }
${A} a { color: var(--_primary); }
${A} .captcha { display: flex; flex-wrap: wrap; align-items: center; gap: var(--_space); }
${A} .captcha img { block-size: 3rem; inline-size: auto; max-inline-size: 100%; border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); }
${A} .rules p { margin: 0; }
${A} .rules ul { margin: 0; padding-inline-start: 0; list-style: none; }
${A} .rules li.ok { color: var(--_success); }
${A} .notice, ${A} .failure { margin: 0; padding: var(--_space) calc(var(--_space) * 1.5); border-inline-start: 4px solid var(--_primary); background: var(--_surface-alt); }
${A} .failure { border-color: var(--_error); }
${A} .failure p, ${A} .notice p { margin: 0 0 calc(var(--_space) / 2); }
${A} dl { margin: 0; display: grid; grid-template-columns: minmax(0, 1fr); gap: var(--_space); }
${A} .review-row { display: flex; flex-wrap: wrap; gap: 0 calc(var(--_space) * 2); border-block-end: 1px solid var(--_border); padding-block-end: var(--_space); }
${A} .review-row dt { font-weight: 600; flex: 1 1 10rem; }
${A} .review-row dd { margin: 0; flex: 2 1 12rem; }
${A} .review-row dd.change { flex: 0 0 auto; }
${A} .done-panel { padding: calc(var(--_space) * 2); background: var(--_success); color: var(--_on-primary); border-radius: var(--_radius); }
${A} .done-panel h2 { color: inherit; }
${A} dialog.timeout { max-inline-size: min(32rem, calc(100vw - 2rem)); padding: calc(var(--_space) * 2); color: var(--_text); background: var(--_surface); border: 2px solid var(--_border); border-radius: var(--_radius); }
${A} dialog.timeout::backdrop { background: rgb(0 0 0 / 0.5); }
${A} dialog.timeout p { margin: var(--_space) 0; }
${A} .vh { position: absolute !important; inline-size: 1px !important; block-size: 1px !important; margin: -1px !important; padding: 0 !important; overflow: hidden !important; clip: rect(0 0 0 0) !important; white-space: nowrap !important; border: 0 !important; }
@media (forced-colors: active) { ${A} .done-panel { border: 2px solid CanvasText; } }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the light-DOM rules to `root` unless they are there already. */
export function adoptLightStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function') return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(LIGHT_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
