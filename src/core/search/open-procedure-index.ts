/**
 * Opens a procedure index where it keeps typing smooth: in a Web Worker for large datasets,
 * else on the page, built in slices. When the worker cannot be used (a strict
 * Content-Security-Policy, a bundle copied without its worker file, a page served from another
 * origin than the script) or stops later, searches continue on the page with the same results.
 */
import { pageIndex, type AsyncProcedureIndex } from './async-procedure-index.js';
import { buildProcedureIndex } from './procedure-index.js';
import { SearchWorkerError, createWorkerProcedureIndex, type WorkerIndexOptions } from './search-worker-client.js';
import type { ProcedureIndexOptions, SearchableProcedure } from './types.js';

/** `auto`: a worker from `WORKER_THRESHOLD` records on; `worker`: always try one; `page`: never. */
export type SearchThread = 'auto' | 'worker' | 'page';

/**
 * From this many records a worker pays off: below it the page builds the index in well under
 * 50 ms and a search takes about a millisecond, less than a round trip to a worker.
 */
export const WORKER_THRESHOLD = 5000;

export interface OpenProcedureIndexOptions extends WorkerIndexOptions {
  thread?: SearchThread;
  /** Told why the worker was given up, before searching moves to the page. */
  onWorkerFailure?: (error: SearchWorkerError) => void;
}

/** The index options alone, without the worker's. */
function pageOptions({ synonyms, defaultSynonyms, preferredSubjects }: WorkerIndexOptions): ProcedureIndexOptions {
  return { synonyms, defaultSynonyms, preferredSubjects };
}

export async function openProcedureIndex<P extends SearchableProcedure>(
  records: readonly P[],
  { thread = 'auto', onWorkerFailure, ...options }: OpenProcedureIndexOptions = {},
): Promise<AsyncProcedureIndex<P>> {
  const onPage = async () => pageIndex(await buildProcedureIndex(records, pageOptions(options)));
  const wanted = thread === 'worker' || (thread === 'auto' && records.length >= WORKER_THRESHOLD);
  if (!wanted || (options.createWorker === undefined && typeof Worker === 'undefined')) return onPage();
  let inWorker: AsyncProcedureIndex<P>;
  try {
    inWorker = await createWorkerProcedureIndex(records, options);
  } catch (error) {
    if (!(error instanceof SearchWorkerError)) throw error;
    onWorkerFailure?.(error);
    return onPage();
  }
  return withPageFallback(inWorker, onPage, onWorkerFailure);
}

/** Searches in the worker until it fails, then on the page (built once, on the first failure). */
function withPageFallback<P extends SearchableProcedure>(
  inWorker: AsyncProcedureIndex<P>,
  onPage: () => Promise<AsyncProcedureIndex<P>>,
  onWorkerFailure: OpenProcedureIndexOptions['onWorkerFailure'],
): AsyncProcedureIndex<P> {
  let current = inWorker;
  let replacement: Promise<AsyncProcedureIndex<P>> | undefined;
  let closed = false;
  return {
    get thread() {
      return current.thread;
    },
    async search(query, options, signal) {
      try {
        return await current.search(query, options, signal);
      } catch (error) {
        if (closed || !(error instanceof SearchWorkerError)) throw error;
        if (!replacement) {
          onWorkerFailure?.(error);
          replacement = onPage();
        }
        current = await replacement;
        return current.search(query, options, signal);
      }
    },
    close() {
      closed = true;
      inWorker.close();
    },
  };
}
