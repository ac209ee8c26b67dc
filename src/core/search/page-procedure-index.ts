/**
 * An index built on the page in slices, behind the asynchronous interface. The search engine's
 * entry for a page that loads it only when searches run on the page.
 */
import { pageIndex, type AsyncProcedureIndex } from './async-procedure-index.js';
import { buildProcedureIndex } from './procedure-index.js';
import type { ProcedureIndexOptions, SearchableProcedure } from './types.js';

export async function buildPageIndex<P extends SearchableProcedure>(
  records: readonly P[],
  options: ProcedureIndexOptions,
): Promise<AsyncProcedureIndex<P>> {
  return pageIndex(await buildProcedureIndex(records, options));
}
