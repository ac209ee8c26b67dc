/** Looking procedures up by code, whole (`1.004194`) or as typed so far (`1.0041`). */

/**
 * A procedure code inside a query: `d.ddd…`, optionally with a `.NN` case or `.Hnn` provincial
 * copy, possibly unfinished. Three digits after the dot keep decimals ("1.5") out.
 */
export const CODE_IN_QUERY = /(?<![\p{L}\p{N}.])\d\.\d{3,6}(?:\.(?:[hH]\d{0,2}|\d{0,2}))?(?![\p{L}\p{N}])/gu;

/** Each record's code, upper case (`.H19`), by record. */
export const toCodeColumn = (records: readonly { code: string }[]): string[] => records.map((record) => record.code.toUpperCase());

/**
 * Calls `visit(record)` for each record whose code starts with `typed` (upper case). A scan: code
 * queries are rare and a pass over the codes costs well under a millisecond, where a sorted
 * index would cost every build a sort.
 */
export function forEachRecordWithCode(codes: readonly string[], typed: string, visit: (record: number) => void): void {
  for (let record = 0; record < codes.length; record += 1) if (codes[record].startsWith(typed)) visit(record);
}
