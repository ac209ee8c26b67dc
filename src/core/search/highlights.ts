/** Matched name words as character ranges of the original name, for `<mark>`-style highlighting. */
import type { MatchedWord } from './record-scorer.js';
import { toSearchTerm } from './search-term.js';
import type { HighlightRange } from './types.js';
import { forEachWord, isIndexedWord } from './words.js';

const MARK = /\p{M}/u;

/** Where the typed part of the word `name[start, end)` ends: the shortest start of it that folds to `length` letters, with its marks. */
function prefixEnd(name: string, start: number, end: number, length: number): number {
  for (let at = start; at < end;) {
    at += (name.codePointAt(at) ?? 0) > 0xffff ? 2 : 1;
    if (toSearchTerm(name.slice(start, at)).length >= length) {
      // Decomposed text keeps a letter's marks after it: they belong to the highlighted letter.
      while (at < end && MARK.test(name[at])) at += 1;
      return at;
    }
  }
  return end;
}

/**
 * Ranges for the matched words, merged where only spaces separate them, in order. A word
 * matched as a typed prefix is highlighted up to what was typed, unless it also matched whole.
 */
export function highlightRanges(name: string, matched: readonly MatchedWord[]): HighlightRange[] {
  if (matched.length === 0) return [];
  const typedLength = new Map<number, number>();
  for (const { position, prefixLength } of matched) {
    const previous = typedLength.get(position);
    typedLength.set(position, previous === 0 || prefixLength === 0 ? 0 : Math.max(previous ?? 0, prefixLength));
  }
  const ranges: HighlightRange[] = [];
  let previousWordEnd = -1;
  // Positions count the indexed words, as the index does.
  let position = 0;
  forEachWord(name, (start, end) => {
    if (!isIndexedWord(name, start, end)) return;
    const prefixLength = typedLength.get(position);
    position += 1;
    if (prefixLength === undefined) return;
    const highlightEnd = prefixLength > 0 ? prefixEnd(name, start, end, prefixLength) : end;
    const last = ranges.at(-1);
    // Join with the previous range when it covered its whole word and only spaces lie between.
    if (last && last.end === previousWordEnd && /^\s*$/.test(name.slice(last.end, start))) last.end = highlightEnd;
    else ranges.push({ start, end: highlightEnd });
    previousWordEnd = end;
  });
  return ranges;
}
