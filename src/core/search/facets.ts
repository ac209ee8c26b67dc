/**
 * Filters and facet counts over the record fields a citizen narrows a search by. Each field's
 * values are numbered once at build time; a record keeps its value ids in flat arrays, so a
 * filter check or a count is a few array reads.
 */
import { runSteps, type BuildSteps } from './build-steps.js';
import type { FacetCount, FilterValue, ProcedureFilters, SearchableProcedure, SearchFacets } from './types.js';

const FIELDS = ['sector', 'level', 'online', 'agency', 'subjects', 'province'] as const;
type Field = (typeof FIELDS)[number];

const PROVINCE = FIELDS.indexOf('province');

/** Equal counts list in Vietnamese alphabetical order. */
const collator = new Intl.Collator('vi');

interface FieldColumn {
  values: string[];
  /** Each value's place in Vietnamese alphabetical order, to list equal counts without collating per query. */
  alphabetical: Uint32Array;
  ids: Map<string, number>;
  /** Value ids of record r: `valueIds[start[r] .. start[r + 1]]`. */
  start: Uint32Array;
  valueIds: Uint32Array;
}

export interface FacetIndex {
  columns: FieldColumn[];
}

/** Collects one field's values record by record: `begin(record)`, then `add` each value. */
class ColumnBuilder {
  private readonly values: string[] = [];
  private readonly ids = new Map<string, number>();
  private readonly start: Uint32Array;
  private valueIds: Uint32Array;
  private count = 0;
  private record = 0;

  constructor(records: number) {
    this.start = new Uint32Array(records + 1);
    this.valueIds = new Uint32Array(records);
  }

  begin(record: number): void {
    this.record = record;
    this.start[record] = this.count;
  }

  add(value: string): void {
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    // A value listed twice on one record counts once.
    for (let i = this.start[this.record]; i < this.count; i += 1) if (this.valueIds[i] === id) return;
    if (this.count === this.valueIds.length) {
      const grown = new Uint32Array(this.valueIds.length * 2);
      grown.set(this.valueIds);
      this.valueIds = grown;
    }
    this.valueIds[this.count] = id;
    this.count += 1;
  }

  finish(records: number): FieldColumn {
    this.start[records] = this.count;
    const { values } = this;
    const alphabetical = new Uint32Array(values.length);
    values
      .map((value, id) => ({ value, id }))
      .sort((a, b) => collator.compare(a.value, b.value))
      .forEach(({ id }, place) => (alphabetical[id] = place));
    return { values, alphabetical, ids: this.ids, start: this.start, valueIds: this.valueIds.slice(0, this.count) };
  }
}

/** Records read between two pauses of a stepped build. */
const RECORDS_PER_STEP = 2000;

export function buildFacetIndex(records: readonly SearchableProcedure[]): FacetIndex {
  return runSteps(facetIndexSteps(records));
}

/** `buildFacetIndex` as steps that pause (yield) every so often. */
export function* facetIndexSteps(records: readonly SearchableProcedure[]): BuildSteps<FacetIndex> {
  const builders = FIELDS.map(() => new ColumnBuilder(records.length));
  const [sector, level, online, agency, subjects, province] = builders;
  for (let r = 0; r < records.length; r += 1) {
    if (r % RECORDS_PER_STEP === RECORDS_PER_STEP - 1) yield;
    const record = records[r];
    for (const builder of builders) builder.begin(r);
    if (record.sector !== undefined) sector.add(record.sector);
    for (const value of record.levels ?? []) level.add(value);
    if (record.online !== undefined) online.add(String(record.online));
    // An empty agency is one the source does not name: nothing to filter by.
    if (record.agency) agency.add(record.agency);
    for (const value of record.subjects ?? []) subjects.add(value);
    if (record.locality !== undefined) province.add(record.locality);
  }
  yield;
  return { columns: builders.map((builder) => builder.finish(records.length)) };
}

/** Per record, 1 when its subjects include any of `subjects`. */
export function recordsWithSubjects(index: FacetIndex, subjects: Iterable<string>): Uint8Array {
  const { ids, start, valueIds } = index.columns[FIELDS.indexOf('subjects')];
  const wanted = new Set<number>();
  for (const subject of subjects) {
    const id = ids.get(subject);
    if (id !== undefined) wanted.add(id);
  }
  const result = new Uint8Array(start.length - 1);
  if (wanted.size === 0) return result;
  for (let record = 0; record < result.length; record += 1) {
    for (let i = start[record]; i < start[record + 1]; i += 1) if (wanted.has(valueIds[i])) result[record] = 1;
  }
  return result;
}

/** Per field, which value ids are selected (`undefined`: the field is not filtered). */
export type CompiledFilters = (Uint8Array | undefined)[];

const asList = (value: FilterValue): readonly string[] => (typeof value === 'string' ? [value] : value);

function selectedValues(filters: ProcedureFilters, field: Field): readonly string[] | undefined {
  if (field === 'online') return filters.online === undefined ? undefined : [String(filters.online)];
  const value = field === 'level' ? filters.level : filters[field];
  return value === undefined ? undefined : asList(value);
}

export function compileFilters(index: FacetIndex, filters: ProcedureFilters | undefined): CompiledFilters {
  return FIELDS.map((field, f) => {
    const selected = filters && selectedValues(filters, field);
    if (selected === undefined) return undefined;
    const column = index.columns[f];
    const allowed = new Uint8Array(column.values.length);
    for (const value of selected) {
      const id = column.ids.get(value);
      if (id !== undefined) allowed[id] = 1;
    }
    return allowed;
  });
}

/**
 * A bit per field whose filter the record fails. A national record (no `locality`) passes any
 * province filter: it applies in every province.
 */
export function failedFilters(index: FacetIndex, filters: CompiledFilters, record: number): number {
  let failed = 0;
  for (let f = 0; f < filters.length; f += 1) {
    const allowed = filters[f];
    if (allowed === undefined) continue;
    const { start, valueIds } = index.columns[f];
    if (f === PROVINCE && start[record] === start[record + 1]) continue;
    let pass = false;
    for (let i = start[record]; i < start[record + 1] && !pass; i += 1) pass = allowed[valueIds[i]] === 1;
    if (!pass) failed |= 1 << f;
  }
  return failed;
}

/** Running facet counts; `add` takes the record's `failedFilters` bits. */
export class FacetCounter {
  private readonly counts: Uint32Array[];

  constructor(private readonly index: FacetIndex) {
    this.counts = index.columns.map((column) => new Uint32Array(column.values.length));
  }

  /**
   * A record that passes every filter counts in every field; one that fails a single field's
   * filter still counts in that field, which is what that field's options would give.
   */
  add(record: number, failed: number): void {
    for (let f = 0; f < this.counts.length; f += 1) {
      if ((failed & ~(1 << f)) !== 0) continue;
      const { start, valueIds } = this.index.columns[f];
      const counts = this.counts[f];
      for (let i = start[record]; i < start[record + 1]; i += 1) counts[valueIds[i]] += 1;
    }
  }

  result(): SearchFacets {
    const field = (f: number): FacetCount[] => {
      const { values, alphabetical } = this.index.columns[f];
      const counts = this.counts[f];
      const ids: number[] = [];
      for (let id = 0; id < counts.length; id += 1) if (counts[id] > 0) ids.push(id);
      ids.sort((a, b) => counts[b] - counts[a] || alphabetical[a] - alphabetical[b]);
      return ids.map((id) => ({ value: values[id], count: counts[id] }));
    };
    const at = (name: Field) => field(FIELDS.indexOf(name));
    return {
      sector: at('sector'),
      level: at('level'),
      online: at('online').map(({ value, count }) => ({ value: value === 'true', count })),
      agency: at('agency'),
      subjects: at('subjects'),
      province: at('province'),
    };
  }
}
