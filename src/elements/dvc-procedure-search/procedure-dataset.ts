/**
 * A procedure dataset searched in the page: fetched once per URL (or taken from an array),
 * each record checked against the procedure schema (the bad ones left out and reported), and
 * indexed once, in a Web Worker when it is large (see `openIndexOnThread`). Elements with the
 * same `src` and the same choice of thread share one load and one index. This module is fetched
 * when an element has a dataset; the check (zod) and the search engine of the page are fetched
 * on demand too, while the records are.
 */
import { onDemand } from '../../core/on-demand.js';
import type { Procedure } from '../../core/schemas/procedure.js';
import { takeRecords } from './dataset-records.js';
import type { AsyncProcedureIndex } from '../../core/search/async-procedure-index.js';
import { openIndexOnThread, wantsWorker, type PageIndexBuilder, type SearchThread } from '../../core/search/open-index-on-thread.js';

export interface Dataset {
  records: readonly Procedure[];
  index: AsyncProcedureIndex<Procedure>;
  byCode: ReadonlyMap<string, Procedure>;
  /** Positions (from 0) of the records that were left out. */
  invalid: readonly number[];
}

const byUrl = new Map<string, Promise<Dataset>>();
const byArray = new WeakMap<readonly unknown[], Map<SearchThread, Promise<Dataset>>>();

/** The records' check (with zod), needed for every dataset. */
const loadCheck = onDemand(() => import('./dataset-check.js'));
/** The search engine, needed only when searches run on the page (not in the worker). */
const loadPageEngine = onDemand(() => import('../../core/search/page-procedure-index.js'));

/** Starts fetching what a dataset searched on `thread` needs, so that it arrives while the records do. */
function prefetch(thread: SearchThread, count?: number): void {
  loadCheck().catch(() => {});
  // Most datasets are below the worker's threshold: unless a worker is certain, the engine comes too.
  if (count === undefined ? thread !== 'worker' : !wantsWorker(thread, count)) loadPageEngine().catch(() => {});
}

const buildOnPage: PageIndexBuilder<Procedure> = async (records, options) => (await loadPageEngine()).buildPageIndex(records, options);

const warnWorkerFailure = (error: Error): void =>
  console.warn(`dvc-elements: <dvc-procedure-search> cannot use its search worker (${error.message}); searching on the page instead.`);

async function build(records: readonly unknown[], thread: SearchThread): Promise<Dataset> {
  prefetch(thread, records.length);
  const { valid, invalid } = await (await loadCheck()).checkRecords(records);
  const byCode = new Map<string, Procedure>();
  for (const record of valid) if (!byCode.has(record.code)) byCode.set(record.code, record);
  const index = await openIndexOnThread(valid, buildOnPage, { thread, onWorkerFailure: warnWorkerFailure });
  return { records: valid, index, byCode, invalid };
}

/** The dataset at `url` (resolved against the document); rejects with a `DvcError`, and a failed load is tried afresh next time. */
export function loadDataset(url: string, thread: SearchThread): Promise<Dataset> {
  const href = new URL(url, document.baseURI).href;
  const key = `${thread} ${href}`;
  let loading = byUrl.get(key);
  if (loading === undefined) {
    prefetch(thread);
    loading = takeRecords(href).then((records) => build(records, thread));
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
    // A failed load (the check and the index could not be fetched) is tried afresh next time.
    dataset.catch(() => datasets.delete(thread));
  }
  return dataset;
}
