import { expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { PROCEDURES } from './fixtures.js';
import {
  $,
  $$,
  appliedFilters,
  button,
  checkbox,
  DATASET,
  filterOptions,
  focused,
  liveRegion,
  mount,
  nextSearch,
  record,
  resultNames,
  summary,
  textOf,
  type Search,
  expectSame,
} from './helpers.js';

const mountFixture = () => mount<Search>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`);

/** Toggles a checkbox with the keyboard, as a citizen would, and waits for the search. */
async function toggle(el: Search, box: HTMLInputElement) {
  box.focus();
  const searched = nextSearch(el);
  await sendKeys({ press: 'Space' });
  return searched;
}

describe('<dvc-procedure-search> filters', () => {
  it('are fieldsets with legends, whose checkboxes show how many results each value has', async () => {
    const el = await mountFixture();
    expect($$(el, '.filters fieldset legend').map(textOf)).to.deep.equal([
      'Lĩnh vực',
      'Cấp thực hiện',
      'Nộp hồ sơ trực tuyến',
      'Cơ quan thực hiện',
      'Đối tượng thực hiện',
    ]);
    expect(filterOptions(el, 'Lĩnh vực')).to.have.members([
      'Đăng ký, quản lý cư trú (4)',
      'Hộ tịch (4)',
      'Hoạt động xây dựng (3)',
      'Thành lập và hoạt động doanh nghiệp (2)',
      'Quản lý xuất nhập cảnh (1)',
    ]);
    expect(filterOptions(el, 'Cấp thực hiện')).to.deep.equal(['Cấp tỉnh (6)', 'Cấp xã (9)']);
    expect(filterOptions(el, 'Nộp hồ sơ trực tuyến')).to.deep.equal(['Có thể nộp trực tuyến (10)', 'Không nộp trực tuyến (4)']);
    const box = checkbox(el, 'Lĩnh vực', 'Hộ tịch');
    expect([box.type, box.checked, box.labels![0].htmlFor]).to.deep.equal(['checkbox', false, box.id]);
  });

  it("narrow the results and the other filters' counts, keep focus on the checkbox, and announce the new count", async () => {
    const el = await mountFixture();
    const box = checkbox(el, 'Lĩnh vực', 'Hộ tịch');
    const detail = await toggle(el, box);
    expect(detail).to.deep.equal({ query: '', filters: { sector: ['Hộ tịch'] }, total: 4 });
    expect(box.checked).to.equal(true);
    expect(summary(el)).to.equal('4 thủ tục');
    expect(resultNames(el)).to.have.members([
      'Thủ tục đăng ký khai sinh',
      'Thủ tục đăng ký kết hôn',
      'Thủ tục đăng ký khai tử',
      'Cấp bản sao trích lục hộ tịch',
    ]);
    // The other fields count within the sector; the sector's own counts stay, to pick another.
    expect(filterOptions(el, 'Cấp thực hiện')).to.deep.equal(['Cấp tỉnh (1)', 'Cấp xã (3)']);
    expect(filterOptions(el, 'Lĩnh vực')).to.include('Đăng ký, quản lý cư trú (4)');
    expectSame(focused(el), box);
    expect(el.filters).to.deep.equal({ sector: ['Hộ tịch'] });
    expect(appliedFilters(el)).to.deep.equal(['Bỏ lọc: Hộ tịch']);
    await waitUntil(() => textOf(liveRegion(el)) === 'Tìm thấy 4 thủ tục.', 'the count was not announced', { timeout: 3000 });
    expectSame(focused(el), box);
  });

  it('match any value within a field and every field across them', async () => {
    const el = await mountFixture();
    await toggle(el, checkbox(el, 'Lĩnh vực', 'Hộ tịch'));
    expect((await toggle(el, checkbox(el, 'Lĩnh vực', 'Hoạt động xây dựng'))).total).to.equal(7);
    const detail = await toggle(el, checkbox(el, 'Nộp hồ sơ trực tuyến', 'Không nộp trực tuyến'));
    expect(detail.filters).to.deep.equal({ sector: ['Hộ tịch', 'Hoạt động xây dựng'], online: ['false'] });
    expect(resultNames(el)).to.have.members(['Thủ tục đăng ký khai tử', 'Cấp giấy phép xây dựng sửa chữa, cải tạo công trình']);
    // Both online choices: the same as neither.
    expect((await toggle(el, checkbox(el, 'Nộp hồ sơ trực tuyến', 'Có thể nộp trực tuyến'))).total).to.equal(7);
  });

  it('each "Bỏ lọc" button removes its filter; focus moves to the next button, then to the results heading', async () => {
    const el = await mountFixture();
    el.filters = { sector: ['Hộ tịch'], level: ['Cấp xã'] };
    await nextSearch(el);
    expect(summary(el)).to.equal('3 thủ tục');
    expect(appliedFilters(el)).to.deep.equal(['Bỏ lọc: Hộ tịch', 'Bỏ lọc: Cấp xã']);
    $<HTMLButtonElement>(el, '.chip')!.focus();
    let searched = nextSearch(el);
    await sendKeys({ press: 'Enter' });
    expect((await searched).filters).to.deep.equal({ level: ['Cấp xã'] });
    expect(appliedFilters(el)).to.deep.equal(['Bỏ lọc: Cấp xã']);
    expect(checkbox(el, 'Lĩnh vực', 'Hộ tịch').checked).to.equal(false);
    expect(textOf(focused(el))).to.equal('Bỏ lọc: Cấp xã');
    searched = nextSearch(el);
    await sendKeys({ press: 'Enter' });
    expect((await searched).total).to.equal(14);
    expect(appliedFilters(el)).to.deep.equal([]);
    expectSame(focused(el), $(el, '#results-heading'));
    await waitUntil(() => textOf(liveRegion(el)) === 'Tìm thấy 14 thủ tục.', 'the count was not announced', { timeout: 3000 });
  });

  it('"Bỏ tất cả bộ lọc" clears them all and focuses the results heading', async () => {
    const el = await mountFixture();
    await toggle(el, checkbox(el, 'Cấp thực hiện', 'Cấp tỉnh'));
    await toggle(el, checkbox(el, 'Đối tượng thực hiện', 'Doanh nghiệp'));
    expect(summary(el)).to.equal('4 thủ tục');
    const clear = button(el, 'Bỏ tất cả bộ lọc');
    clear.focus();
    const searched = nextSearch(el);
    await sendKeys({ press: 'Enter' });
    expect(await searched).to.deep.equal({ query: '', filters: {}, total: 14 });
    expect(appliedFilters(el)).to.deep.equal([]);
    expect($$<HTMLInputElement>(el, '.filters input:checked')).to.have.length(0);
    expectSame(focused(el), $(el, '#results-heading'));
  });

  it('take a JSON attribute or an object; an invalid one is reported and the last good one kept', async () => {
    const el = await mount<Search>(
      html`<dvc-procedure-search filters='{"level":["Cấp tỉnh"]}' .procedures=${PROCEDURES}></dvc-procedure-search>`,
    );
    expect(summary(el)).to.equal('6 thủ tục');
    expect(checkbox(el, 'Cấp thực hiện', 'Cấp tỉnh').checked).to.equal(true);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    el.filters = { colour: ['red'] } as never;
    el.setAttribute('filters', '{"level": [');
    await el.updateComplete;
    expect(errors).to.deep.equal([
      { code: 'invalid-attribute', message: 'Cấu hình "filters" không hợp lệ nên đã được bỏ qua.', field: 'filters' },
      { code: 'invalid-attribute', message: 'Cấu hình "filters" không hợp lệ nên đã được bỏ qua.', field: 'filters' },
    ]);
    expect(el.filters).to.deep.equal({ level: ['Cấp tỉnh'] });
    const searched = nextSearch(el);
    el.filters = { online: ['false'] };
    expect((await searched).total).to.equal(4);
  });

  it('with a province, list the national procedures and that province’s own', async () => {
    const el = await mount<Search>(html`<dvc-procedure-search province="01" .procedures=${PROCEDURES}></dvc-procedure-search>`);
    expect(summary(el)).to.equal('13 thủ tục · trang 1/2');
    const searched = nextSearch(el);
    el.province = '19';
    expect((await searched).total).to.equal(14);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    el.province = 'Hà Nội';
    await el.updateComplete;
    expect(errors.map(({ code, field }) => [code, field])).to.deep.equal([['invalid-attribute', 'province']]);
  });

  it('show five options of a long filter, and all of them on request', async () => {
    const el = await mount<Search>(html`<dvc-procedure-search src=${DATASET}></dvc-procedure-search>`);
    const fieldset = () => $$(el, 'fieldset').find((candidate) => textOf(candidate.querySelector('legend')) === 'Lĩnh vực')!;
    expect(fieldset().querySelectorAll('input')).to.have.length(5);
    const more = fieldset().querySelector<HTMLButtonElement>('button.more')!;
    expect(textOf(more)).to.equal('Xem tất cả 140 lựa chọn');
    expect(more.getAttribute('aria-expanded')).to.equal('false');
    expectSame($(el, `#${more.getAttribute('aria-controls')}`), fieldset().querySelector('ul'));
    more.click();
    await el.updateComplete;
    expect(fieldset().querySelectorAll('input')).to.have.length(140);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(more)).to.equal('Thu gọn');
    // A value chosen beyond the first five stays in view when the list is folded again.
    const last = fieldset().querySelectorAll<HTMLInputElement>('input')[139];
    await toggle(el, last);
    more.click();
    await el.updateComplete;
    expect(fieldset().querySelectorAll('input')).to.have.length(6);
    expect(
      [...fieldset().querySelectorAll<HTMLInputElement>('input')].filter((input) => input.checked).map((input) => input.value),
    ).to.deep.equal([last.value]);
  });

  it('offer no agency where the dataset says it has no information', async () => {
    const el = await mount<Search>(html`<dvc-procedure-search src=${DATASET}></dvc-procedure-search>`);
    const fieldset = () => $$(el, 'fieldset').find((candidate) => textOf(candidate.querySelector('legend')) === 'Cơ quan thực hiện')!;
    fieldset().querySelector<HTMLButtonElement>('button.more')!.click();
    await el.updateComplete;
    const agencies = [...fieldset().querySelectorAll<HTMLInputElement>('input')].map((input) => input.value);
    expect(agencies).to.include('Ngân hàng Nhà nước Việt Nam');
    expect(agencies).to.not.include('Không có thông tin');
    // One of the 302 such procedures: its result names no agency.
    const searched = nextSearch(el);
    el.query = '1.013313';
    await searched;
    expect(resultNames(el)).to.have.length(1);
    expect(textOf($(el, '.results'))).to.not.contain('Không có thông tin');
  });

  it('fold behind a "show filters" button when the element is narrow', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="width: 320px"><dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search></div>`,
    );
    const el = wrapper.querySelector('dvc-procedure-search')!;
    const toggleButton = $<HTMLButtonElement>(el, '.filters-toggle')!;
    const groups = $(el, '#filter-groups')!;
    expect(getComputedStyle(toggleButton).display).to.not.equal('none');
    expect(getComputedStyle(groups).display).to.equal('none');
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('false');
    expect(textOf(toggleButton)).to.equal('Hiện bộ lọc');
    toggleButton.click();
    await el.updateComplete;
    expect(getComputedStyle(groups).display).to.not.equal('none');
    expect(toggleButton.getAttribute('aria-expanded')).to.equal('true');
    expect(textOf(toggleButton)).to.equal('Ẩn bộ lọc');
    await toggle(el, checkbox(el, 'Lĩnh vực', 'Hộ tịch'));
    toggleButton.click();
    await el.updateComplete;
    expect(textOf(toggleButton)).to.equal('Hiện bộ lọc (đang dùng 1)');
  });

  it('are always shown beside the results when there is room', async () => {
    const wrapper = await mount<HTMLDivElement>(
      html`<div style="width: 1000px"><dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search></div>`,
    );
    const el = wrapper.querySelector('dvc-procedure-search')!;
    expect(getComputedStyle($(el, '.filters-toggle')!).display).to.equal('none');
    expect(getComputedStyle($(el, '#filter-groups')!).display).to.not.equal('none');
    const filters = $(el, '.filters')!.getBoundingClientRect();
    const results = $(el, '.results')!.getBoundingClientRect();
    expect(results.left).to.be.greaterThan(filters.right);
  });
});
