/**
 * The search in the page URL (`sync-url`): the query, the filters, the page and the open
 * procedure as query parameters. Only these parameters are touched: the page's own parameters
 * and its hash (a hash router's route) are kept as they are.
 */
import { FILTER_FIELDS, normalizeFilters, type FilterField, type SelectedFilters } from './search-filters.js';

export interface UrlSearchState {
  query: string;
  filters: SelectedFilters;
  /** From 1. */
  page: number;
  /** The code of the procedure whose detail is open. */
  procedure: string | null;
}

const QUERY = 'q';
const PAGE = 'page';
const PROCEDURE = 'procedure';
/** One parameter per filter field, repeated for several values. */
const FIELD_PARAMS: Record<FilterField, string> = {
  sector: 'sector',
  level: 'level',
  online: 'online',
  agency: 'agency',
  subjects: 'subject',
};

const ALL_PARAMS = [QUERY, PAGE, PROCEDURE, ...Object.values(FIELD_PARAMS)];

/** Whether the URL says anything about a search. */
export function hasUrlState(href: string): boolean {
  const params = new URL(href).searchParams;
  return ALL_PARAMS.some((name) => params.has(name));
}

export function readUrlState(href: string): UrlSearchState {
  const params = new URL(href).searchParams;
  const filters: SelectedFilters = {};
  for (const field of FILTER_FIELDS) {
    let list = params.getAll(FIELD_PARAMS[field]).filter((value) => value !== '');
    if (field === 'online') list = list.filter((value) => value === 'true' || value === 'false');
    if (list.length) filters[field] = list;
  }
  const page = Number(params.get(PAGE));
  return {
    query: params.get(QUERY) ?? '',
    filters: normalizeFilters(filters),
    page: Number.isInteger(page) && page >= 1 ? page : 1,
    procedure: params.get(PROCEDURE) || null,
  };
}

/** `href` with the search's parameters set (defaults left out), everything else unchanged. */
export function writeUrlState(href: string, state: UrlSearchState): string {
  const url = new URL(href);
  const params = url.searchParams;
  for (const name of ALL_PARAMS) params.delete(name);
  if (state.query) params.set(QUERY, state.query);
  const filters = normalizeFilters(state.filters);
  for (const field of FILTER_FIELDS) for (const value of filters[field] ?? []) params.append(FIELD_PARAMS[field], value);
  if (state.page > 1) params.set(PAGE, String(state.page));
  if (state.procedure) params.set(PROCEDURE, state.procedure);
  return url.href;
}
