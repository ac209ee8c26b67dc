/** Procedure search: Vietnamese-aware matching, ranking, filters, facets and highlights. */
export { createProcedureIndex } from './procedure-index.js';
export { DEFAULT_PROCEDURE_SYNONYMS } from './synonyms.js';
export type * from './types.js';
