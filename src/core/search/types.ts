/**
 * Public shapes of the procedure search engine. What goes into `createProcedureIndex` and
 * `search` and what comes out is plain data (no functions, Maps or class instances), so a Web
 * Worker can build the index from posted records and options, and post search results back
 * unchanged through structured clone.
 */

/** The fields search reads from a procedure record; other fields are carried through untouched. */
export interface SearchableProcedure {
  /** Procedure code, e.g. `1.004194` or a provincial copy `1.004194.H19`. */
  code: string;
  /** Official name: what the query is matched against and what highlights point into. */
  name: string;
  /** Lĩnh vực. */
  sector?: string;
  /** Executing agency. */
  agency?: string;
  /** Cấp thực hiện: `Cấp bộ`, `Cấp tỉnh`, `Cấp xã`, `Cơ quan khác`. */
  levels?: readonly string[];
  /** Offered online. */
  online?: boolean;
  /** Đối tượng thực hiện. */
  subjects?: readonly string[];
  /** Province code of a provincial record; absent on national procedures, which apply everywhere. */
  locality?: string;
}

/** One value or any of several (OR within a field, AND across fields). */
export type FilterValue = string | readonly string[];

export interface ProcedureFilters {
  sector?: FilterValue;
  /** Matches a record when any of its `levels` is selected. */
  level?: FilterValue;
  online?: boolean;
  agency?: FilterValue;
  /** Matches a record when any of its `subjects` is selected. */
  subjects?: FilterValue;
  /** Province codes; records without a `locality` (national procedures) always match. */
  province?: FilterValue;
}

export interface SearchOptions {
  /** Items to return (default 10). */
  limit?: number;
  /** Items to skip, for paging (default 0). */
  offset?: number;
  filters?: ProcedureFilters;
}

/** UTF-16 offsets into the procedure's original `name`, end exclusive: `name.slice(start, end)`. */
export interface HighlightRange {
  start: number;
  end: number;
}

export interface SearchHit<P extends SearchableProcedure = SearchableProcedure> {
  procedure: P;
  /** Relevance in [0, 1]; only its order within one result is meaningful. */
  score: number;
  highlights: HighlightRange[];
}

export interface FacetCount<V = string> {
  value: V;
  count: number;
}

/**
 * Counts over the records that match the query. Each field's counts apply every filter except
 * that field's own, so a selected sector still shows how many results the other sectors have.
 */
export interface SearchFacets {
  sector: FacetCount[];
  level: FacetCount[];
  online: FacetCount<boolean>[];
  agency: FacetCount[];
  subjects: FacetCount[];
  province: FacetCount[];
}

export interface SearchResult<P extends SearchableProcedure = SearchableProcedure> {
  items: SearchHit<P>[];
  /** Matching records after filters, across all pages. */
  total: number;
  facets: SearchFacets;
}

/**
 * What people type (key) and what procedure names say instead (one or more phrases). Keys and
 * phrases are folded like queries, so `"sổ đỏ"` also serves `"so do"`.
 */
export type SynonymTable = Readonly<Record<string, string | readonly string[]>>;

export interface ProcedureIndexOptions {
  /** Extra abbreviations and everyday words, merged over the built-in table (a key here wins). */
  synonyms?: SynonymTable;
  /** Set to `false` to use only `synonyms`, without the built-in table. */
  defaultSynonyms?: boolean;
  /**
   * Subjects (đối tượng) whose procedures rank first among otherwise near-equal results: who
   * the search serves. Default `['Công dân Việt Nam']`; `[]` for no preference.
   */
  preferredSubjects?: readonly string[];
}

export interface ProcedureIndex<P extends SearchableProcedure = SearchableProcedure> {
  search(query: string, options?: SearchOptions): SearchResult<P>;
}
