export { planQuery } from './query-plan.js';
export { buildNameIndex } from './name-index.js';
export { compileSynonyms } from './synonym-expansions.js';
export { DEFAULT_SYNONYMS } from './synonyms.js';
export { createProcedureIndex } from './procedure-index.js';
export { buildFacetIndex } from './facets.js';
export { buildCodeIndex } from './procedure-codes.js';
export { forEachWord } from './words.js';
