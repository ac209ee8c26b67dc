import type { CSSResult } from 'lit';

/**
 * Adds rules for what an element renders in its light DOM (forms there so autofill reaches them,
 * inputs given to a slot), where its shadow styles do not apply, to `node`: the document or shadow
 * root holding the element (its `getRootNode()`), once. They go in as the constructed style sheet
 * Lit keeps for `styles`, which strict Content Security Policies allow where they refuse a
 * `<style>` element.
 */
export function adoptRootStyles(node: Node, styles: CSSResult): void {
  const root = node as Node & Partial<DocumentOrShadowRoot>;
  const sheet = styles.styleSheet;
  // Only a document or a shadow root adopts sheets; DOM emulations (jsdom in a host's unit tests) have none.
  if (sheet && root.adoptedStyleSheets && !root.adoptedStyleSheets.includes(sheet))
    root.adoptedStyleSheets = [...root.adoptedStyleSheets, sheet];
}
