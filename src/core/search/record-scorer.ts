/**
 * How well one procedure name answers a planned query. Reads the name's term ids once, finding
 * every alternative that matches at each position, then combines:
 * - coverage: the typed words found, weighted by how rare each is and by the match quality;
 * - adjacency: consecutive typed words found next to each other, in order;
 * - phrase: all of them found as typed, one after another;
 * - name fit: how much of the name the matched words make up, so a short name whose words all
 *   match beats a long one that only contains them;
 * - lead: the name starts with what was typed (after common words such as `Thủ tục`): a name
 *   is about its first words, and one that mentions the query further on is about something else;
 * - diacritics: words the user typed with marks found with exactly those marks;
 * - audience: the procedure is for the people the search serves (by default citizens, who are
 *   most of the portal's searchers), so among near-equal names theirs come first.
 * Coverage dominates (every word found comes first), then adjacency and phrase, then fit and
 * lead; exact diacritics and audience only break near-ties.
 */
import type { NameIndex } from './name-index.js';
import { phraseAt } from './phrase.js';
import { QUALITY, MAX_SLOTS, type QueryPlan } from './query-plan.js';

const WEIGHT = { coverage: 100, adjacency: 15, phrase: 15, nameFit: 10, lead: 4, diacritics: 3, audience: 2 };
const WEIGHT_SUM = Object.values(WEIGHT).reduce((sum, weight) => sum + weight, 0);

/**
 * Words this common (in about one name in seven or more: `cấp`, `thủ tục`, `đăng ký`) say what
 * kind of procedure it is, not which one; below it, a word names the procedure's subject.
 */
const COMMON_WORD_WEIGHT = 2;

/** Adjacency credit when the next word comes right after, within two words, or just before. */
const NEXT = 1;
const NEAR = 0.5;
const REVERSED = 0.3;
const NEAR_GAP = 2;

/** Occurrences kept per slot for the adjacency check; names rarely repeat a word more often. */
const OCCURRENCES = 4;

/** A matched name word: its position in the name and how much of it to highlight (0: whole). */
export interface MatchedWord {
  position: number;
  prefixLength: number;
}

/**
 * The best score a record can reach when its matched slots carry `coverageShare` of the query's
 * weight: every match exact, adjacent, and the name made of nothing else.
 */
export const scoreBound = (coverageShare: number): number => (WEIGHT.coverage * coverageShare + WEIGHT_SUM - WEIGHT.coverage) / WEIGHT_SUM;

export class RecordScorer {
  private plan: QueryPlan | undefined;
  private slotWeights: Float64Array = new Float64Array(MAX_SLOTS);
  private totalWeight = 0;
  /** Alternatives starting at each term: linked lists through `entryNext`, -1 ends a list. */
  private readonly termHead: Int32Array;
  private headed: number[] = [];
  private entryNext = new Int32Array(256);
  private entryAlternative = new Int32Array(256);
  private entries = 0;
  /** Per alternative, copied out of the plan for the inner loop. */
  private alternativeLength: number[] = [];
  private readonly slotQuality = new Float64Array(MAX_SLOTS);
  private readonly slotAccent = new Uint8Array(MAX_SLOTS);
  private readonly occurrenceCount = new Uint8Array(MAX_SLOTS);
  /** Per slot and occurrence: start, end, alternative. */
  private readonly occurrences = new Int32Array(MAX_SLOTS * OCCURRENCES * 3);

  constructor(
    private readonly names: NameIndex,
    /** Upper-case codes by record. */
    private readonly codes: readonly string[],
    /** 1 for records of the preferred audience. */
    private readonly preferred: Uint8Array,
  ) {
    this.termHead = new Int32Array(names.terms.length).fill(-1);
  }

  /** Use this plan, with each slot's weight (0 for a slot nothing matches), until `release`. */
  prepare(plan: QueryPlan, slotWeights: Float64Array): void {
    this.plan = plan;
    this.slotWeights = slotWeights;
    this.totalWeight = slotWeights.reduce((sum, weight) => sum + weight, 0);
    this.alternativeLength = plan.alternatives.map((alternative) => alternative.steps.length / 2);
    plan.alternatives.forEach((alternative, a) => {
      for (let term = alternative.steps[0]; term < alternative.steps[1]; term += 1) {
        if (this.termHead[term] === -1) this.headed.push(term);
        if (this.entries === this.entryNext.length) this.growEntries();
        this.entryNext[this.entries] = this.termHead[term];
        this.entryAlternative[this.entries] = a;
        this.termHead[term] = this.entries;
        this.entries += 1;
      }
    });
  }

  release(): void {
    for (const term of this.headed) this.termHead[term] = -1;
    this.headed = [];
    this.entries = 0;
    this.plan = undefined;
  }

  private growEntries(): void {
    const next = new Int32Array(this.entryNext.length * 2);
    next.set(this.entryNext);
    this.entryNext = next;
    const alternative = new Int32Array(this.entryAlternative.length * 2);
    alternative.set(this.entryAlternative);
    this.entryAlternative = alternative;
  }

  /** The record's score in [0, 1]; `matched` (when given) receives the matched name words. */
  score(record: number, matched?: MatchedWord[]): number {
    const plan = this.plan;
    if (!plan) throw new Error('RecordScorer.score called without a prepared plan');
    const { tokenStart, tokenTerm, tokenAccent, tokenWeight, nameWeight } = this.names;
    const { alternatives } = plan;
    const slots = plan.slotCount;
    this.slotQuality.fill(0, 0, slots);
    this.slotAccent.fill(0, 0, slots);
    this.occurrenceCount.fill(0, 0, slots);

    const first = tokenStart[record];
    const end = tokenStart[record + 1];
    let fitted = 0;
    let coveredUntil = first;
    let firstMatch = end;
    for (let p = first; p < end; p += 1) {
      for (let e = this.termHead[tokenTerm[p]]; e !== -1; e = this.entryNext[e]) {
        const a = this.entryAlternative[e];
        const alternative = alternatives[a];
        const length = this.alternativeLength[a];
        if (length > 1 && !phraseAt(tokenTerm, p, end, alternative.steps)) continue;
        if (p < firstMatch) firstMatch = p;
        for (let q = coveredUntil > p ? coveredUntil : p; q < p + length; q += 1) fitted += tokenWeight[q];
        if (p + length > coveredUntil) coveredUntil = p + length;
        const accentMatches = alternative.accent >= 0 && tokenAccent[p] === alternative.accent;
        for (let s = alternative.firstSlot; s <= alternative.lastSlot; s += 1) {
          if (alternative.quality > this.slotQuality[s]) this.slotQuality[s] = alternative.quality;
          if (accentMatches) this.slotAccent[s] = 1;
          this.addOccurrence(s, p - first, p - first + length, a);
        }
        if (matched) {
          for (let q = p; q < p + length; q += 1) {
            matched.push({ position: q - first, prefixLength: q === p ? alternative.prefixLength : 0 });
          }
        }
      }
    }
    for (const { slot, code } of plan.codes) {
      const recordCode = this.codes[record];
      if (recordCode.startsWith(code)) this.slotQuality[slot] = recordCode === code ? QUALITY.word : QUALITY.codePrefix;
    }

    let covered = 0;
    let typedMarks = 0;
    let keptMarks = 0;
    for (let s = 0; s < slots; s += 1) {
      covered += this.slotWeights[s] * this.slotQuality[s];
      if (plan.marked[s] && this.slotWeights[s] > 0) {
        typedMarks += 1;
        keptMarks += this.slotAccent[s];
      }
    }
    const coverage = this.totalWeight > 0 ? covered / this.totalWeight : 0;
    const nameFit = nameWeight[record] > 0 ? fitted / nameWeight[record] : 0;
    const diacritics = typedMarks > 0 ? keptMarks / typedMarks : 0;
    const { adjacency, phrase } = this.adjacency(plan.wordSlots);
    const lead = this.leads(first, firstMatch) ? 1 : 0;
    return (
      (WEIGHT.coverage * coverage +
        WEIGHT.adjacency * adjacency +
        WEIGHT.phrase * phrase +
        WEIGHT.nameFit * nameFit +
        WEIGHT.lead * lead +
        WEIGHT.diacritics * diacritics +
        WEIGHT.audience * this.preferred[record]) /
      WEIGHT_SUM
    );
  }

  /** Whether only common words come before the first match. */
  private leads(first: number, firstMatch: number): boolean {
    const { tokenTerm, termWeight } = this.names;
    for (let p = first; p < firstMatch; p += 1) if (termWeight[tokenTerm[p]] > COMMON_WORD_WEIGHT) return false;
    return true;
  }

  private addOccurrence(slot: number, start: number, end: number, alternative: number): void {
    const count = this.occurrenceCount[slot];
    if (count === OCCURRENCES) return;
    const at = (slot * OCCURRENCES + count) * 3;
    this.occurrences[at] = start;
    this.occurrences[at + 1] = end;
    this.occurrences[at + 2] = alternative;
    this.occurrenceCount[slot] = count + 1;
  }

  /**
   * Adjacency: the mean credit over consecutive typed-word pairs. Phrase: 1 when every pair is
   * found next to each other in order, as typed. Both are 1 for a one-word query, so they never
   * decide those.
   */
  private adjacency(wordSlots: number): { adjacency: number; phrase: number } {
    if (wordSlots < 2) return { adjacency: 1, phrase: 1 };
    let sum = 0;
    let phrase = 1;
    for (let s = 0; s + 1 < wordSlots; s += 1) {
      let best = 0;
      for (let i = 0; i < this.occurrenceCount[s]; i += 1) {
        const a = (s * OCCURRENCES + i) * 3;
        for (let j = 0; j < this.occurrenceCount[s + 1]; j += 1) {
          const credit = pairCredit(this.occurrences, a, ((s + 1) * OCCURRENCES + j) * 3);
          if (credit > best) best = credit;
        }
      }
      sum += best;
      if (best < NEXT) phrase = 0;
    }
    return { adjacency: sum / (wordSlots - 1), phrase };
  }
}

function pairCredit(occurrences: Int32Array, a: number, b: number): number {
  // Both words inside one phrase match (a synonym for the two of them).
  if (occurrences[a + 2] === occurrences[b + 2] && occurrences[a] === occurrences[b]) return NEXT;
  const gap = occurrences[b] - occurrences[a + 1];
  if (gap === 0) return NEXT;
  if (gap > 0 && gap <= NEAR_GAP) return NEAR;
  if (occurrences[b + 1] === occurrences[a]) return REVERSED;
  return 0;
}
