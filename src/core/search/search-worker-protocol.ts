/**
 * The messages between a page and the search worker. The worker says `started` once loaded;
 * the page sends the records in chunks (`add`), then `build`; the worker answers `ready` (or
 * `failed`) and then one `result` or `failed` per `search`. Hits name their record by its position in the posted order, so the page
 * hands back its own record objects and no procedure is copied on the way back.
 */
import type { HighlightRange, ProcedureIndexOptions, SearchableProcedure, SearchFacets, SearchOptions } from './types.js';

export type SearchWorkerRequest =
  | { type: 'add'; records: SearchableProcedure[] }
  | { type: 'build'; options: ProcedureIndexOptions }
  | { type: 'search'; id: number; query: string; options: SearchOptions }
  /** The page no longer wants this search's answer (a newer keystroke replaced it). */
  | { type: 'cancel'; id: number };

export type SearchWorkerResponse =
  /** The worker's module has loaded: from here on a slow answer is a busy machine, not a refused worker. */
  | { type: 'started' }
  | { type: 'ready'; records: number }
  | { type: 'result'; id: number; result: PositionedSearchResult }
  /** Without `id`: the build failed. */
  | { type: 'failed'; id?: number; message: string };

export interface PositionedHit {
  /** Position of the record in the order it was added. */
  record: number;
  score: number;
  highlights: HighlightRange[];
}

export interface PositionedSearchResult {
  items: PositionedHit[];
  total: number;
  facets: SearchFacets;
}
