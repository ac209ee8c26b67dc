/**
 * Where the element's searches go: a dataset indexed in the page, or a backend. Both answer the
 * backend's shapes, so the element does not care which it has.
 */
import type { DvcBackend } from '../../core/backend/types.js';
import { DvcError } from '../../core/errors.js';
import type { Procedure } from '../../core/schemas/procedure.js';
import { nextTask } from '../../core/search/build-steps.js';
import type { ProcedureSearchResult, SearchProceduresRequest } from '../../core/schemas/procedure-search.js';
import type { Dataset } from './procedure-dataset.js';

export interface SearchSource {
  search(request: SearchProceduresRequest, signal: AbortSignal): Promise<ProcedureSearchResult>;
  /** One procedure by code; rejects with `DvcError('not-found')`. */
  get(code: string, signal: AbortSignal): Promise<Procedure>;
}

const DEFAULT_PAGE_SIZE = 10;

export function localSource(dataset: Dataset): SearchSource {
  return {
    async search({ query, filters = {}, province, page = 1, pageSize = DEFAULT_PAGE_SIZE }, signal) {
      const result = await dataset.index.search(
        query,
        { limit: pageSize, offset: (page - 1) * pageSize, filters: province === undefined ? filters : { ...filters, province } },
        signal,
      );
      // Searched on the page: the answer is rendered in a later task, so searching and rendering
      // are two short tasks, not one long one.
      if (dataset.index.thread === 'page') {
        await nextTask();
        signal.throwIfAborted();
      }
      return {
        items: result.items.map(({ procedure, highlights }) => ({ procedure, highlights })),
        total: result.total,
        facets: result.facets,
      };
    },
    async get(code) {
      const procedure = dataset.byCode.get(code);
      if (procedure === undefined) throw new DvcError('not-found');
      return procedure;
    },
  };
}

export function backendSource(backend: DvcBackend): SearchSource {
  return {
    search: (request, signal) => backend.searchProcedures(request, { signal }),
    get: (code, signal) => backend.getProcedure({ code }, { signal }),
  };
}
