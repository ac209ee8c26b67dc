/**
 * The filters a citizen picks, as the element holds them: selected values per field, `online`
 * as `'true'` / `'false'`. The same shape is the `filters` property, the `dvc-search` detail and
 * what the URL carries; `toRequestFilters` turns it into the backend's and the engine's filters.
 */
import type { ProcedureFilterSelection } from '../../core/schemas/procedure-search.js';

export const FILTER_FIELDS = ['sector', 'level', 'online', 'agency', 'subjects'] as const;

export type FilterField = (typeof FILTER_FIELDS)[number];

/** Selected values per field; a field without values is not filtered. */
export type SelectedFilters = Partial<Record<FilterField, string[]>>;

const MAX_VALUES = 100;
const MAX_VALUE_LENGTH = 5000;
const ONLINE_VALUES: readonly unknown[] = ['true', 'false'];

const isField = (key: string): key is FilterField => (FILTER_FIELDS as readonly string[]).includes(key);

function isValueList(field: FilterField, list: unknown): boolean {
  if (!Array.isArray(list)) return false;
  if (field === 'online') return list.every((value) => ONLINE_VALUES.includes(value));
  return list.length <= MAX_VALUES && list.every((value) => typeof value === 'string' && value.length <= MAX_VALUE_LENGTH);
}

/**
 * What the `filters` property and attribute accept: an object of these fields only, each absent
 * or a list of at most 100 strings (`online`: `"true"` / `"false"`). Checked here rather than
 * with a schema so that the setter keeps or refuses a value at once, without loading zod.
 */
export function isSelectedFilters(value: unknown): value is SelectedFilters {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  return Object.entries(value).every(([key, list]) => isField(key) && (list === undefined || isValueList(key, list)));
}

/** Fields in their fixed order, values once each, empty fields left out. */
export function normalizeFilters(filters: SelectedFilters): SelectedFilters {
  const result: SelectedFilters = {};
  for (const field of FILTER_FIELDS) {
    const list = [...new Set(filters[field] ?? [])];
    if (list.length > 0) result[field] = list;
  }
  return result;
}

/** The applied filters, in field order, as [field, value] pairs. */
export const appliedFilters = (filters: SelectedFilters): [FilterField, string][] =>
  FILTER_FIELDS.flatMap((field) => (filters[field] ?? []).map((value): [FilterField, string] => [field, value]));

export const hasFilters = (filters: SelectedFilters): boolean => FILTER_FIELDS.some((field) => (filters[field]?.length ?? 0) > 0);

export function filtersEqual(a: SelectedFilters, b: SelectedFilters): boolean {
  return JSON.stringify(normalizeFilters(a)) === JSON.stringify(normalizeFilters(b));
}

/** `filters` with `value` of `field` selected (`on`) or not. */
export function withValue(filters: SelectedFilters, field: FilterField, value: string, on: boolean): SelectedFilters {
  const list = (filters[field] ?? []).filter((selected) => selected !== value);
  return normalizeFilters({ ...filters, [field]: on ? [...list, value] : list });
}

/** The backend's (and the engine's) filters: both online values selected is the same as neither. */
export function toRequestFilters(filters: SelectedFilters): ProcedureFilterSelection {
  const result: ProcedureFilterSelection = {};
  for (const field of ['sector', 'level', 'agency', 'subjects'] as const) {
    const list = filters[field];
    if (list?.length) result[field] = [...list];
  }
  const online = filters.online ?? [];
  if (online.length === 1) result.online = online[0] === 'true';
  return result;
}
