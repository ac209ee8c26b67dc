/**
 * The page's side of the search worker: starts it, posts the records in chunks that leave the
 * page responsive, and turns each search into a request whose answer maps back to the page's
 * own record objects. A search whose signal aborts is cancelled in the worker and rejected at
 * once, so an older keystroke's answer can never arrive after a newer one's.
 */
import type { AsyncProcedureIndex } from './async-procedure-index.js';
import { nextTask } from './build-steps.js';
import type { PositionedSearchResult, SearchWorkerRequest, SearchWorkerResponse } from './search-worker-protocol.js';
import { trustedWorkerUrl } from './worker-url-policy.js';
import type { ProcedureIndexOptions, SearchableProcedure, SearchOptions, SearchResult } from './types.js';

/** The worker cannot be started, failed to load (a Content-Security-Policy, a missing file) or stopped. */
export class SearchWorkerError extends Error {
  override name = 'SearchWorkerError';
}

export interface WorkerIndexOptions extends ProcedureIndexOptions {
  /** Starts the worker; by default the module next to this one. */
  createWorker?: () => Worker;
  /** How long the worker may take to load before the page gives up on it (default 20 s). */
  startTimeoutMs?: number;
}

/** Records per message: each one is copied to the worker in a few milliseconds. */
const RECORDS_PER_MESSAGE = 1000;
const START_TIMEOUT_MS = 20_000;

/** The worker's file: beside this module, and beside each script-tag bundle. */
const WORKER_FILE = './search-worker.js';

/**
 * The first expression is written out whole so bundlers (Vite, webpack, esbuild) emit the worker
 * as its own file. A page under `require-trusted-types-for 'script'` refuses it (a TypeError):
 * then the worker starts from the file beside this module through the library's policy.
 */
function startSearchWorker(): Worker {
  try {
    return new Worker(new URL('./search-worker.js', import.meta.url), { type: 'module' });
  } catch (error) {
    const trusted = error instanceof TypeError ? trustedWorkerUrl(new URL(WORKER_FILE, import.meta.url).href) : null;
    if (trusted === null) throw error;
    // The same file as above, as a TrustedScriptURL (which `new URL` cannot carry).
    return Reflect.construct(Worker, [trusted, { type: 'module' }]) as Worker;
  }
}

/** Only what search reads crosses to the worker; the page keeps the full records. */
function searchableFields({ code, name, sector, agency, levels, online, subjects, locality }: SearchableProcedure): SearchableProcedure {
  const fields: SearchableProcedure = { code, name };
  if (sector !== undefined) fields.sector = sector;
  if (agency !== undefined) fields.agency = agency;
  if (levels !== undefined) fields.levels = [...levels];
  if (online !== undefined) fields.online = online;
  if (subjects !== undefined) fields.subjects = [...subjects];
  if (locality !== undefined) fields.locality = locality;
  return fields;
}

/** Options as plain data (a caller's object may carry anything; the worker gets only these). */
const plainOptions = ({ limit, offset, filters }: SearchOptions): SearchOptions => ({
  limit,
  offset,
  filters: filters && structuredClone(filters),
});

interface Pending<P extends SearchableProcedure> {
  resolve(result: SearchResult<P>): void;
  reject(error: unknown): void;
}

/** Builds the index in a Web Worker; rejects with `SearchWorkerError` when the worker cannot serve. */
export async function createWorkerProcedureIndex<P extends SearchableProcedure>(
  records: readonly P[],
  { createWorker = startSearchWorker, startTimeoutMs = START_TIMEOUT_MS, ...indexOptions }: WorkerIndexOptions = {},
): Promise<AsyncProcedureIndex<P>> {
  const procedures = [...records];
  let worker: Worker;
  try {
    worker = createWorker();
  } catch (error) {
    throw new SearchWorkerError('The search worker cannot be started.', { cause: error });
  }
  const pending = new Map<number, Pending<P>>();
  let lastId = 0;
  let failure: SearchWorkerError | undefined;
  let settleReady: { resolve(): void; reject(error: unknown): void } | undefined;
  const ready = new Promise<void>((resolve, reject) => (settleReady = { resolve, reject }));
  // A failure while records are still being posted is read after the loop, not reported as unhandled.
  ready.catch(() => {});

  const send = (request: SearchWorkerRequest) => worker.postMessage(request);
  // Some refusals are silent: a worker that never says it started is given up.
  const timer = setTimeout(() => fail(new SearchWorkerError('The search worker did not start in time.')), startTimeoutMs);

  function fail(error: SearchWorkerError): void {
    if (failure) return;
    failure = error;
    worker.terminate();
    settleReady?.reject(error);
    for (const request of pending.values()) request.reject(error);
    pending.clear();
  }

  const toResult = ({ items, total, facets }: PositionedSearchResult): SearchResult<P> => ({
    items: items.map(({ record, score, highlights }) => ({ procedure: procedures[record], score, highlights })),
    total,
    facets,
  });

  worker.addEventListener('message', ({ data }: MessageEvent<SearchWorkerResponse>) => {
    if (data.type === 'started') {
      clearTimeout(timer);
      return;
    }
    if (data.type === 'ready') {
      settleReady?.resolve();
      return;
    }
    if (data.type === 'failed' && data.id === undefined) {
      fail(new SearchWorkerError(data.message));
      return;
    }
    // A cancelled search's answer finds nobody waiting and is dropped.
    const id = data.id ?? 0;
    const request = pending.get(id);
    if (!request) return;
    pending.delete(id);
    if (data.type === 'result') request.resolve(toResult(data.result));
    else request.reject(new Error(data.message));
  });
  worker.addEventListener('error', (event) => {
    event.preventDefault();
    fail(new SearchWorkerError(event.message || 'The search worker failed to load.'));
  });
  worker.addEventListener('messageerror', () => fail(new SearchWorkerError('A message from the search worker could not be read.')));

  try {
    for (let start = 0; start < procedures.length && !failure; start += RECORDS_PER_MESSAGE) {
      if (start > 0) await nextTask();
      send({ type: 'add', records: procedures.slice(start, start + RECORDS_PER_MESSAGE).map(searchableFields) });
    }
    if (!failure) send({ type: 'build', options: structuredClone(indexOptions) });
    await ready;
  } finally {
    clearTimeout(timer);
  }

  return {
    thread: 'worker',
    search(query, options = {}, signal) {
      if (failure) return Promise.reject(failure);
      if (signal?.aborted) return Promise.reject(signal.reason);
      const id = ++lastId;
      return new Promise<SearchResult<P>>((resolve, reject) => {
        const onAbort = () => {
          pending.delete(id);
          send({ type: 'cancel', id });
          reject(signal?.reason);
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        const done = () => signal?.removeEventListener('abort', onAbort);
        pending.set(id, {
          resolve: (result) => (done(), resolve(result)),
          reject: (error) => (done(), reject(error)),
        });
        send({ type: 'search', id, query, options: plainOptions(options) });
      });
    },
    close() {
      fail(new SearchWorkerError('The search worker was closed.'));
    },
  };
}
