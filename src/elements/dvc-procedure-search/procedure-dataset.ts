/**
 * A procedure dataset searched in the page: fetched once per URL (or taken from an array),
 * each record checked against the procedure schema (the bad ones left out and reported), and
 * indexed once, in a Web Worker when it is large (see `openProcedureIndex`). Elements with the
 * same `src` and the same choice of thread share one load and one index.
 */
import { codeForStatus } from '../../core/backend/http-status.js';
import { DvcError } from '../../core/errors.js';
import { procedureSchema, type Procedure } from '../../core/schemas/procedure.js';
import { z } from '../../core/schemas/zod.js';
import { runStepsInSlices, type BuildSteps } from '../../core/search/build-steps.js';
import { openProcedureIndex, type AsyncProcedureIndex, type SearchThread } from '../../core/search/index.js';

export interface Dataset {
  records: readonly Procedure[];
  index: AsyncProcedureIndex<Procedure>;
  byCode: ReadonlyMap<string, Procedure>;
  /** Positions (from 0) of the records that were left out. */
  invalid: readonly number[];
}

const byUrl = new Map<string, Promise<Dataset>>();
const byArray = new WeakMap<readonly unknown[], Map<SearchThread, Promise<Dataset>>>();

const warnWorkerFailure = (error: Error): void =>
  console.warn(`dvc-elements: <dvc-procedure-search> cannot use its search worker (${error.message}); searching on the page instead.`);

/** Checks every record, pausing often so that a large dataset is checked in short slices. */
function* checkRecords(records: readonly unknown[]): BuildSteps<{ valid: Procedure[]; invalid: number[] }> {
  const valid: Procedure[] = [];
  const invalid: number[] = [];
  for (let i = 0; i < records.length; i += 1) {
    if (i % 100 === 99) yield;
    const parsed = z.safeParse(procedureSchema, records[i]);
    if (parsed.success) valid.push(parsed.data);
    else invalid.push(i);
  }
  return { valid, invalid };
}

async function build(records: readonly unknown[], thread: SearchThread): Promise<Dataset> {
  const { valid, invalid } = await runStepsInSlices(checkRecords(records));
  const byCode = new Map<string, Procedure>();
  for (const record of valid) if (!byCode.has(record.code)) byCode.set(record.code, record);
  const index = await openProcedureIndex(valid, { thread, onWorkerFailure: warnWorkerFailure });
  return { records: valid, index, byCode, invalid };
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
export function loadDataset(url: string, thread: SearchThread): Promise<Dataset> {
  const href = new URL(url, document.baseURI).href;
  const key = `${thread} ${href}`;
  let loading = byUrl.get(key);
  if (loading === undefined) {
    loading = fetchRecords(href).then((records) => build(records, thread));
    byUrl.set(key, loading);
    loading.catch(() => byUrl.delete(key));
  }
  return loading;
}

/** The dataset of records given as an array (the `procedures` property). */
export function datasetOf(records: readonly unknown[], thread: SearchThread): Promise<Dataset> {
  let datasets = byArray.get(records);
  if (datasets === undefined) {
    datasets = new Map();
    byArray.set(records, datasets);
  }
  let dataset = datasets.get(thread);
  if (dataset === undefined) {
    dataset = build(records, thread);
    datasets.set(thread, dataset);
  }
  return dataset;
}
