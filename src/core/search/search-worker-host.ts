/**
 * The worker's side of the search protocol, apart from the worker global so it can be driven
 * directly in tests. Searches are queued and answered one per task: a `cancel` that arrives
 * while an earlier search runs still removes its request before the worker spends time on it.
 */
import { nextTask } from './build-steps.js';
import { createProcedureIndex } from './procedure-index.js';
import type { SearchWorkerRequest, SearchWorkerResponse } from './search-worker-protocol.js';
import type { ProcedureIndex, SearchableProcedure } from './types.js';

type SearchRequest = Extract<SearchWorkerRequest, { type: 'search' }>;

/** Returns the handler for each message from the page; `post` sends an answer back. */
export function createSearchWorkerHost(post: (response: SearchWorkerResponse) => void): (request: SearchWorkerRequest) => void {
  const records: SearchableProcedure[] = [];
  let index: ProcedureIndex | undefined;
  let positions = new Map<SearchableProcedure, number>();
  const queue: SearchRequest[] = [];
  let draining = false;

  const failure = (error: unknown): string => (error instanceof Error ? error.message : String(error));

  function answer(request: SearchRequest): void {
    if (!index) {
      post({ type: 'failed', id: request.id, message: 'The index is not built yet.' });
      return;
    }
    try {
      const { items, total, facets } = index.search(request.query, request.options);
      post({
        type: 'result',
        id: request.id,
        result: {
          items: items.map(({ procedure, score, highlights }) => ({ record: positions.get(procedure) ?? -1, score, highlights })),
          total,
          facets,
        },
      });
    } catch (error) {
      post({ type: 'failed', id: request.id, message: failure(error) });
    }
  }

  async function drain(): Promise<void> {
    draining = true;
    while (queue.length > 0) {
      // Let waiting messages (cancels, newer searches) arrive first.
      await nextTask();
      const next = queue.shift();
      if (next) answer(next);
    }
    draining = false;
  }

  return (request) => {
    switch (request.type) {
      case 'add':
        for (const record of request.records) records.push(record);
        return;
      case 'build':
        try {
          index = createProcedureIndex(records, request.options);
          positions = new Map(records.map((record, position) => [record, position]));
          post({ type: 'ready', records: records.length });
        } catch (error) {
          post({ type: 'failed', message: failure(error) });
        }
        return;
      case 'search':
        queue.push(request);
        if (!draining) void drain();
        return;
      case 'cancel': {
        const at = queue.findIndex(({ id }) => id === request.id);
        if (at >= 0) queue.splice(at, 1);
        return;
      }
    }
  };
}
