/**
 * Procedure search over the backend: the request (a query, filters, a province and a page), one
 * page of matching procedures with the matched name ranges, and facet counts to filter by.
 */
import { procedureCodeSchema } from './identifiers.js';
import { procedureSchema } from './procedure.js';
import { documented } from './registry.js';
import { z } from './zod.js';

/** A filter field's selected values: any of them matches (OR within a field, AND across fields). */
const filterValuesSchema = z.array(z.string().check(z.maxLength(5000))).check(z.maxLength(100));

export const procedureFiltersSchema = documented(
  z.object({
    /** Lĩnh vực. */
    sector: z.optional(filterValuesSchema),
    /** Cấp thực hiện: `Cấp bộ`, `Cấp tỉnh`, `Cấp xã`, `Cơ quan khác`. */
    level: z.optional(filterValuesSchema),
    /** Offered online (`true`) or not (`false`); absent for both. */
    online: z.optional(z.boolean()),
    /** Executing agency. */
    agency: z.optional(filterValuesSchema),
    /** Đối tượng thực hiện. */
    subjects: z.optional(filterValuesSchema),
  }),
  {
    id: 'ProcedureFilters',
    description: 'Selected values per field: a procedure matches when it has any selected value of every filtered field.',
  },
);

const provinceCodeSchema = z.string().check(z.regex(/^\d{2,3}$/));

export const searchProceduresRequestSchema = documented(
  z.object({
    /** What the citizen typed; empty lists every procedure that passes the filters. */
    query: z.string().check(z.maxLength(500)),
    filters: z.optional(procedureFiltersSchema),
    /** Province code: national procedures and that province's own. */
    province: z.optional(provinceCodeSchema),
    /** From 1; default 1. */
    page: z.optional(z.int().check(z.minimum(1), z.maximum(100_000))),
    /** Default 10. */
    pageSize: z.optional(z.int().check(z.minimum(1), z.maximum(100))),
  }),
  {
    id: 'SearchProceduresRequest',
    description: 'In the query string: `query` and `province` as text, `filters`, `page` and `pageSize` as JSON.',
  },
);

export const highlightRangeSchema = documented(z.object({ start: z.int().check(z.minimum(0)), end: z.int().check(z.minimum(0)) }), {
  id: 'HighlightRange',
  description: 'A matched part of the procedure name: UTF-16 offsets, end exclusive (`name.slice(start, end)`).',
});

const facetCountSchema = z.object({ value: z.string(), count: z.int().check(z.minimum(0)) });

export const procedureFacetsSchema = documented(
  z.object({
    sector: z.array(facetCountSchema),
    level: z.array(facetCountSchema),
    online: z.array(z.object({ value: z.boolean(), count: z.int().check(z.minimum(0)) })),
    agency: z.array(facetCountSchema),
    subjects: z.array(facetCountSchema),
    province: z.array(facetCountSchema),
  }),
  {
    id: 'ProcedureFacets',
    description:
      "Counts over the procedures matching the query. Each field's counts apply every filter except that field's own, so a selected value's alternatives still show their counts.",
  },
);

export const procedureSearchHitSchema = documented(z.object({ procedure: procedureSchema, highlights: z.array(highlightRangeSchema) }), {
  id: 'ProcedureSearchHit',
});

export const procedureSearchResultSchema = documented(
  z.object({
    items: z.array(procedureSearchHitSchema),
    /** Matching procedures after filters, across all pages. */
    total: z.int().check(z.minimum(0)),
    facets: procedureFacetsSchema,
  }),
  { id: 'ProcedureSearchResult', description: 'One page of results, best first.' },
);

export const procedureLookupSchema = documented(z.object({ code: procedureCodeSchema }), { id: 'ProcedureLookup' });

export type ProcedureFilterSelection = z.infer<typeof procedureFiltersSchema>;
export type SearchProceduresRequest = z.infer<typeof searchProceduresRequestSchema>;
export type ProcedureSearchHit = z.infer<typeof procedureSearchHitSchema>;
export type ProcedureFacets = z.infer<typeof procedureFacetsSchema>;
export type ProcedureSearchResult = z.infer<typeof procedureSearchResultSchema>;
export type ProcedureLookup = z.infer<typeof procedureLookupSchema>;
