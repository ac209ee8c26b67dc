/**
 * Which slots of a plan each record matches, as one bit per slot: the union of the postings of
 * every alternative. Phrases (several name words) are checked in place, starting from their
 * rarest word. The arrays are reused from query to query; `clear` resets only what was touched.
 *
 * A word being typed can be a prefix of most words (`t`): its postings cover most records, and
 * a record that matches only that slot rarely reaches the bar. Such a broad prefix is deferred:
 * it is checked only in the records the other slots found, and its frequency (for its weight)
 * is counted once per index and prefix, then remembered. `completeDeferred` enumerates it in
 * full when the caller finds that it does matter.
 */
import type { NameIndex } from './name-index.js';
import { hasPhrase } from './phrase.js';
import { forEachRecordWithCode } from './procedure-codes.js';
import { MAX_SLOTS, type Alternative, type QueryPlan } from './query-plan.js';

export class SlotMatches {
  /** Slot bits per record; non-zero exactly for the first `touchedCount` records of `touched`. */
  readonly mask: Uint32Array;
  /** The same, without tentative alternatives. */
  readonly firmMask: Uint32Array;
  readonly touched: Uint32Array;
  touchedCount = 0;
  /** Per slot: how many records match it. */
  readonly frequency = new Uint32Array(MAX_SLOTS);
  /** Slots of deferred broad prefixes, and the alternatives themselves. */
  deferredSlots = 0;
  private deferred: Alternative[] = [];
  private readonly seen: Uint32Array;
  private visit = 0;
  /** Records per broad term range, keyed `from:to`: counted once, they never change. */
  private readonly rangeFrequency = new Map<string, number>();

  constructor(
    private readonly names: NameIndex,
    /** Upper-case codes by record. */
    private readonly codes: readonly string[],
  ) {
    const records = names.tokenStart.length - 1;
    this.mask = new Uint32Array(records);
    this.firmMask = new Uint32Array(records);
    this.touched = new Uint32Array(records);
    this.seen = new Uint32Array(records);
  }

  collect(plan: QueryPlan): void {
    const records = this.mask.length;
    const { postingStart } = this.names;
    const now: Alternative[] = [];
    for (const alternative of plan.alternatives) {
      const [from, to] = alternative.steps;
      const broad = alternative.steps.length === 2 && to - from > 1 && postingStart[to] - postingStart[from] > records / 2;
      if (broad) {
        this.deferred.push(alternative);
        this.deferredSlots |= slotBits(alternative);
      } else now.push(alternative);
    }
    this.addAlternatives(now);
    for (const { slot, code } of plan.codes) forEachRecordWithCode(this.codes, code, (record) => this.add(record, 1 << slot));
    if (this.touchedCount === 0) {
      this.completeDeferred();
      return;
    }
    for (const alternative of this.deferred) {
      const [from, to] = alternative.steps;
      this.addWithinTouched(from, to, slotBits(alternative), alternative.tentative ? 0 : slotBits(alternative));
      const slot = alternative.firstSlot;
      this.frequency[slot] = Math.max(this.frequency[slot], this.recordsWithTerms(from, to));
    }
  }

  /** How many records have a term in `[from, to)`. */
  private recordsWithTerms(from: number, to: number): number {
    const key = `${from}:${to}`;
    let count = this.rangeFrequency.get(key);
    if (count === undefined) {
      const { postingStart, postings } = this.names;
      this.visit += 1;
      count = 0;
      for (let i = postingStart[from]; i < postingStart[to]; i += 1) {
        if (this.seen[postings[i]] === this.visit) continue;
        this.seen[postings[i]] = this.visit;
        count += 1;
      }
      this.rangeFrequency.set(key, count);
    }
    return count;
  }

  /** Marks every record that the alternatives match. */
  addAlternatives(alternatives: readonly Alternative[]): void {
    for (const alternative of alternatives) {
      const bits = slotBits(alternative);
      const firm = alternative.tentative ? 0 : bits;
      if (alternative.steps.length > 2) this.addPhrase(alternative, bits, firm);
      else this.addTerms(alternative.steps[0], alternative.steps[1], bits, firm);
    }
  }

  /** Enumerates the deferred prefixes over every record after all, with exact frequencies. */
  completeDeferred(): void {
    this.addAlternatives(this.deferred);
    for (let slot = 0; slot < MAX_SLOTS; slot += 1) {
      if ((this.deferredSlots & (1 << slot)) === 0) continue;
      let frequency = 0;
      for (let i = 0; i < this.touchedCount; i += 1) if (this.mask[this.touched[i]] & (1 << slot)) frequency += 1;
      this.frequency[slot] = frequency;
    }
    this.deferred = [];
    this.deferredSlots = 0;
  }

  clear(): void {
    for (let i = 0; i < this.touchedCount; i += 1) {
      this.mask[this.touched[i]] = 0;
      this.firmMask[this.touched[i]] = 0;
    }
    this.touchedCount = 0;
    this.frequency.fill(0);
    this.deferred = [];
    this.deferredSlots = 0;
  }

  /** Records that `record` matches the slots in `bits` (`firm`: those not through a tentative alternative). */
  private add(record: number, bits: number, firm = bits): void {
    const mask = this.mask[record];
    if (mask === 0) this.touched[this.touchedCount++] = record;
    for (let fresh = bits & ~mask; fresh !== 0; fresh &= fresh - 1) this.frequency[31 - Math.clz32(fresh & -fresh)] += 1;
    this.mask[record] = mask | bits;
    this.firmMask[record] |= firm;
  }

  private addTerms(from: number, to: number, bits: number, firm: number): void {
    const { postingStart, postings } = this.names;
    for (let i = postingStart[from]; i < postingStart[to]; i += 1) this.add(postings[i], bits, firm);
  }

  private addWithinTouched(from: number, to: number, bits: number, firm: number): void {
    const { tokenStart, tokenTerm } = this.names;
    for (let i = 0; i < this.touchedCount; i += 1) {
      const record = this.touched[i];
      for (let p = tokenStart[record]; p < tokenStart[record + 1]; p += 1) {
        if (tokenTerm[p] >= from && tokenTerm[p] < to) {
          this.add(record, bits, firm);
          break;
        }
      }
    }
  }

  private addPhrase(alternative: Alternative, bits: number, firm: number): void {
    const { postingStart, postings, tokenStart, tokenTerm } = this.names;
    const { steps } = alternative;
    let rarest = 0;
    for (let k = 1; k < steps.length / 2; k += 1) {
      const size = postingStart[steps[2 * k + 1]] - postingStart[steps[2 * k]];
      if (size < postingStart[steps[2 * rarest + 1]] - postingStart[steps[2 * rarest]]) rarest = k;
    }
    // A range of terms can list one record under several terms: check each record once.
    this.visit += 1;
    for (let i = postingStart[steps[2 * rarest]]; i < postingStart[steps[2 * rarest + 1]]; i += 1) {
      const record = postings[i];
      if (this.seen[record] === this.visit) continue;
      this.seen[record] = this.visit;
      if (hasPhrase(tokenTerm, tokenStart[record], tokenStart[record + 1], steps)) this.add(record, bits, firm);
    }
  }
}

function slotBits(alternative: Alternative): number {
  let bits = 0;
  for (let s = alternative.firstSlot; s <= alternative.lastSlot; s += 1) bits |= 1 << s;
  return bits;
}
