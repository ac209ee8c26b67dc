/**
 * A typo can turn one word into another real word (`tam tri` for `tạm trú`), which no correction
 * of unknown words catches. When no name has every typed word, a name that has all but one is
 * checked for a one-edit variant of the missing word right next to a typed neighbour of it; if
 * there is one, that variant counts for the word (as a two-word phrase, so it only counts in that
 * context). A variant anywhere else in a name would be noise: `thẻ` is one edit from `thị`.
 */
import { oneEditNeighbours } from './edit-distance.js';
import type { NameIndex } from './name-index.js';
import { QUALITY, correctable, type Alternative, type QueryPlan } from './query-plan.js';
import type { SlotMatches } from './slot-matches.js';

/** The single slot of `wanted` missing from `bits`, or -1 when none or several are. */
function singleMissingSlot(wanted: number, bits: number): number {
  const missing = wanted & ~bits;
  if (missing === 0 || (missing & (missing - 1)) !== 0) return -1;
  return 31 - Math.clz32(missing);
}

/** Adds the confirmed corrections to the plan, and marks every record they match. */
export function repairRealWordTypos(plan: QueryPlan, matches: SlotMatches, names: NameIndex, wanted: number): void {
  const { tokenStart, tokenTerm, terms } = names;
  if (!plan.words.some((word) => word.id !== undefined && correctable(word.term))) return;
  const variants = new Map<number, Set<number>>();
  const corrections = new Map<string, Alternative>();
  for (let i = 0; i < matches.touchedCount; i += 1) {
    const record = matches.touched[i];
    const slot = singleMissingSlot(wanted, matches.firmMask[record]);
    if (slot < 0 || slot >= plan.wordSlots) continue;
    const word = plan.words[slot];
    if (word.id === undefined || !correctable(word.term)) continue;
    let neighbours = variants.get(slot);
    if (!neighbours) {
      // As in the plan, a typed word is never the correction of another.
      const typed = new Set(plan.words.map((each) => each.id));
      neighbours = new Set(oneEditNeighbours(terms, word.term).filter((id) => !typed.has(id)));
      variants.set(slot, neighbours);
    }
    const before = plan.words[slot - 1]?.id;
    const after = plan.words[slot + 1]?.id;
    const start = tokenStart[record];
    const end = tokenStart[record + 1];
    for (let p = start; p < end; p += 1) {
      const variant = tokenTerm[p];
      if (!neighbours.has(variant)) continue;
      let pair: [firstSlot: number, first: number, second: number] | undefined;
      if (before !== undefined && p > start && tokenTerm[p - 1] === before) pair = [slot - 1, before, variant];
      else if (after !== undefined && p + 1 < end && tokenTerm[p + 1] === after) pair = [slot, variant, after];
      if (!pair) continue;
      const [firstSlot, first, second] = pair;
      corrections.set(`${firstSlot} ${first} ${second}`, {
        firstSlot,
        lastSlot: firstSlot + 1,
        steps: [first, first + 1, second, second + 1],
        quality: QUALITY.oneEdit,
        accent: -1,
        prefixLength: 0,
      });
      break;
    }
  }
  plan.alternatives.push(...corrections.values());
  matches.addAlternatives([...corrections.values()]);
}
