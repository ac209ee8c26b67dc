/**
 * The inverted index over procedure names. Terms are numbered in sorted order, so every term that
 * starts with a prefix is one id range. Per record, the name is kept as its sequence of term ids
 * (for phrase, adjacency and name-fit checks) in flat typed arrays: cheap to build and scan.
 */
import { runSteps, type BuildSteps } from './build-steps.js';
import { toAccentKey, toSearchTerm } from './search-term.js';
import { WORD_HASH_SEED, WordTable, hashUnit } from './word-table.js';
import { isIndexedWord, isWordCharacter } from './words.js';

/** Words in brackets qualify a name ("(thực hiện tại cấp tỉnh)"); leaving them unmatched costs less. */
const BRACKETED_WORD_WEIGHT = 0.3;

export interface NameIndex {
  /** Sorted, distinct terms; a term's id is its position here. */
  terms: string[];
  termIds: Map<string, number>;
  /** Accent keys (see `toAccentKey`) by id, for the exact-diacritics boost. */
  accentIds: Map<string, number>;
  /** Records containing term t: `postings[postingStart[t] .. postingStart[t + 1]]`, ascending. */
  postingStart: Uint32Array;
  postings: Uint32Array;
  /** Inverse document frequency of each term. */
  termWeight: Float64Array;
  /** Name of record r: positions `tokenStart[r] .. tokenStart[r + 1]` of the token arrays. */
  tokenStart: Uint32Array;
  tokenTerm: Uint32Array;
  tokenAccent: Uint32Array;
  /** How much each name position counts towards name fit: term weight, less in brackets. */
  tokenWeight: Float32Array;
  /** Sum of `tokenWeight` over each record's name. */
  nameWeight: Float64Array;
}

/** Names read between two pauses of a stepped build. */
const NAMES_PER_STEP = 1000;

export function buildNameIndex(names: readonly string[]): NameIndex {
  return runSteps(nameIndexSteps(names));
}

/** `buildNameIndex` as steps: it pauses (yields) every so often, so a caller can let the page breathe. */
export function* nameIndexSteps(names: readonly string[]): BuildSteps<NameIndex> {
  // Names repeat the same few thousand words: fold each distinct spelling once.
  const spellings = new WordTable();
  const spellingTerm: number[] = [];
  const spellingAccent: number[] = [];
  const firstSeenTerms: string[] = [];
  const firstSeenTermIds = new Map<string, number>();
  const accentIds = new Map<string, number>();
  const tokenStart = new Uint32Array(names.length + 1);
  // A word takes at least one character and one separator: an upper bound for the token arrays.
  let capacity = 0;
  for (const name of names) capacity += (name.length + 1) >> 1;
  const rawTerms = new Uint32Array(capacity);
  const tokenAccent = new Uint32Array(capacity);
  const bracketed = new Uint8Array(capacity);
  let tokens = 0;

  // Provincial datasets repeat national names in every province's copy: read each name once.
  const firstWithName = new Map<string, number>();
  for (let record = 0; record < names.length; record += 1) {
    if (record % NAMES_PER_STEP === NAMES_PER_STEP - 1) yield;
    const name = names[record];
    tokenStart[record] = tokens;
    const earlier = firstWithName.get(name);
    if (earlier !== undefined) {
      const from = tokenStart[earlier];
      const to = tokenStart[earlier + 1];
      rawTerms.copyWithin(tokens, from, to);
      tokenAccent.copyWithin(tokens, from, to);
      bracketed.copyWithin(tokens, from, to);
      tokens += to - from;
      continue;
    }
    firstWithName.set(name, record);
    // One pass finds the words, hashes them and follows brackets. (It is `forEachWord` written
    // out: this loop is most of the build's time.)
    let depth = 0;
    let start = -1;
    let hash = WORD_HASH_SEED;
    for (let i = 0; i <= name.length; i += 1) {
      const unit = i < name.length ? name.charCodeAt(i) : 32;
      if (i < name.length && isWordCharacter(name, i)) {
        if (start < 0) {
          start = i;
          hash = WORD_HASH_SEED;
        }
        hash = hashUnit(hash, unit);
        continue;
      }
      if (start >= 0) {
        const spelling = spellings.idOf(name, start, i, hash);
        if (spelling === spellingTerm.length) {
          const text = spellings.words[spelling];
          const indexed = isIndexedWord(text);
          spellingTerm.push(indexed ? intern(toSearchTerm(text), firstSeenTermIds, firstSeenTerms) : -1);
          spellingAccent.push(indexed ? intern(toAccentKey(text), accentIds) : -1);
        }
        if (spellingTerm[spelling] >= 0) {
          rawTerms[tokens] = spellingTerm[spelling];
          tokenAccent[tokens] = spellingAccent[spelling];
          bracketed[tokens] = depth > 0 ? 1 : 0;
          tokens += 1;
        }
        start = -1;
      }
      if (unit === 0x28 || unit === 0x5b)
        depth += 1; // ( [
      else if ((unit === 0x29 || unit === 0x5d) && depth > 0) depth -= 1; // ) ]
    }
  }
  tokenStart[names.length] = tokens;
  yield;

  const terms = [...firstSeenTerms].sort();
  const termIds = new Map(terms.map((term, id) => [term, id]));
  const sortedId = Uint32Array.from(firstSeenTerms, (term) => termIds.get(term) ?? 0);
  const tokenTerm = new Uint32Array(tokens);
  for (let p = 0; p < tokens; p += 1) tokenTerm[p] = sortedId[rawTerms[p]];

  yield;
  const { postingStart, postings } = buildPostings(tokenStart, tokenTerm, terms.length);
  yield;
  const termWeight = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t += 1) {
    termWeight[t] = inverseDocumentFrequency(postingStart[t + 1] - postingStart[t], names.length);
  }

  const tokenWeight = new Float32Array(tokens);
  const nameWeight = new Float64Array(names.length);
  for (let record = 0; record < names.length; record += 1) {
    let sum = 0;
    for (let p = tokenStart[record]; p < tokenStart[record + 1]; p += 1) {
      tokenWeight[p] = termWeight[tokenTerm[p]] * (bracketed[p] ? BRACKETED_WORD_WEIGHT : 1);
      sum += tokenWeight[p];
    }
    nameWeight[record] = sum;
  }

  return {
    terms,
    termIds,
    accentIds,
    postingStart,
    postings,
    termWeight,
    tokenStart,
    tokenTerm,
    tokenAccent: tokenAccent.slice(0, tokens),
    tokenWeight,
    nameWeight,
  };
}

function intern(value: string, ids: Map<string, number>, list?: string[]): number {
  let id = ids.get(value);
  if (id === undefined) {
    id = ids.size;
    ids.set(value, id);
    list?.push(value);
  }
  return id;
}

/** BM25's idf: rare terms tell records apart, terms in most names hardly do. */
export const inverseDocumentFrequency = (documentFrequency: number, documents: number): number =>
  Math.log(1 + (documents - documentFrequency + 0.5) / (documentFrequency + 0.5));

/** Records per term, each record once, ascending (records are visited in order). */
function buildPostings(tokenStart: Uint32Array, tokenTerm: Uint32Array, termCount: number) {
  const records = tokenStart.length - 1;
  const lastRecord = new Int32Array(termCount).fill(-1);
  const counts = new Uint32Array(termCount + 1);
  for (let record = 0; record < records; record += 1) {
    for (let p = tokenStart[record]; p < tokenStart[record + 1]; p += 1) {
      const term = tokenTerm[p];
      if (lastRecord[term] === record) continue;
      lastRecord[term] = record;
      counts[term + 1] += 1;
    }
  }
  const postingStart = new Uint32Array(termCount + 1);
  for (let t = 0; t < termCount; t += 1) postingStart[t + 1] = postingStart[t] + counts[t + 1];
  const postings = new Uint32Array(postingStart[termCount]);
  const fill = postingStart.slice(0, termCount);
  lastRecord.fill(-1);
  for (let record = 0; record < records; record += 1) {
    for (let p = tokenStart[record]; p < tokenStart[record + 1]; p += 1) {
      const term = tokenTerm[p];
      if (lastRecord[term] === record) continue;
      lastRecord[term] = record;
      postings[fill[term]] = record;
      fill[term] += 1;
    }
  }
  return { postingStart, postings };
}
