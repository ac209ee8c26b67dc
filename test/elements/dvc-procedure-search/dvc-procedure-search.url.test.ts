import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PROCEDURES } from './fixtures.js';
import {
  $,
  alertRegion,
  appliedFilters,
  checkbox,
  field,
  focused,
  mount,
  nextSearch,
  resultNames,
  settled,
  summary,
  textOf,
  type Search,
  expectSame,
  expectNone,
} from './helpers.js';

const params = () => new URLSearchParams(location.search);

/** Goes back or forward one entry and waits for the element to follow. */
async function travel(el: Search, direction: 'back' | 'forward') {
  const before = location.href;
  const moved = new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
  if (direction === 'back') history.back();
  else history.forward();
  await moved;
  expect(location.href).to.not.equal(before);
  await el.updateComplete;
  await settled(el);
}

/** Counts new history entries: `history.length` stops growing at 50 in Chromium, so it cannot be compared. */
function countPushes() {
  const original = history.pushState;
  let count = 0;
  history.pushState = function (...args: Parameters<History['pushState']>) {
    count += 1;
    return original.apply(history, args);
  };
  return {
    get count() {
      return count;
    },
    restore: () => (history.pushState = original),
  };
}

describe('<dvc-procedure-search sync-url>', () => {
  let original: string;

  beforeEach(() => {
    original = location.href;
  });

  afterEach(() => {
    history.replaceState(history.state, '', original);
  });

  it('starts from the query, filters and page in the URL', async () => {
    history.replaceState(
      history.state,
      '',
      `?keep=1&q=${encodeURIComponent('đăng ký')}&level=${encodeURIComponent('Cấp xã')}&page=2#/route`,
    );
    const el = await mount<Search>(html`<dvc-procedure-search sync-url page-size="2" .procedures=${PROCEDURES}></dvc-procedure-search>`);
    expect(field(el).value).to.equal('đăng ký');
    expect(el.filters).to.deep.equal({ level: ['Cấp xã'] });
    expect(checkbox(el, 'Cấp thực hiện', 'Cấp xã').checked).to.equal(true);
    expect(textOf($(el, '#results-heading'))).to.equal('Kết quả tìm kiếm, trang 2');
    expect(resultNames(el)).to.have.length(2);
    expect(location.hash).to.equal('#/route');
  });

  it('writes the search to the URL: typing replaces the entry, a filter or a page adds one; other parameters and the hash stay', async () => {
    history.replaceState(history.state, '', '?keep=1#/app/search');
    const el = await mount<Search>(html`<dvc-procedure-search sync-url page-size="2" .procedures=${PROCEDURES}></dvc-procedure-search>`);
    const pushes = countPushes();
    field(el).focus();
    let searched = nextSearch(el);
    await sendKeys({ type: 'dang ky' });
    await searched;
    await settled(el);
    expect(params().get('q')).to.equal('dang ky');
    expect(params().get('keep')).to.equal('1');
    expect(location.hash).to.equal('#/app/search');
    expect(pushes.count).to.equal(0);
    searched = nextSearch(el);
    checkbox(el, 'Lĩnh vực', 'Hộ tịch').click();
    await searched;
    expect(params().getAll('sector')).to.deep.equal(['Hộ tịch']);
    expect(pushes.count).to.equal(1);
    searched = nextSearch(el);
    $<HTMLButtonElement>(el, 'nav [data-page="2"]')!.click();
    await searched;
    expect(params().get('page')).to.equal('2');
    expect(pushes.count).to.equal(2);
    expect(location.hash).to.equal('#/app/search');
    pushes.restore();
  });

  it('Back and Forward restore the query, the filters, the page and the open procedure', async () => {
    const el = await mount<Search>(html`<dvc-procedure-search sync-url .procedures=${PROCEDURES}></dvc-procedure-search>`);
    field(el).focus();
    let searched = nextSearch(el);
    await sendKeys({ type: 'dang ky' });
    await sendKeys({ press: 'Enter' });
    await searched;
    await settled(el);
    const all = summary(el);
    searched = nextSearch(el);
    checkbox(el, 'Lĩnh vực', 'Hộ tịch').click();
    await searched;
    const filtered = summary(el);
    expect(filtered).to.not.equal(all);
    $<HTMLButtonElement>(el, '[data-code="1.001193"]')!.click();
    await el.updateComplete;
    expect(params().get('procedure')).to.equal('1.001193');

    await travel(el, 'back');
    expectNone($(el, '.detail'));
    expect(params().has('procedure')).to.equal(false);
    expectSame(focused(el), $(el, '[data-code="1.001193"]'));

    await travel(el, 'back');
    expect(el.filters).to.deep.equal({});
    expect(appliedFilters(el)).to.deep.equal([]);
    expect(summary(el)).to.equal(all);
    expect(field(el).value).to.equal('dang ky');

    await travel(el, 'forward');
    expect(el.filters).to.deep.equal({ sector: ['Hộ tịch'] });
    expect(summary(el)).to.equal(filtered);

    await travel(el, 'forward');
    expect(textOf($(el, '#detail-heading'))).to.equal('Thủ tục đăng ký khai sinh');
    expectSame(focused(el), $(el, '#detail-heading'));
  });

  it('shows the last page for a page past the end', async () => {
    history.replaceState(history.state, '', '?page=40');
    const el = await mount<Search>(html`<dvc-procedure-search sync-url .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await waitUntil(() => resultNames(el).length > 0, 'no results');
    expect(textOf($(el, '#results-heading'))).to.equal('Kết quả tìm kiếm, trang 2');
    expect(resultNames(el)).to.have.length(4);
    expect(params().get('page')).to.equal('2');
  });

  it('opens the procedure a URL names', async () => {
    history.replaceState(history.state, '', '?procedure=1.000894');
    const el = await mount<Search>(html`<dvc-procedure-search sync-url .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await waitUntil(() => $(el, '#detail-heading') !== null, 'the detail did not open');
    expect(textOf($(el, '#detail-heading'))).to.equal('Thủ tục đăng ký kết hôn');
  });

  it('says so when the procedure a URL names does not exist, and shows the results', async () => {
    history.replaceState(history.state, '', '?procedure=9.999999');
    const el = await mount<Search>(html`<dvc-procedure-search sync-url .procedures=${PROCEDURES}></dvc-procedure-search>`);
    await waitUntil(() => textOf(alertRegion(el)) !== '', 'nothing said');
    expect(textOf(alertRegion(el))).to.equal('Không mở được thông tin thủ tục. Không tìm thấy thủ tục này; có thể mã thủ tục đã thay đổi.');
    expect(summary(el)).to.equal('14 thủ tục · trang 1/2');
  });

  it('leaves the URL alone without sync-url', async () => {
    const before = location.href;
    const pushes = countPushes();
    const el = await mount<Search>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);
    const searched = nextSearch(el);
    checkbox(el, 'Lĩnh vực', 'Hộ tịch').click();
    await searched;
    expect(location.href).to.equal(before);
    expect(pushes.count).to.equal(0);
    pushes.restore();
  });
});
