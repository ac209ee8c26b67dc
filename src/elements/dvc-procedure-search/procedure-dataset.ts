/**
 * A procedure dataset searched in the page: fetched once per URL (or taken from an array),
 * each record checked against the procedure schema (the bad ones left out and reported), and
 * indexed once. Elements with the same `src` share one load and one index.
 */
import { codeForStatus } from '../../core/backend/http-status.js';
import { DvcError } from '../../core/errors.js';
import { procedureSchema, type Procedure } from '../../core/schemas/procedure.js';
import { z } from '../../core/schemas/zod.js';
import { createProcedureIndex } from '../../core/search/index.js';
import type { ProcedureIndex } from '../../core/search/types.js';

export interface Dataset {
  records: readonly Procedure[];
  index: ProcedureIndex<Procedure>;
  byCode: ReadonlyMap<string, Procedure>;
  /** Positions (from 0) of the records that were left out. */
  invalid: readonly number[];
}

/** Records checked between two yields to the page, so a large dataset does not freeze it. */
const CHUNK = 2000;

const byUrl = new Map<string, Promise<Dataset>>();
const byArray = new WeakMap<readonly unknown[], Promise<Dataset>>();

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve));

async function build(records: readonly unknown[]): Promise<Dataset> {
  const valid: Procedure[] = [];
  const invalid: number[] = [];
  for (let start = 0; start < records.length; start += CHUNK) {
    if (start > 0) await nextTask();
    const end = Math.min(records.length, start + CHUNK);
    for (let i = start; i < end; i += 1) {
      const parsed = z.safeParse(procedureSchema, records[i]);
      if (parsed.success) valid.push(parsed.data);
      else invalid.push(i);
    }
  }
  await nextTask();
  const byCode = new Map<string, Procedure>();
  for (const record of valid) if (!byCode.has(record.code)) byCode.set(record.code, record);
  return { records: valid, index: createProcedureIndex(valid), byCode, invalid };
}

async function fetchRecords(url: string): Promise<unknown[]> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch (error) {
    throw new DvcError('network', { cause: error });
  }
  if (!response.ok) throw new DvcError(codeForStatus(response.status), { status: response.status });
  let json: unknown;
  try {
    json = JSON.parse(await response.text());
  } catch (error) {
    throw new DvcError('malformed-response', { status: response.status, cause: error });
  }
  if (!Array.isArray(json)) throw new DvcError('malformed-response', { status: response.status });
  return json;
}

/** The dataset at `url` (resolved against the document); rejects with a `DvcError`, and a failed load is tried afresh next time. */
export function loadDataset(url: string): Promise<Dataset> {
  const href = new URL(url, document.baseURI).href;
  let loading = byUrl.get(href);
  if (loading === undefined) {
    loading = fetchRecords(href).then(build);
    byUrl.set(href, loading);
    loading.catch(() => byUrl.delete(href));
  }
  return loading;
}

/** The dataset of records given as an array (the `procedures` property). */
export function datasetOf(records: readonly unknown[]): Promise<Dataset> {
  let dataset = byArray.get(records);
  if (dataset === undefined) {
    dataset = build(records);
    byArray.set(records, dataset);
  }
  return dataset;
}
