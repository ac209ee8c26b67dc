/**
 * `createProcedureIndex`: builds the search structures once from plain records, then answers
 * queries synchronously. Pure data in, pure data out, no DOM: it runs the same in Node, a page
 * or a Web Worker (build it in the worker from the posted records, post back `search` results).
 */
import { runSteps, runStepsInSlices, type BuildSteps } from './build-steps.js';
import { FacetCounter, compileFilters, facetIndexSteps, failedFilters, recordsWithSubjects, type CompiledFilters } from './facets.js';
import { highlightRanges } from './highlights.js';
import { inverseDocumentFrequency, nameIndexSteps } from './name-index.js';
import { toCodeColumn } from './procedure-codes.js';
import { planQuery, type QueryPlan } from './query-plan.js';
import { RecordScorer, scoreBound, type MatchedWord } from './record-scorer.js';
import { SlotMatches } from './slot-matches.js';
import { compileSynonyms } from './synonym-expansions.js';
import { DEFAULT_PROCEDURE_SYNONYMS } from './synonyms.js';
import { TopRanked } from './top-ranked.js';
import { repairRealWordTypos } from './typo-repair.js';
import type { ProcedureIndex, ProcedureIndexOptions, SearchableProcedure, SearchHit, SearchOptions, SearchResult } from './types.js';

const DEFAULT_LIMIT = 10;
const DEFAULT_PREFERRED_SUBJECTS = ['Công dân Việt Nam'];

/**
 * With three or more words, a record that has most of them (by weight) still matches, below
 * those that have all: long queries often carry a word no name uses ("làm căn cước cho con").
 * With one or two words, every word must match.
 */
const PARTIAL_MATCH_SHARE = 0.6;

/** Up to this many slots, coverage comes from a table of every slot combination (4,096 entries). */
const TABLE_SLOTS = 12;

/** The summed weight of a set of slots (bits), from a table when there are few slots. */
function coverageTable(weights: Float64Array): (bits: number) => number {
  const slowly = (bits: number) => {
    let sum = 0;
    for (; bits !== 0; bits &= bits - 1) sum += weights[31 - Math.clz32(bits & -bits)];
    return sum;
  };
  if (weights.length > TABLE_SLOTS) return slowly;
  const table = new Float64Array(1 << weights.length);
  for (let bits = 1; bits < table.length; bits += 1) table[bits] = table[bits & (bits - 1)] + weights[31 - Math.clz32(bits & -bits)];
  return (bits) => table[bits];
}

const count = (value: number | undefined, fallback: number): number =>
  value === undefined || !Number.isFinite(value) ? fallback : Math.max(0, Math.floor(value));

export function createProcedureIndex<P extends SearchableProcedure>(
  records: readonly P[],
  options: ProcedureIndexOptions = {},
): ProcedureIndex<P> {
  return runSteps(procedureIndexSteps(records, options));
}

/**
 * `createProcedureIndex` without one long task: the build runs in slices of a few milliseconds,
 * giving the thread back in between (for a page that indexes a large dataset itself).
 */
export function buildProcedureIndex<P extends SearchableProcedure>(
  records: readonly P[],
  options: ProcedureIndexOptions = {},
): Promise<ProcedureIndex<P>> {
  return runStepsInSlices(procedureIndexSteps(records, options));
}

function* procedureIndexSteps<P extends SearchableProcedure>(
  records: readonly P[],
  options: ProcedureIndexOptions,
): BuildSteps<ProcedureIndex<P>> {
  const procedures = [...records];
  const names = yield* nameIndexSteps(procedures.map((procedure) => procedure.name));
  const facets = yield* facetIndexSteps(procedures);
  const codes = toCodeColumn(procedures);
  yield;
  const synonyms = options.defaultSynonyms === false ? (options.synonyms ?? {}) : { ...DEFAULT_PROCEDURE_SYNONYMS, ...options.synonyms };
  const context = { names, synonyms: compileSynonyms(synonyms, names.termIds) };
  const matches = new SlotMatches(names, codes);
  const preferred = recordsWithSubjects(facets, options.preferredSubjects ?? DEFAULT_PREFERRED_SUBJECTS);
  const scorer = new RecordScorer(names, codes, preferred);
  /** Per touched record (same order as `matches.touched`): the weight of the slots it matches. */
  const coverage = new Float64Array(procedures.length);

  /** Per slot: a weight from how many records it matches (0 for a slot nothing matches). */
  const slotWeights = (plan: QueryPlan): Float64Array =>
    Float64Array.from(matches.frequency.subarray(0, plan.slotCount), (df) =>
      df === 0 ? 0 : inverseDocumentFrequency(df, procedures.length),
    );

  /** The slots some record matches. */
  function matchableSlots(plan: QueryPlan): number {
    let bits = 0;
    for (let s = 0; s < plan.slotCount; s += 1) if (matches.frequency[s] > 0) bits |= 1 << s;
    return bits;
  }

  /**
   * Slot weights, each touched record's coverage (into `coverage`, in `touched` order), the best
   * coverage, and the coverage a record needs to be a result.
   */
  function weigh(plan: QueryPlan) {
    const weights = slotWeights(plan);
    const totalWeight = weights.reduce((sum, weight) => sum + weight, 0);
    const coverageOf = coverageTable(weights);
    let best = 0;
    for (let i = 0; i < matches.touchedCount; i += 1) {
      const sum = coverageOf(matches.mask[matches.touched[i]]);
      coverage[i] = sum;
      if (sum > best) best = sum;
    }
    const matchable = weights.filter((weight) => weight > 0).length;
    // When nothing reaches the bar, the records closest to it are still the best answer.
    const needed = Math.min(matchable <= 2 ? totalWeight : PARTIAL_MATCH_SHARE * totalWeight, best) * (1 - 1e-9);
    return { weights, totalWeight, coverageOf, best, needed };
  }

  /** Whether some record has all of `wanted`, not counting tentative prefixes. */
  function someRecordHasAll(wanted: number): boolean {
    for (let i = 0; i < matches.touchedCount; i += 1) if (matches.firmMask[matches.touched[i]] === wanted) return true;
    return false;
  }

  function search(query: string, searchOptions: SearchOptions = {}): SearchResult<P> {
    const limit = count(searchOptions.limit, DEFAULT_LIMIT);
    const offset = count(searchOptions.offset, 0);
    const filters = compileFilters(facets, searchOptions.filters);
    const counter = new FacetCounter(facets);

    const plan = planQuery(query, context);
    if (plan.slotCount === 0) return browse(limit, offset, filters, counter);

    try {
      matches.collect(plan);
      const wanted = matchableSlots(plan);
      if (!someRecordHasAll(wanted)) repairRealWordTypos(plan, matches, names, wanted);
      let weighed = weigh(plan);
      if (matches.deferredSlots !== 0 && weighed.coverageOf(matches.deferredSlots) >= weighed.needed) {
        matches.completeDeferred();
        weighed = weigh(plan);
      }
      const { weights, totalWeight, best, needed } = weighed;

      scorer.prepare(plan, weights);
      const top = new TopRanked(offset + limit);
      let total = 0;
      // Records with the best coverage are scored first; then a record whose best possible score
      // cannot enter the kept top is counted (total, facets) but not scored.
      const bestFirst = best * (1 - 1e-9);
      for (const pass of [0, 1]) {
        for (let i = 0; i < matches.touchedCount; i += 1) {
          if (coverage[i] < needed || coverage[i] >= bestFirst !== (pass === 0)) continue;
          const record = matches.touched[i];
          const failed = failedFilters(facets, filters, record);
          counter.add(record, failed);
          if (failed !== 0) continue;
          total += 1;
          if (top.wouldKeep(scoreBound(coverage[i] / totalWeight), record)) top.add(record, scorer.score(record));
        }
      }
      const items = top
        .ranked()
        .slice(offset)
        .map(({ record, score }) => {
          const matched: MatchedWord[] = [];
          scorer.score(record, matched);
          return hit(record, score, highlightRanges(procedures[record].name, matched));
        });
      return { items, total, facets: counter.result() };
    } finally {
      // The buffers are shared by every query: leave them clean whatever happened.
      scorer.release();
      matches.clear();
    }
  }

  const hit = (record: number, score: number, highlights: SearchHit<P>['highlights']): SearchHit<P> => ({
    procedure: procedures[record],
    score,
    highlights,
  });

  /** An empty query lists every record that passes the filters, in the records' own order. */
  function browse(limit: number, offset: number, filters: CompiledFilters, counter: FacetCounter): SearchResult<P> {
    const items: SearchHit<P>[] = [];
    let total = 0;
    for (let record = 0; record < procedures.length; record += 1) {
      const failed = failedFilters(facets, filters, record);
      counter.add(record, failed);
      if (failed !== 0) continue;
      if (total >= offset && items.length < limit) items.push(hit(record, 0, []));
      total += 1;
    }
    return { items, total, facets: counter.result() };
  }

  return { search };
}
