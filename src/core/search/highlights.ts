/** Matched name words as character ranges of the original name, for `<mark>`-style highlighting. */
import type { MatchedWord } from './record-scorer.js';
import { toSearchTerm } from './search-term.js';
import type { HighlightRange } from './types.js';
import { isIndexedWord, splitWords, type Word } from './words.js';

/** Where the typed part of a word ends: the shortest start of the word that folds to `length` letters, with its marks. */
function prefixEnd(word: Word, length: number): number {
  const characters = [...word.text];
  let end = 0;
  for (let i = 0; i < characters.length; i += 1) {
    end += characters[i].length;
    if (toSearchTerm(word.text.slice(0, end)).length >= length) {
      // Decomposed text keeps a letter's marks after it: they belong to the highlighted letter.
      while (i + 1 < characters.length && /\p{M}/u.test(characters[i + 1])) end += characters[++i].length;
      return word.start + end;
    }
  }
  return word.end;
}

/**
 * Ranges for the matched words, merged where only spaces separate them, in order. A word
 * matched as a typed prefix is highlighted up to what was typed, unless it also matched whole.
 */
export function highlightRanges(name: string, matched: readonly MatchedWord[]): HighlightRange[] {
  if (matched.length === 0) return [];
  // Positions count the words that have a term, as the index does.
  const words = splitWords(name).filter((word) => isIndexedWord(word.text));
  const typedLength = new Map<number, number>();
  for (const { position, prefixLength } of matched) {
    const previous = typedLength.get(position);
    typedLength.set(position, previous === 0 || prefixLength === 0 ? 0 : Math.max(previous ?? 0, prefixLength));
  }
  const ranges: HighlightRange[] = [];
  let previousWordEnd = -1;
  for (const position of [...typedLength.keys()].sort((a, b) => a - b)) {
    const word = words[position];
    if (!word) continue;
    const prefixLength = typedLength.get(position) ?? 0;
    const end = prefixLength > 0 ? prefixEnd(word, prefixLength) : word.end;
    const last = ranges.at(-1);
    // Join with the previous range when it covered its whole word and only spaces lie between.
    if (last && last.end === previousWordEnd && /^\s*$/.test(name.slice(last.end, word.start))) last.end = end;
    else ranges.push({ start: word.start, end });
    previousWordEnd = word.end;
  }
  return ranges;
}
