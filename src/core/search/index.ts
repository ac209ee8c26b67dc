/** Procedure search: Vietnamese-aware matching, ranking, filters, facets and highlights. */
export { createProcedureIndex, buildProcedureIndex } from './procedure-index.js';
export { pageIndex, type AsyncProcedureIndex } from './async-procedure-index.js';
export { openProcedureIndex, WORKER_THRESHOLD, type OpenProcedureIndexOptions, type SearchThread } from './open-procedure-index.js';
export { createWorkerProcedureIndex, SearchWorkerError, type WorkerIndexOptions } from './search-worker-client.js';
export { DEFAULT_PROCEDURE_SYNONYMS } from './synonyms.js';
export type * from './types.js';
