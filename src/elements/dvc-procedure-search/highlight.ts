import { html, type TemplateResult } from 'lit';
import type { HighlightRange } from '../../core/search/types.js';

/**
 * `text` with the given ranges wrapped in `<mark>`, always as text (never parsed as HTML). Ranges
 * from a server are not trusted: they are clamped to the text, sorted, and overlaps dropped.
 */
export function highlighted(text: string, ranges: readonly HighlightRange[]): (string | TemplateResult)[] {
  const sorted = ranges
    .map(({ start, end }) => ({ start: Math.max(0, Math.min(start, text.length)), end: Math.max(0, Math.min(end, text.length)) }))
    .filter(({ start, end }) => end > start)
    .sort((a, b) => a.start - b.start);
  const parts: (string | TemplateResult)[] = [];
  let at = 0;
  for (const { start, end } of sorted) {
    if (start < at) continue;
    if (start > at) parts.push(text.slice(at, start));
    parts.push(html`<mark>${text.slice(start, end)}</mark>`);
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}
