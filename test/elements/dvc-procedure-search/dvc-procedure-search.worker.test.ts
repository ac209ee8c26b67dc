import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { syntheticDataset } from '../../../scripts/synthetic-procedures.mjs';
import {
  DATASET,
  field,
  filterOptions,
  mount,
  nextSearch,
  record,
  resultMarks,
  resultNames,
  settled,
  suggestionNames,
  summary,
  type Search,
} from './helpers.js';

const RealWorker = window.Worker;
let started: string[] = [];

/** Counts the workers the page starts (and lets them start). */
class CountedWorker extends RealWorker {
  constructor(url: string | URL, options?: WorkerOptions) {
    super(url, options);
    started.push(String(url));
  }
}

/** A browser that refuses workers, as a strict Content-Security-Policy or an old embedding makes it. */
class RefusedWorker {
  constructor() {
    throw new DOMException('Refused to create a worker', 'SecurityError');
  }
}

beforeEach(() => {
  started = [];
  window.Worker = CountedWorker;
});
afterEach(() => {
  window.Worker = RealWorker;
});

/** A dataset URL no other test has loaded, so each test indexes afresh. */
const fresh = () => `${DATASET}?worker-test=${crypto.randomUUID()}`;

/** What the citizen sees of a search. */
/** Mounts and waits for the first results: loading a worker and indexing in it can be slow on a busy machine. */
async function mountSettled<T extends Element = Search>(template: ReturnType<typeof html>): Promise<T> {
  const root = await mount<T>(template, { settle: false });
  for (const el of root.matches('dvc-procedure-search') ? [root] : [...root.querySelectorAll('dvc-procedure-search')])
    await settled(el as Search, 50_000);
  return root;
}

const view = (el: Search) => ({
  summary: summary(el),
  names: resultNames(el),
  marks: resultMarks(el),
  sectors: filterOptions(el, 'Lĩnh vực'),
  levels: filterOptions(el, 'Cấp thực hiện'),
});

describe('<dvc-procedure-search> searching in a Web Worker', () => {
  it('with worker="on", shows exactly what searching on the page shows', async () => {
    const url = fresh();
    const wrapper = await mountSettled<HTMLDivElement>(
      html`<div>
        <dvc-procedure-search worker="on" src=${url}></dvc-procedure-search>
        <dvc-procedure-search worker="off" src=${url}></dvc-procedure-search>
      </div>`,
    );
    const [inWorker, onPage] = [...wrapper.querySelectorAll<Search>('dvc-procedure-search')];
    expect(started).to.have.length(1);
    expect(started[0]).to.match(/search-worker\.js$/);
    expect(view(inWorker)).to.deep.equal(view(onPage));
    for (const query of ['dang ky tam tru', 'bhyt', 'gplx', 'kys ket hon', 'so do', '1.004194']) {
      const searched = [nextSearch(inWorker, 30_000), nextSearch(onPage, 30_000)];
      inWorker.query = query;
      onPage.query = query;
      await Promise.all(searched);
      expect(view(inWorker), query).to.deep.equal(view(onPage));
    }
  }).timeout(60_000);

  it('follows typing with suggestions from the worker', async () => {
    const el = await mountSettled(html`<dvc-procedure-search worker="on" src=${fresh()}></dvc-procedure-search>`);
    field(el).focus();
    const searches = record<{ query: string }>(el, 'dvc-search');
    await sendKeys({ type: 'tam tru' });
    // A slow machine may search between keys too; the answer to the whole text is the last.
    await waitUntil(() => searches.at(-1)?.query === 'tam tru', 'no search for the typed text', { timeout: 30_000 });
    await el.updateComplete;
    expect(field(el).getAttribute('aria-expanded')).to.equal('true');
    expect(suggestionNames(el)[0]).to.equal('Đăng ký tạm trú');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await settled(el, 30_000);
    expect(el.query).to.equal('Đăng ký tạm trú');
    expect(resultNames(el)[0]).to.equal('Đăng ký tạm trú');
  }).timeout(60_000);

  it('never lets an older search’s answer replace a newer one', async () => {
    const el = await mountSettled(html`<dvc-procedure-search worker="on" src=${fresh()}></dvc-procedure-search>`);
    const searches = record<{ query: string }>(el, 'dvc-search');
    // Each change starts a search while the one before is still in the worker.
    for (const query of ['d', 'da', 'dang', 'dang ky', 'dang ky tam tru']) {
      el.query = query;
      await el.updateComplete;
    }
    await settled(el, 30_000);
    expect(searches.map(({ query }) => query)).to.deep.equal(['dang ky tam tru']);
    expect(resultNames(el)[0]).to.equal('Đăng ký tạm trú');
    // Nothing late arrives afterwards.
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(searches).to.have.length(1);
    expect(resultNames(el)[0]).to.equal('Đăng ký tạm trú');
  }).timeout(60_000);

  it('keeps searching on the page when the browser refuses a worker', async () => {
    window.Worker = RefusedWorker as unknown as typeof Worker;
    const warnings: unknown[][] = [];
    const warn = console.warn;
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      const wrapper = fixtureSync<HTMLDivElement>(
        html`<div><dvc-procedure-search worker="on" src=${fresh()}></dvc-procedure-search></div>`,
      );
      const errors = record(wrapper, 'dvc-error');
      const el = wrapper.querySelector<Search>('dvc-procedure-search')!;
      await el.updateComplete;
      await settled(el, 50_000);
      expect(summary(el)).to.equal('2.642 thủ tục · trang 1/265');
      const searched = nextSearch(el, 30_000);
      el.query = 'dang ky tam tru';
      await searched;
      expect(resultNames(el)[0]).to.equal('Đăng ký tạm trú');
      expect(errors).to.deep.equal([]);
      expect(warnings.map((args) => String(args[0]))).to.deep.equal([
        'dvc-elements: <dvc-procedure-search> cannot use its search worker (The search worker cannot be started.); searching on the page instead.',
      ]);
    } finally {
      console.warn = warn;
    }
  }).timeout(60_000);

  it('uses a worker on its own for a large dataset, and not for a small one', async () => {
    const records = await (await fetch(DATASET)).json();
    const small = await mountSettled(html`<dvc-procedure-search .procedures=${records}></dvc-procedure-search>`);
    expect(summary(small)).to.equal('2.642 thủ tục · trang 1/265');
    expect(started).to.deep.equal([]);

    const large = await mount<Search>(
      html`<dvc-procedure-search province="01" .procedures=${syntheticDataset(records)}></dvc-procedure-search>`,
      {
        settle: false,
      },
    );
    await settled(large, 100_000);
    expect(started).to.have.length(1);
    const searched = nextSearch(large, 30_000);
    large.query = 'dang ky tam tru';
    expect((await searched).total).to.be.greaterThan(0);
    expect(resultNames(large)[0]).to.equal('Đăng ký tạm trú');
  }).timeout(120_000);

  it('reports an invalid worker value and keeps the last good one', async () => {
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div><dvc-procedure-search worker="off" .procedures=${[]}></dvc-procedure-search></div>`,
    );
    const errors = record<{ code: string; field?: string }>(wrapper, 'dvc-error');
    const el = wrapper.querySelector<Search>('dvc-procedure-search')!;
    const warn = console.warn;
    console.warn = () => {};
    try {
      el.setAttribute('worker', 'sometimes');
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(el.worker).to.equal('off');
    expect(errors.map(({ code, field }) => [code, field])).to.deep.equal([['invalid-attribute', 'worker']]);
    el.removeAttribute('worker');
    expect(el.worker).to.equal('auto');
  });
});
