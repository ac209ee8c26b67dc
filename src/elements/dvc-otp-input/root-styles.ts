/**
 * The one rule the shadow root cannot give the light-DOM input: `::slotted()` cannot be followed
 * by `::selection`, so a selected code would show its (transparent) digits in the selection
 * colours over the boxes. The rule is adopted, once, by the document or shadow root that holds
 * the element: a constructed style sheet, which strict Content Security Policies allow.
 */

/** Marks the native input the rule applies to. */
export const INPUT_ATTRIBUTE = 'data-dvc-otp-input';

let sheet: CSSStyleSheet | undefined;

/** Adds the rule to `root` (the element's `getRootNode()`) unless it is there already. */
export function adoptRootStyles(root: Node): void {
  if (!(root instanceof Document || root instanceof ShadowRoot)) return;
  if (!('adoptedStyleSheets' in root) || typeof CSSStyleSheet !== 'function' || !('replaceSync' in CSSStyleSheet.prototype)) return;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(
      `input[${INPUT_ATTRIBUTE}]::selection { background: transparent !important; color: transparent !important; -webkit-text-fill-color: transparent !important; }`,
    );
  }
  if (!root.adoptedStyleSheets.includes(sheet)) root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
