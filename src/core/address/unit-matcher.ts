/**
 * Type-ahead over administrative unit names, the way people type them: with or without
 * diacritics, with or without the kind ("phường", "xã", "tp"), by the first letters of each word,
 * in any order, with one typo per long word or leftover Telex/VNI keys. Names the user typed
 * with the same diacritics rank first ("Hà" before "Hạ").
 */
import { isWithinOneEdit } from '../search/edit-distance.js';
import { hasDiacritics, toAccentKey, toSearchTerm } from '../search/search-term.js';
import { withoutTypingKeys } from '../search/typing-leftovers.js';

/** What the matcher needs of a unit: its kind ("Phường", "Tỉnh"...) and its name without it. */
export interface UnitName {
  kind: string;
  name: string;
}

export interface UnitMatch<T> {
  unit: T;
  /** Lower is better. */
  score: number;
}

/** Short forms people write for a kind, as search terms. */
const KIND_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  'thanh pho': ['tp'],
  'dac khu': ['dk'],
  'thi tran': ['tt'],
  'thi xa': ['tx'],
};

/** Words shorter than this are never read as typos: too many names are one edit from them. */
const MIN_TYPO_LENGTH = 4;

interface PreparedUnit<T> {
  unit: T;
  /** The name's words as ids into the matcher's vocabulary of search terms. */
  terms: number[];
  /** The same words as written (lower case, NFC), for the diacritics check. */
  written: string[];
  kindTerms: string[];
  /** The kind as whole words, and its short forms ("thanh pho", "tp"), as a typed query may begin. */
  kindPhrases: string[][];
}

interface QueryWord {
  term: string;
  /** The term without leftover input-method keys, when it had any. */
  plain?: string;
  /** What the user typed, lower case NFC, when it has diacritics. */
  marked?: string;
}

const NOT_A_WORD = /[^\p{L}\p{N}\p{M}]+/u;

const words = (text: string): string[] => text.split(NOT_A_WORD).filter(Boolean);

function toQueryWords(query: string): QueryWord[] {
  return words(query)
    .map((word) => {
      const term = toSearchTerm(word);
      const marked = hasDiacritics(word) ? word.normalize('NFC').toLowerCase() : undefined;
      return { term, plain: withoutTypingKeys(term), marked };
    })
    .filter((word) => word.term !== '');
}

const WHOLE = 0;
const START = 1;
const TYPO = 3;
const NONE = -1;

/** How well a typed word fits a name word: whole, the start of it, by a typo or leftover keys, or not at all. */
function fit(word: QueryWord, term: string): number {
  if (term === word.term) return WHOLE;
  if (term.startsWith(word.term)) return START;
  if (word.plain && (term === word.plain || term.startsWith(word.plain))) return TYPO;
  if (word.term.length >= MIN_TYPO_LENGTH && isWithinOneEdit(word.term, term)) return TYPO;
  return NONE;
}

/** The diacritics the user typed differ from the name's (ignoring where the tone mark sits). */
function marksDiffer(marked: string, written: string): boolean {
  if (written.startsWith(marked)) return false;
  return toAccentKey(marked) !== toAccentKey(written);
}

/** Scores one unit; `fits[w][t]` is how query word w fits vocabulary term t. */
function score<T>(prepared: PreparedUnit<T>, query: readonly QueryWord[], fits: readonly Int8Array[]): number | undefined {
  // A query that begins with the unit's kind ("thành phố hải phòng") matches the name after it.
  const phrase = prepared.kindPhrases.find(
    (words) => words.length < query.length && words.every((term, index) => query[index].term === term),
  );
  if (phrase) {
    query = query.slice(phrase.length);
    fits = fits.slice(phrase.length);
  }
  const used = new Array<boolean>(prepared.terms.length).fill(false);
  const positions: number[] = [];
  let penalty = 0;
  let wholeWords = 0;
  for (let w = 0; w < query.length; w += 1) {
    const word = query[w];
    let best = NONE;
    let bestFit = Infinity;
    prepared.terms.forEach((term, position) => {
      const quality = fits[w][term];
      if (!used[position] && quality !== NONE && quality < bestFit) {
        best = position;
        bestFit = quality;
      }
    });
    // "phường", "tp": the kind, which the name proper does not carry, counts before a typo.
    const isKind = prepared.kindTerms.some((term) => term.startsWith(word.term));
    if (isKind && (best === NONE || bestFit === TYPO)) {
      penalty += 0.5;
      continue;
    }
    if (best === NONE) return undefined;
    used[best] = true;
    positions.push(best);
    if (bestFit === WHOLE) wholeWords += 1;
    // A typo weighs more than where the words stand: a name with the words as typed comes first.
    if (bestFit === TYPO) penalty += 15;
    if (word.marked && marksDiffer(word.marked, prepared.written[best])) penalty += 2;
  }
  if (positions.length === 0) return undefined;
  const inOrder = positions.every((position, index) => index === 0 || position === positions[index - 1] + 1);
  let tier = 3;
  if (inOrder && positions[0] === 0) tier = wholeWords === prepared.terms.length && positions.length === prepared.terms.length ? 0 : 1;
  else if (inOrder) tier = 2;
  return tier * 10 + penalty;
}

const collator = new Intl.Collator('vi');

/** An index over `units`; `nameOf` gives each unit's kind and name. */
export function createUnitMatcher<T>(units: readonly T[], nameOf: (unit: T) => UnitName) {
  // Names share most of their words: each distinct word is folded and compared once.
  const vocabulary: string[] = [];
  const termIds = new Map<string, number>();
  const toTermId = (word: string): number => {
    let id = termIds.get(word);
    if (id === undefined) {
      id = vocabulary.push(toSearchTerm(word)) - 1;
      termIds.set(word, id);
    }
    return id;
  };
  const named = units.map((unit) => ({ unit, ...nameOf(unit) }));
  named.sort((a, b) => collator.compare(a.name, b.name));
  const prepared: PreparedUnit<T>[] = named.map(({ unit, kind, name }) => {
    const written = words(name.normalize('NFC').toLowerCase());
    const kindTerms = words(kind).map(toSearchTerm);
    const abbreviations = KIND_ABBREVIATIONS[kindTerms.join(' ')] ?? [];
    return {
      unit,
      terms: written.map(toTermId),
      written,
      kindTerms: [...kindTerms, ...abbreviations],
      kindPhrases: kindTerms.length ? [kindTerms, ...abbreviations.map((abbreviation) => [abbreviation])] : [],
    };
  });
  // Which units hold each term, so a query scores only the units one of its words can reach.
  const postings: number[][] = vocabulary.map(() => []);
  prepared.forEach((entry, index) => {
    for (const term of new Set(entry.terms)) postings[term].push(index);
  });
  const kindTerms = new Set(prepared.flatMap((entry) => entry.kindTerms));

  /** The units a word can reach through their names (not their kind). */
  function reachedBy(fitsOfWord: Int8Array): Set<number> {
    const reached = new Set<number>();
    fitsOfWord.forEach((quality, term) => {
      if (quality !== NONE) for (const index of postings[term]) reached.add(index);
    });
    return reached;
  }

  /**
   * The only units that can match: those the most selective word reaches by name, since every
   * word must fit; or, when every word may stand for a kind ("xa", "phuong"), those any word
   * reaches by name, since a match needs at least one name word.
   */
  function candidates(typed: readonly QueryWord[], fits: readonly Int8Array[]): Iterable<number> {
    if (typed.length === 0) return prepared.keys();
    let narrowest: Set<number> | undefined;
    const anyWord = new Set<number>();
    typed.forEach((word, w) => {
      const reached = reachedBy(fits[w]);
      if ([...kindTerms].some((term) => term.startsWith(word.term))) {
        for (const index of reached) anyWord.add(index);
      } else if (!narrowest || reached.size < narrowest.size) narrowest = reached;
    });
    return [...(narrowest ?? anyWord)].sort((a, b) => a - b);
  }

  return {
    /** The units that fit `query`, best first, then in name order; all units for an empty query. */
    search(query: string, limit = Infinity): UnitMatch<T>[] {
      const typed = toQueryWords(query);
      const fits = typed.map((word) => Int8Array.from(vocabulary, (term) => fit(word, term)));
      const matches: UnitMatch<T>[] = [];
      for (const index of candidates(typed, fits)) {
        const entry = prepared[index];
        const value = typed.length === 0 ? 0 : score(entry, typed, fits);
        if (value !== undefined) matches.push({ unit: entry.unit, score: value });
      }
      // A stable sort keeps name order among equal scores.
      matches.sort((a, b) => a.score - b.score);
      return matches.slice(0, limit);
    },
  };
}

/** Splits an official name into its kind and the name proper: "Phường Ba Đình" → Phường, Ba Đình. */
export function splitKind(fullName: string, kinds: readonly string[]): UnitName {
  const kind = kinds.find((prefix) => fullName.startsWith(`${prefix} `));
  return kind ? { kind, name: fullName.slice(kind.length + 1) } : { kind: '', name: fullName };
}
