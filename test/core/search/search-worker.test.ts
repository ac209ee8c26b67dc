import { expect } from '@open-wc/testing';
import { nextTask, runStepsInSlices } from '../../../src/core/search/build-steps.js';
import {
  buildProcedureIndex,
  createProcedureIndex,
  createWorkerProcedureIndex,
  openProcedureIndex,
  SearchWorkerError,
  type AsyncProcedureIndex,
  type SearchableProcedure,
  type SearchOptions,
  type SearchResult,
} from '../../../src/core/search/index.js';
import { createSearchWorkerHost } from '../../../src/core/search/search-worker-host.js';
import type { SearchWorkerRequest, SearchWorkerResponse } from '../../../src/core/search/search-worker-protocol.js';

interface Query {
  q: string;
}

let records: SearchableProcedure[];
let queries: string[];

before(async () => {
  records = await (await fetch('/data/procedures.json')).json();
  const publicQueries: Query[] = await (await fetch('/test/fixtures/search-queries.public.json')).json();
  queries = publicQueries.map(({ q }) => q);
});

/** What a search shows, with record identity checked by code. */
const shown = (result: SearchResult) => ({
  codes: result.items.map(({ procedure }) => procedure.code),
  scores: result.items.map(({ score }) => score),
  highlights: result.items.map(({ highlights }) => highlights),
  total: result.total,
  facets: result.facets,
});

/** Queries of every kind, with filters and paging, plus the public set. */
const cases = (): [string, SearchOptions][] => [
  ...queries.map((q): [string, SearchOptions] => [q, { limit: 10 }]),
  ['', { limit: 5 }],
  ['dang ky', { limit: 10, offset: 10 }],
  ['cap giay phep', { limit: 10, filters: { level: ['Cấp tỉnh'], online: true } }],
  ['1.0041', { limit: 10 }],
  ['kys ket hon', { limit: 10 }],
];

/**
 * A stand-in worker that runs the real host on this thread, answering in a later task (as a
 * worker would), and can fail on demand like a worker that crashed.
 */
class HostedWorker extends EventTarget {
  held = false;
  readonly requests: SearchWorkerRequest[] = [];
  private readonly answers: SearchWorkerResponse[] = [];
  private readonly handle = createSearchWorkerHost((response) => {
    this.answers.push(response);
    if (!this.held) void this.release();
  });

  constructor() {
    super();
    // As the worker module does once it has loaded.
    this.answers.push({ type: 'started' });
    void this.release();
  }

  postMessage(request: SearchWorkerRequest): void {
    this.requests.push(structuredClone(request));
    this.handle(structuredClone(request));
  }

  /** Delivers the answers held so far, in order. */
  async release(): Promise<void> {
    await nextTask();
    for (const data of this.answers.splice(0)) this.dispatchEvent(new MessageEvent('message', { data }));
  }

  crash(): void {
    this.dispatchEvent(new ErrorEvent('error', { message: 'crashed', cancelable: true }));
  }

  terminate(): void {}
}

const asWorker = (fake: HostedWorker) => fake as unknown as Worker;

describe('search in a Web Worker', () => {
  let inWorker: AsyncProcedureIndex;

  before(async function () {
    // Loading the worker and indexing in it can be slow on a busy machine.
    this.timeout(60_000);
    inWorker = await createWorkerProcedureIndex(records);
  });
  after(() => inWorker?.close());

  it('answers every kind of query exactly as the index on the page does', async () => {
    const onPage = createProcedureIndex(records);
    expect(inWorker.thread).to.equal('worker');
    for (const [query, options] of cases()) {
      const expected = shown(onPage.search(query, options));
      expect(shown(await inWorker.search(query, options)), query).to.deep.equal(expected);
    }
  }).timeout(60_000);

  it('hands back the page’s own record objects', async () => {
    const result = await inWorker.search('đăng ký tạm trú');
    expect(result.items[0].procedure).to.equal(records.find(({ code }) => code === result.items[0].procedure.code));
  });

  it('rejects a search whose signal aborts, and still answers the newer one', async () => {
    const older = new AbortController();
    const first = inWorker.search('dang ky', {}, older.signal);
    const second = inWorker.search('dang ky tam tru', {});
    older.abort();
    const [a, b] = await Promise.allSettled([first, second]);
    expect(a.status).to.equal('rejected');
    expect((a as PromiseRejectedResult).reason.name).to.equal('AbortError');
    expect(b.status).to.equal('fulfilled');
    expect((b as PromiseFulfilledResult<SearchResult>).value.items[0].procedure.code).to.equal('1.004194');
  });

  it('rejects at once when the signal was already aborted', async () => {
    const aborted = AbortSignal.abort();
    let error: unknown;
    await inWorker.search('dang ky', {}, aborted).catch((reason) => (error = reason));
    expect((error as Error).name).to.equal('AbortError');
  });
});

describe('the worker protocol', () => {
  it('drops a cancelled search that is still queued, and answers the rest in order', async () => {
    const answers: SearchWorkerResponse[] = [];
    const handle = createSearchWorkerHost((response) => answers.push(response));
    handle({ type: 'add', records: records.slice(0, 100) });
    handle({ type: 'add', records: records.slice(100, 200) });
    handle({ type: 'build', options: {} });
    expect(answers).to.deep.equal([{ type: 'ready', records: 200 }]);
    handle({ type: 'search', id: 1, query: 'dang ky', options: {} });
    handle({ type: 'search', id: 2, query: 'cap', options: {} });
    handle({ type: 'search', id: 3, query: 'giay phep', options: {} });
    handle({ type: 'cancel', id: 2 });
    while (answers.length < 3) await nextTask();
    await nextTask();
    expect(answers.slice(1).map((answer) => answer.type === 'result' && answer.id)).to.deep.equal([1, 3]);
  });

  it('names records by position, so only positions and highlights cross back', async () => {
    const answers: SearchWorkerResponse[] = [];
    const handle = createSearchWorkerHost((response) => answers.push(response));
    handle({ type: 'add', records });
    handle({ type: 'build', options: {} });
    handle({ type: 'search', id: 7, query: 'đăng ký tạm trú', options: { limit: 1 } });
    while (answers.length < 2) await nextTask();
    const answer = answers[1];
    if (answer.type !== 'result') throw new Error(`unexpected ${answer.type}`);
    expect(records[answer.result.items[0].record].code).to.equal('1.004194');
    expect(answer.result.items[0]).to.have.keys(['record', 'score', 'highlights']);
  });

  it('answers a search before the build with a failure, not silence', async () => {
    const answers: SearchWorkerResponse[] = [];
    const handle = createSearchWorkerHost((response) => answers.push(response));
    handle({ type: 'search', id: 1, query: 'x', options: {} });
    while (answers.length < 1) await nextTask();
    expect(answers[0]).to.include({ type: 'failed', id: 1 });
  });

  it('posts only the searchable fields of each record, in chunks', async () => {
    const fake = new HostedWorker();
    const extra = records.map((record) => ({ ...record, secretNote: 'page only' }));
    const index = await createWorkerProcedureIndex(extra, { createWorker: () => asWorker(fake) });
    const added = fake.requests.filter((request) => request.type === 'add');
    expect(added.length).to.be.greaterThan(1);
    expect(added.flatMap((request) => request.records).length).to.equal(records.length);
    expect(JSON.stringify(added)).not.to.include('secretNote');
    // The page still gets its full record back.
    expect((await index.search('đăng ký tạm trú')).items[0].procedure).to.have.property('secretNote', 'page only');
  }).timeout(60_000);

  it('drops the answer of a search aborted while the worker held it', async () => {
    const fake = new HostedWorker();
    const index = await createWorkerProcedureIndex(records.slice(0, 300), { createWorker: () => asWorker(fake) });
    fake.held = true;
    const older = new AbortController();
    const first = index.search('dang ky', {}, older.signal);
    const second = index.search('cap giay', {});
    older.abort();
    await fake.release();
    const [a, b] = await Promise.allSettled([first, second]);
    expect(a.status).to.equal('rejected');
    expect(b.status).to.equal('fulfilled');
  });
});

describe('falling back to the page', () => {
  it('searches on the page when a worker cannot be created', async () => {
    const failures: Error[] = [];
    const index = await openProcedureIndex(records, {
      thread: 'worker',
      createWorker: () => {
        throw new DOMException('Refused by the Content-Security-Policy', 'SecurityError');
      },
      onWorkerFailure: (error) => failures.push(error),
    });
    expect(index.thread).to.equal('page');
    expect(failures).to.have.length(1);
    expect(failures[0]).to.be.instanceOf(SearchWorkerError);
    const onPage = createProcedureIndex(records);
    for (const [query, options] of cases())
      expect(shown(await index.search(query, options)), query).to.deep.equal(shown(onPage.search(query, options)));
  }).timeout(60_000);

  it('searches on the page when the worker file does not load', async () => {
    const failures: Error[] = [];
    const index = await openProcedureIndex(records, {
      thread: 'worker',
      createWorker: () => new Worker(new URL('/missing/search-worker.js', location.href), { type: 'module' }),
      onWorkerFailure: (error) => failures.push(error),
    });
    expect(index.thread).to.equal('page');
    expect(failures).to.have.length(1);
    expect((await index.search('dang ky tam tru')).items[0].procedure.code).to.equal('1.004194');
  }).timeout(60_000);

  it('moves to the page when the worker fails later, and the search in flight still answers', async () => {
    const fake = new HostedWorker();
    const failures: Error[] = [];
    const index = await openProcedureIndex(records, {
      thread: 'worker',
      createWorker: () => asWorker(fake),
      onWorkerFailure: (error) => failures.push(error),
    });
    expect(index.thread).to.equal('worker');
    fake.held = true;
    const inFlight = index.search('dang ky tam tru');
    fake.crash();
    expect((await inFlight).items[0].procedure.code).to.equal('1.004194');
    expect(index.thread).to.equal('page');
    expect(failures.map(({ message }) => message)).to.deep.equal(['crashed']);
    expect((await index.search('bhyt')).total).to.be.greaterThan(0);
  }).timeout(60_000);

  it('stays on the page below the worker threshold unless asked', async () => {
    let created = 0;
    const createWorker = () => {
      created += 1;
      return asWorker(new HostedWorker());
    };
    expect((await openProcedureIndex(records, { createWorker })).thread).to.equal('page');
    expect((await openProcedureIndex(records, { thread: 'page', createWorker })).thread).to.equal('page');
    expect(created).to.equal(0);
    expect((await openProcedureIndex(records, { thread: 'worker', createWorker })).thread).to.equal('worker');
    expect(created).to.equal(1);
  }).timeout(60_000);
});

describe('building on the page in slices', () => {
  it('gives the same index as building at once', async () => {
    const sliced = await buildProcedureIndex(records);
    const atOnce = createProcedureIndex(records);
    for (const [query, options] of cases())
      expect(shown(sliced.search(query, options)), query).to.deep.equal(shown(atOnce.search(query, options)));
  }).timeout(60_000);

  it('hands the thread back between slices', async () => {
    let steps = 0;
    function* work() {
      for (let i = 0; i < 5; i += 1) {
        steps += 1;
        yield;
      }
      return 'done';
    }
    // With no time to spare per slice, every step runs in a task of its own.
    const result = runStepsInSlices(work(), 0);
    expect(steps).to.equal(1);
    expect(await result).to.equal('done');
    expect(steps).to.equal(5);
  });
});
