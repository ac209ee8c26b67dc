import type { CSSResult } from 'lit';

/**
 * Adds rules to a document or shadow root (an element's `getRootNode()`), after its own, once per
 * root: rules that arrive with an on-demand view, or rules for what an element renders in its light
 * DOM, where its shadow styles do not apply. They go in as the constructed style sheets Lit keeps
 * for `styles`, which strict Content Security Policies allow where they refuse a `<style>` element.
 */
export function addStyles(node: Node, styles: readonly CSSResult[]): void {
  const root = node as Node & Partial<DocumentOrShadowRoot>;
  // Only a document or a shadow root adopts sheets; DOM emulations (jsdom in a host's unit tests) have none.
  if (!root.adoptedStyleSheets) return;
  const added = styles.map((style) => style.styleSheet).filter((sheet) => sheet && !root.adoptedStyleSheets!.includes(sheet));
  if (added.length) root.adoptedStyleSheets = [...root.adoptedStyleSheets, ...(added as CSSStyleSheet[])];
}
