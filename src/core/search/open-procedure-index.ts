/**
 * Opens a procedure index where it keeps typing smooth: in a Web Worker for large datasets,
 * else on the page, built in slices (see `openIndexOnThread`).
 */
import type { AsyncProcedureIndex } from './async-procedure-index.js';
import { openIndexOnThread, type OpenProcedureIndexOptions } from './open-index-on-thread.js';
import { buildPageIndex } from './page-procedure-index.js';
import type { SearchableProcedure } from './types.js';

export { WORKER_THRESHOLD, type OpenProcedureIndexOptions, type SearchThread } from './open-index-on-thread.js';

export function openProcedureIndex<P extends SearchableProcedure>(
  records: readonly P[],
  options: OpenProcedureIndexOptions = {},
): Promise<AsyncProcedureIndex<P>> {
  return openIndexOnThread(records, buildPageIndex, options);
}
