/** The synonym table turned into term ids of one dataset's vocabulary. */
import { toSearchTerm } from './search-term.js';
import type { SynonymTable } from './types.js';
import { splitWords } from './words.js';

export interface SynonymExpansions {
  /** Folded key words joined by one space → phrases as term-id sequences. */
  byKey: Map<string, number[][]>;
  /** Words in the longest key, to bound the look-up in a query. */
  longestKey: number;
}

const toTermList = (text: string): string[] =>
  splitWords(text)
    .map((word) => toSearchTerm(word.text))
    .filter((term) => term !== '');

/** The term ids of a text's words, or `undefined` when a word is in no name (or there is none). */
export function toKnownTermIds(text: string, termIds: ReadonlyMap<string, number>): number[] | undefined {
  const ids: number[] = [];
  for (const term of toTermList(text)) {
    const id = termIds.get(term);
    if (id === undefined) return undefined;
    ids.push(id);
  }
  return ids.length > 0 ? ids : undefined;
}

export function compileSynonyms(table: SynonymTable, termIds: ReadonlyMap<string, number>): SynonymExpansions {
  const byKey = new Map<string, number[][]>();
  let longestKey = 0;
  for (const [key, value] of Object.entries(table)) {
    const keyTerms = toTermList(key);
    const phrases: number[][] = [];
    for (const phrase of typeof value === 'string' ? [value] : value) {
      // A phrase with a word that no name has cannot match anything here.
      const ids = toKnownTermIds(phrase, termIds);
      if (ids) phrases.push(ids);
    }
    if (keyTerms.length === 0 || phrases.length === 0) continue;
    byKey.set(keyTerms.join(' '), phrases);
    longestKey = Math.max(longestKey, keyTerms.length);
  }
  return { byKey, longestKey };
}
