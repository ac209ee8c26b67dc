/** The one interface the page searches through, whether the index lives in a worker or on the page. */
import type { ProcedureIndex, SearchableProcedure, SearchOptions, SearchResult } from './types.js';

export interface AsyncProcedureIndex<P extends SearchableProcedure = SearchableProcedure> {
  /** Where searches run: in a Web Worker, or on the page's own thread. */
  readonly thread: 'worker' | 'page';
  /** As `ProcedureIndex.search`; rejects with the signal's reason once `signal` aborts. */
  search(query: string, options?: SearchOptions, signal?: AbortSignal): Promise<SearchResult<P>>;
  /** Stops the worker, if any. */
  close(): void;
}

/** An index built on the page, behind the asynchronous interface. */
export function pageIndex<P extends SearchableProcedure>(index: ProcedureIndex<P>): AsyncProcedureIndex<P> {
  return {
    thread: 'page',
    async search(query, options, signal) {
      signal?.throwIfAborted();
      return index.search(query, options);
    },
    close() {},
  };
}
