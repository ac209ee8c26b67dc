/**
 * The demo's procedure database: the records it was given, searched with the library's own
 * engine. The index is built on the first search and shared by every demo backend given the same
 * array (the demo server hands one array to all its sandboxes).
 */
import { DvcError } from '../../errors.js';
import type { Procedure } from '../../schemas/procedure.js';
import type { ProcedureLookup, ProcedureSearchResult, SearchProceduresRequest } from '../../schemas/procedure-search.js';
import { createProcedureIndex } from '../../search/index.js';
import type { ProcedureFilters, ProcedureIndex } from '../../search/types.js';

const DEFAULT_PAGE_SIZE = 10;

const indexes = new WeakMap<readonly Procedure[], ProcedureIndex<Procedure>>();
const byCode = new WeakMap<readonly Procedure[], Map<string, Procedure>>();

function indexOf(records: readonly Procedure[]): ProcedureIndex<Procedure> {
  let index = indexes.get(records);
  if (index === undefined) {
    index = createProcedureIndex(records);
    indexes.set(records, index);
  }
  return index;
}

function codesOf(records: readonly Procedure[]): Map<string, Procedure> {
  let codes = byCode.get(records);
  if (codes === undefined) {
    codes = new Map(records.map((record) => [record.code, record]));
    byCode.set(records, codes);
  }
  return codes;
}

export function createProcedureDesk(records: readonly Procedure[]) {
  return {
    search(request: SearchProceduresRequest): ProcedureSearchResult {
      const { query, filters = {}, province, page = 1, pageSize = DEFAULT_PAGE_SIZE } = request;
      const engineFilters: ProcedureFilters = { ...filters, ...(province === undefined ? {} : { province }) };
      const result = indexOf(records).search(query, { limit: pageSize, offset: (page - 1) * pageSize, filters: engineFilters });
      return {
        items: result.items.map(({ procedure, highlights }) => ({ procedure, highlights })),
        total: result.total,
        facets: result.facets,
      };
    },

    get({ code }: ProcedureLookup): Procedure {
      const procedure = codesOf(records).get(code);
      if (procedure === undefined) throw new DvcError('not-found');
      return procedure;
    },
  };
}
