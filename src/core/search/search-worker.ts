/**
 * The search worker's entry module: builds the procedure index from the records the page posts
 * and answers searches off the page's thread. Started by `createWorkerProcedureIndex`.
 */
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-worker-protocol.js';
import { createSearchWorkerHost } from './search-worker-host.js';

interface WorkerScope {
  postMessage(message: SearchWorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<SearchWorkerRequest>) => void): void;
}

const scope = globalThis as unknown as WorkerScope;
const handle = createSearchWorkerHost((response) => scope.postMessage(response));
scope.addEventListener('message', (event) => handle(event.data));
scope.postMessage({ type: 'started' });
