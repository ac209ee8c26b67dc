/**
 * Where an index is opened, apart from how it is built on the page: in a Web Worker for large
 * datasets, else on the page. When the worker cannot be used (a strict Content-Security-Policy,
 * a bundle copied without its worker file, a page served from another origin than the script)
 * or stops later, searches continue on the page with the same results. The page's index comes
 * from a function, so a caller can load the search engine only when the page needs it.
 */
import type { AsyncProcedureIndex } from './async-procedure-index.js';
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

/** Builds the index of `records` on the page, with the index options alone. */
export type PageIndexBuilder<P extends SearchableProcedure> = (
  records: readonly P[],
  options: ProcedureIndexOptions,
) => Promise<AsyncProcedureIndex<P>>;

/** Whether `thread` asks for a worker for this many records (one may still not be available). */
export const wantsWorker = (thread: SearchThread, count: number): boolean =>
  thread === 'worker' || (thread === 'auto' && count >= WORKER_THRESHOLD);

/** The index options alone, without the worker's. */
function pageOptions({ synonyms, defaultSynonyms, preferredSubjects }: WorkerIndexOptions): ProcedureIndexOptions {
  return { synonyms, defaultSynonyms, preferredSubjects };
}

export async function openIndexOnThread<P extends SearchableProcedure>(
  records: readonly P[],
  buildOnPage: PageIndexBuilder<P>,
  { thread = 'auto', onWorkerFailure, ...options }: OpenProcedureIndexOptions = {},
): Promise<AsyncProcedureIndex<P>> {
  const onPage = () => buildOnPage(records, pageOptions(options));
  if (!wantsWorker(thread, records.length) || (options.createWorker === undefined && typeof Worker === 'undefined')) return onPage();
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

/** Searches in the worker until it fails, then on the page (built once, from the first failure on). */
function withPageFallback<P extends SearchableProcedure>(
  inWorker: AsyncProcedureIndex<P>,
  onPage: () => Promise<AsyncProcedureIndex<P>>,
  onWorkerFailure: OpenProcedureIndexOptions['onWorkerFailure'],
): AsyncProcedureIndex<P> {
  let current = inWorker;
  let replacement: Promise<AsyncProcedureIndex<P>> | undefined;
  let reported = false;
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
        if (!reported) {
          reported = true;
          onWorkerFailure?.(error);
        }
        // A page index that could not be built (its engine failed to load) is tried again by the next search.
        replacement ??= onPage().catch((failure: unknown) => {
          replacement = undefined;
          throw failure;
        });
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
