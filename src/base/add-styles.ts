import { adoptStyles, type CSSResult } from 'lit';

/**
 * Adds rules that arrive with an on-demand view to an element's shadow root, after its own, once
 * per root. Without constructed style sheets Lit falls back to `<style>` elements.
 */
export function addStyles(root: ShadowRoot, styles: readonly CSSResult[]): void {
  const sheets = styles.map((style) => style.styleSheet);
  if (sheets.some((sheet) => sheet === undefined)) adoptStyles(root, [...styles]);
  else if (!sheets.every((sheet) => root.adoptedStyleSheets.includes(sheet!)))
    root.adoptedStyleSheets = [
      ...root.adoptedStyleSheets,
      ...(sheets as CSSStyleSheet[]).filter((sheet) => !root.adoptedStyleSheets.includes(sheet)),
    ];
}
