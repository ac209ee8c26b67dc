/**
 * The filters a citizen picks, as the element holds them: selected values per field, `online`
 * as `'true'` / `'false'`. The same shape is the `filters` property, the `dvc-search` detail and
 * what the URL carries; `toRequestFilters` turns it into the backend's and the engine's filters.
 */
import type { ProcedureFilterSelection } from '../../core/schemas/procedure-search.js';
import { z } from '../../core/schemas/zod.js';

export const FILTER_FIELDS = ['sector', 'level', 'online', 'agency', 'subjects'] as const;

export type FilterField = (typeof FILTER_FIELDS)[number];

/** Selected values per field; a field without values is not filtered. */
export type SelectedFilters = Partial<Record<FilterField, string[]>>;

const values = z.optional(z.array(z.string().check(z.maxLength(5000))).check(z.maxLength(100)));

/** What the `filters` property and attribute accept. */
export const selectedFiltersSchema = z.strictObject({
  sector: values,
  level: values,
  online: z.optional(z.array(z.enum(['true', 'false']))),
  agency: values,
  subjects: values,
});

/** Fields in their fixed order, values once each, empty fields left out. */
export function normalizeFilters(filters: SelectedFilters): SelectedFilters {
  const result: SelectedFilters = {};
  for (const field of FILTER_FIELDS) {
    const list = [...new Set(filters[field] ?? [])];
    if (list.length > 0) result[field] = list;
  }
  return result;
}

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
