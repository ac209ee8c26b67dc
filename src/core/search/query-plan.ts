/**
 * A query as slots (one per typed word or code) and alternatives: the ways each slot, or a run of
 * slots, can be found in a procedure name, each with a quality. A name matches a slot through its
 * best alternative; slots that no alternative reaches in any name simply cannot match.
 */
import { oneEditNeighbours } from './edit-distance.js';
import type { NameIndex } from './name-index.js';
import { prefixRange } from './prefix-range.js';
import { CODE_IN_QUERY } from './procedure-codes.js';
import { hasDiacritics, toAccentKey, toSearchTerm } from './search-term.js';
import { toKnownTermIds, type SynonymExpansions } from './synonym-expansions.js';
import { withoutTypingKeys } from './typing-leftovers.js';
import { splitWords } from './words.js';
import { toAsciiDigits } from '../identifiers/normalize.js';

/** Slots beyond this are dropped: a slot is one bit of a 32-bit mask, and a pasted paragraph is not a query. */
export const MAX_SLOTS = 16;

/** How much a match through each kind of alternative is worth, against the word itself (1). */
export const QUALITY = {
  word: 1,
  synonym: 0.95,
  typingKeys: 0.9,
  prefix: 0.9,
  codePrefix: 0.9,
  acronym: 0.8,
  codeInName: 0.8,
  oneEdit: 0.7,
} as const;

/** Words shorter than this have too many one-edit neighbours for a correction to mean anything. */
const MIN_CORRECTED_LENGTH = 3;

/** A plain word of a few letters that is no word of any name may be initials: `dktt`. */
const ACRONYM = /^[a-z]{3,8}$/;

export interface Alternative {
  firstSlot: number;
  lastSlot: number;
  /** Consecutive name words this alternative needs, each as a term-id range: `[from0, to0, from1, to1, ...]`. */
  steps: number[];
  quality: number;
  /** Accent-key id of what the user typed, when they typed marks (single-word alternatives); else -1. */
  accent: number;
  /** For a prefix: the typed length (in folded letters) to highlight; 0 highlights the whole word. */
  prefixLength: number;
  /**
   * A longer word for a typed word that is already a word and long enough to be corrected
   * (`tri` → `trình`): the user may still be typing, or may be done. A name matched only through
   * it does not stop the typo repair (see typo-repair.ts).
   */
  tentative?: boolean;
}

export interface CodeSlot {
  slot: number;
  /** Upper case, as typed so far. */
  code: string;
}

export interface QueryPlan {
  /** Word slots come first, `0 .. wordSlots - 1`, in typed order; code slots follow. */
  wordSlots: number;
  /** Per word slot: the folded word and its term id when a name has that very word. */
  words: { term: string; id: number | undefined }[];
  slotCount: number;
  /** Per slot: whether the user typed diacritics in it. */
  marked: boolean[];
  alternatives: Alternative[];
  codes: CodeSlot[];
}

interface QueryWord {
  text: string;
  term: string;
  /** The last word, typed up to the end of the query: it may still be growing. */
  growing: boolean;
}

export interface PlanContext {
  names: NameIndex;
  synonyms: SynonymExpansions;
}

/** Reading the query: codes and words, Unicode digits as ASCII, invisible format characters gone. */
function readQuery(query: string): { words: QueryWord[]; codes: string[] } {
  const text = toAsciiDigits(query.normalize('NFC').replace(/\p{Cf}/gu, ''));
  // Codes are stored upper case; a trailing dot is a code still being typed.
  const codes = [...text.matchAll(CODE_IN_QUERY)].map((match) => match[0].toUpperCase().replace(/\.$/, ''));
  const rest = text.replace(CODE_IN_QUERY, ' ');
  const words: QueryWord[] = [];
  for (const word of splitWords(rest)) {
    const term = toSearchTerm(word.text);
    if (term !== '') words.push({ text: word.text, term, growing: word.end === rest.length });
  }
  return { words, codes };
}

export const correctable = (term: string): boolean => term.length >= MIN_CORRECTED_LENGTH && !/^\d+$/.test(term);

export function planQuery(query: string, context: PlanContext): QueryPlan {
  const read = readQuery(query);
  const words = read.words.slice(0, MAX_SLOTS);
  const codes = read.codes.slice(0, MAX_SLOTS - words.length);
  const { termIds } = context.names;
  const alternatives: Alternative[] = [];
  // A correction never turns one typed word into another typed word: each name word answers
  // one of them ("con nho" must not count the name's "cho" twice).
  const typed = new Set(words.map((word) => word.term));
  words.forEach((word, slot) => addWordAlternatives(word, slot, context.names, typed, alternatives));
  addSynonyms(words, context.synonyms, alternatives);
  codes.forEach((code, i) => {
    // Names have numbers like codes too ("từ 1.000 GT"): the typed digits may be those.
    const ids = toKnownTermIds(code, termIds);
    if (ids) {
      const slot = words.length + i;
      const steps = ids.flatMap((id) => [id, id + 1]);
      alternatives.push({ firstSlot: slot, lastSlot: slot, steps, quality: QUALITY.codeInName, accent: -1, prefixLength: 0 });
    }
  });

  return {
    wordSlots: words.length,
    words: words.map((word) => ({ term: word.term, id: termIds.get(word.term) })),
    slotCount: words.length + codes.length,
    marked: [...words.map((word) => hasDiacritics(word.text)), ...codes.map(() => false)],
    alternatives,
    codes: codes.map((code, i) => ({ slot: words.length + i, code })),
  };
}

/**
 * The ways to find one typed word: itself; while it is being typed, any word it starts; failing
 * those, what the user meant under input-method keys, then its one-edit neighbours and the words
 * its letters may be the initials of.
 */
function addWordAlternatives(word: QueryWord, slot: number, names: NameIndex, typed: Set<string>, alternatives: Alternative[]): void {
  const { terms, termIds, accentIds } = names;
  const single = (id: number, quality: number, accent = -1) =>
    alternatives.push({ firstSlot: slot, lastSlot: slot, steps: [id, id + 1], quality, accent, prefixLength: 0 });

  const exact = termIds.get(word.term);
  if (exact !== undefined) single(exact, QUALITY.word, hasDiacritics(word.text) ? (accentIds.get(toAccentKey(word.text)) ?? -2) : -1);
  let found = exact !== undefined;
  if (word.growing) {
    const [from, to] = prefixRange(terms, word.term);
    if (to > from) {
      alternatives.push({
        firstSlot: slot,
        lastSlot: slot,
        steps: [from, to],
        quality: QUALITY.prefix,
        accent: -1,
        prefixLength: word.term.length,
        tentative: exact !== undefined && correctable(word.term),
      });
    }
    found ||= to > from;
  }
  if (found) return;

  const withoutKeys = withoutTypingKeys(word.term);
  const keyed = withoutKeys === undefined ? undefined : termIds.get(toSearchTerm(withoutKeys));
  if (keyed !== undefined) {
    single(keyed, QUALITY.typingKeys);
    return;
  }
  if (correctable(word.term)) {
    for (const id of oneEditNeighbours(terms, word.term)) if (!typed.has(terms[id])) single(id, QUALITY.oneEdit);
  }
  if (ACRONYM.test(word.term)) {
    const steps = [...word.term].flatMap((letter) => prefixRange(terms, letter));
    alternatives.push({ firstSlot: slot, lastSlot: slot, steps, quality: QUALITY.acronym, accent: -1, prefixLength: 0 });
  }
}

/** Every run of typed words that is a synonym key may be found as any of the key's phrases. */
function addSynonyms(words: QueryWord[], synonyms: SynonymExpansions, alternatives: Alternative[]): void {
  for (let first = 0; first < words.length; first += 1) {
    const last = Math.min(words.length, first + synonyms.longestKey) - 1;
    for (let end = first; end <= last; end += 1) {
      const key = words
        .slice(first, end + 1)
        .map((word) => word.term)
        .join(' ');
      for (const phrase of synonyms.byKey.get(key) ?? []) {
        alternatives.push({
          firstSlot: first,
          lastSlot: end,
          steps: phrase.flatMap((id) => [id, id + 1]),
          quality: QUALITY.synonym,
          accent: -1,
          prefixLength: 0,
        });
      }
    }
  }
}
