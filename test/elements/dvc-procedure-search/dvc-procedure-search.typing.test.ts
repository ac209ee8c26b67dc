import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import type { ProcedureSearchResult, SearchProceduresRequest } from '../../../src/core/schemas/procedure-search.js';
import { PROCEDURES } from './fixtures.js';
import { $, field, filterOptions, listbox, mount, resultNames, settled, suggestionNames, summary, type Search } from './helpers.js';

/** The element's quiet time before the results follow typing (RESULTS_DELAY), less a little for timer rounding. */
const RESULTS_PAUSE_MS = 290;

const mountFixture = () => mount<Search>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);

/** Whether the suggestions shown are those for `query` (private state, read for waiting only). */
const suggestedFor = (el: Search, query: string): boolean =>
  (el as unknown as { _suggestedQuery: string })._suggestedQuery === query && suggestionNames(el).length > 0;

/** When each `dvc-search` came, and when the citizen last typed. */
function timeline(el: Search) {
  const searches: { query: string; at: number }[] = [];
  let lastKey = 0;
  el.addEventListener('input', () => (lastKey = performance.now()));
  el.addEventListener('dvc-search', (event) => searches.push({ query: event.detail.query, at: performance.now() }));
  return { searches, lastKey: () => lastKey };
}

/** A backend whose answers the test gives, one request at a time. */
function heldBackend() {
  const calls: { request: SearchProceduresRequest; answer: (result: ProcedureSearchResult) => void }[] = [];
  const backend = {
    searchProcedures: (request: SearchProceduresRequest) =>
      new Promise<ProcedureSearchResult>((answer) => calls.push({ request: structuredClone(request), answer })),
    getProcedure: () => Promise.reject(new Error('not used')),
  } as unknown as DvcBackend;
  return { backend, calls };
}

const facets = { sector: [], level: [], online: [], agency: [], subjects: [], province: [] };
const resultOf = (names: string[]): ProcedureSearchResult => ({
  items: PROCEDURES.filter(({ name }) => names.includes(name)).map((procedure) => ({ procedure, highlights: [] })),
  total: names.length,
  facets,
});

describe('<dvc-procedure-search> while the citizen types', () => {
  it('shows the suggestions at once, and the results, their count and dvc-search after the pause', async () => {
    const el = await mountFixture();
    const { searches, lastKey } = timeline(el);
    // What the page shows the moment the suggestions for the whole text appear.
    let whenSuggested: { summary: string; searched: boolean } | undefined;
    const observer = new MutationObserver(() => {
      if (whenSuggested || suggestionNames(el)[0] !== 'Đăng ký tạm trú' || el.query !== 'tam tru') return;
      whenSuggested = { summary: summary(el), searched: searches.some(({ query }) => query === 'tam tru') };
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    field(el).focus();
    await sendKeys({ type: 'tam tru' });
    await waitUntil(() => searches.some(({ query }) => query === 'tam tru'), 'no search for the typed text', { timeout: 5000 });
    await settled(el);
    observer.disconnect();
    expect(whenSuggested, 'the suggestions were shown').not.to.equal(undefined);
    expect(whenSuggested!.searched, 'the results were searched before the suggestions came').to.equal(false);
    expect(whenSuggested!.summary).not.to.equal('3 thủ tục');
    const done = searches.find(({ query }) => query === 'tam tru')!;
    expect(done.at - lastKey()).to.be.at.least(RESULTS_PAUSE_MS);
    expect(summary(el)).to.equal('3 thủ tục');
    expect(resultNames(el)).to.have.members([
      'Đăng ký tạm trú',
      'Xóa đăng ký tạm trú',
      'Khai báo tạm trú cho người nước ngoài tại Việt Nam',
    ]);
    expect(suggestionNames(el)).to.deep.equal(resultNames(el));
  });

  it('brings the filters’ counts for the typed text along with the results', async () => {
    const el = await mountFixture();
    expect(filterOptions(el, 'Lĩnh vực')).to.include('Hộ tịch (4)');
    field(el).focus();
    await sendKeys({ type: 'tam tru' });
    await waitUntil(() => summary(el) === '3 thủ tục', 'no results for the typed text', { timeout: 5000 });
    await settled(el);
    expect(filterOptions(el, 'Lĩnh vực')).to.have.members(['Đăng ký, quản lý cư trú (2)', 'Quản lý xuất nhập cảnh (1)']);
    expect(filterOptions(el, 'Nộp hồ sơ trực tuyến')).to.deep.equal(['Có thể nộp trực tuyến (2)', 'Không nộp trực tuyến (1)']);
    await expect(el).to.be.accessible();
  });

  it('marks the results as busy while they wait for the pause', async () => {
    const el = await mountFixture();
    const results = () => $(el, '.results')!;
    expect(results().getAttribute('aria-busy')).to.equal('false');
    field(el).focus();
    await sendKeys({ type: 'k' });
    await el.updateComplete;
    expect(results().getAttribute('aria-busy')).to.equal('true');
    await settled(el);
    expect(results().getAttribute('aria-busy')).to.equal('false');
  });

  it('keeps the suggestion the arrow keys are on when the results arrive', async () => {
    const el = await mountFixture();
    const { searches } = timeline(el);
    field(el).focus();
    await sendKeys({ type: 'dang ky' });
    await waitUntil(() => suggestedFor(el, 'dang ky'), 'no suggestions', { timeout: 5000 });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => searches.some(({ query }) => query === 'dang ky'), 'no results', { timeout: 5000 });
    await settled(el);
    const active = field(el).getAttribute('aria-activedescendant');
    const options = [...listbox(el).querySelectorAll('[role="option"]')];
    expect(active).to.equal(options[1].id);
    expect(options[1].getAttribute('aria-selected')).to.equal('true');
  });

  it('Escape closes the suggestions, and the results that follow do not open them again', async () => {
    const el = await mountFixture();
    const { searches } = timeline(el);
    field(el).focus();
    await sendKeys({ type: 'dang ky' });
    await waitUntil(() => suggestedFor(el, 'dang ky'), 'no suggestions', { timeout: 5000 });
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => searches.some(({ query }) => query === 'dang ky'), 'no results', { timeout: 5000 });
    await settled(el);
    expect(field(el).getAttribute('aria-expanded')).to.equal('false');
    expect(suggestionNames(el)).to.deep.equal([]);
    expect(el.query).to.equal('dang ky');
  });

  it('never shows the results of a query the citizen has already changed', async () => {
    const { backend, calls } = heldBackend();
    const el = await mount<Search>(html`<dvc-procedure-search .backend=${backend}></dvc-procedure-search>`, { settle: false });
    await waitUntil(() => calls.length === 1, 'no first search');
    calls[0].answer(resultOf(['Đăng ký tạm trú', 'Thủ tục đăng ký kết hôn']));
    await settled(el);
    const { searches } = timeline(el);
    field(el).focus();
    await sendKeys({ type: 'ket' });
    await waitUntil(() => calls.some(({ request }) => request.query === 'ket'), 'no search for "ket"', { timeout: 5000 });
    // The citizen goes on typing while the answer for "ket" is on its way.
    await sendKeys({ type: ' hon' });
    calls.find(({ request }) => request.query === 'ket')!.answer(resultOf(['Thủ tục đăng ký kết hôn', 'Thủ tục đăng ký khai tử']));
    await el.updateComplete;
    expect(searches).to.deep.equal([]);
    expect(resultNames(el)).to.deep.equal(['Đăng ký tạm trú', 'Thủ tục đăng ký kết hôn']);
    expect($(el, '.results')!.getAttribute('aria-busy')).to.equal('true');
    await waitUntil(() => calls.some(({ request }) => request.query === 'ket hon'), 'no search for "ket hon"', { timeout: 5000 });
    calls.find(({ request }) => request.query === 'ket hon')!.answer(resultOf(['Thủ tục đăng ký kết hôn']));
    await settled(el);
    expect(searches.map(({ query }) => query)).to.deep.equal(['ket hon']);
    expect(resultNames(el)).to.deep.equal(['Thủ tục đăng ký kết hôn']);
    expect(suggestionNames(el)).to.deep.equal(['Thủ tục đăng ký kết hôn']);
    await expect(el).to.be.accessible();
  });
});
