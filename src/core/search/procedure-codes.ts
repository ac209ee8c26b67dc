/** Looking procedures up by code, whole (`1.004194`) or as typed so far (`1.0041`). */
import { prefixRange } from './prefix-range.js';
import type { SearchableProcedure } from './types.js';

export interface CodeIndex {
  /** Upper-case codes, sorted. */
  codes: string[];
  /** The record of each entry of `codes`. */
  records: Uint32Array;
  /** Each record's upper-case code, by record. */
  byRecord: string[];
}

/**
 * A procedure code inside a query: `d.ddd…`, optionally with a `.NN` case or `.Hnn` provincial
 * copy, possibly unfinished. Three digits after the dot keep decimals ("1.5") out.
 */
export const CODE_IN_QUERY = /(?<![\p{L}\p{N}.])\d\.\d{3,6}(?:\.(?:[hH]\d{0,2}|\d{0,2}))?(?![\p{L}\p{N}])/gu;

export function buildCodeIndex(records: readonly SearchableProcedure[]): CodeIndex {
  const byRecord = records.map((record) => record.code.toUpperCase());
  const order = Array.from(byRecord.keys()).sort((a, b) => (byRecord[a] < byRecord[b] ? -1 : byRecord[a] > byRecord[b] ? 1 : a - b));
  return { codes: order.map((record) => byRecord[record]), records: Uint32Array.from(order), byRecord };
}

/** Positions in `codes` of the codes that start with `typed` (upper case): `[from, to)`. */
export const codePrefixRange = (index: CodeIndex, typed: string): [number, number] => prefixRange(index.codes, typed);
