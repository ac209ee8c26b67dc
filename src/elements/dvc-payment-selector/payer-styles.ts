/**
 * The payer fields live in the element's light DOM (so autofill and password managers reach
 * them), where the shadow root's styles do not apply. These rules are adopted once by the document
 * or shadow root holding the element, as a constructed style sheet (strict CSP allows it). They use
 * only the `--_*` tokens the host defines, which its light-DOM children inherit, so theming and
 * forced-colours mode work as in the shadow root.
 */

/** Marks the light-DOM container the rules apply to. */
export const PAYER_ATTRIBUTE = 'data-dvc-payment-payer';

const P = `[${PAYER_ATTRIBUTE}]`;

const PAYER_CSS = `
${P} { display: block; min-inline-size: 0; overflow-wrap: anywhere; }
${P} * { box-sizing: border-box; }
${P} fieldset { margin: 0; padding: var(--_space) calc(var(--_space) * 1.5) calc(var(--_space) * 1.5); border: 1px solid var(--_border); border-radius: var(--_radius); min-inline-size: 0; display: flex; flex-direction: column; gap: var(--_space); }
${P} legend { font-weight: 600; padding: 0 calc(var(--_space) / 2); }
${P} .hint { margin: 0; color: var(--_muted); }
${P} .field { display: flex; flex-direction: column; gap: calc(var(--_space) / 4); }
${P} .field.invalid { border-inline-start: 4px solid var(--_error); padding-inline-start: calc(var(--_space) * 1.5); }
${P} label { font-weight: 600; }
${P} .optional { font-weight: 400; color: var(--_muted); }
${P} input { font: inherit; color: var(--_text); background: var(--_surface); inline-size: 100%; max-inline-size: 32rem; min-block-size: var(--_target); padding: 0 var(--_space); border: 1px solid var(--_border); border-radius: var(--_radius); }
${P} input[aria-invalid='true'] { border: 2px solid var(--_error); }
${P} input:focus-visible { outline: 3px solid var(--_focus); outline-offset: 2px; }
${P} input:disabled { opacity: 0.85; cursor: not-allowed; }
${P} .error { margin: 0; color: var(--_error); font-weight: 600; }
`;

let sheet: CSSStyleSheet | undefined;

/** Adds the rules to `root` (the element's `getRootNode()`) unless they are there already. */
export function adoptPayerStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function') return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(PAYER_CSS);
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
