import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse, resetMouse } from '@web/test-runner-commands';
import { createSession } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { PROCEDURES } from './fixtures.js';
import {
  $,
  $$,
  appliedFilters,
  button,
  field,
  focused,
  listbox,
  liveRegion,
  mount,
  nextSearch,
  record,
  resultMarks,
  resultNames,
  settled,
  suggestionNames,
  summary,
  textOf,
  type Search,
  expectSame,
  expectNone,
} from './helpers.js';

const mountFixture = (attributes = html``) =>
  mount<Search>(html`<dvc-procedure-search .procedures=${PROCEDURES}>${attributes}</dvc-procedure-search>`);

async function typeInField(el: Search, text: string) {
  field(el).focus();
  const searched = nextSearch(el);
  await sendKeys({ type: text });
  await searched;
  await settled(el);
}

describe('<dvc-procedure-search>', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('the search field', () => {
    it('has a visible label, a hint, a submit button, and is a combobox tied to its suggestion list', async () => {
      const el = await mountFixture();
      const input = field(el);
      const label = $<HTMLLabelElement>(el, 'label[for="search-input"]')!;
      expect(textOf(label)).to.equal('Tìm thủ tục hành chính');
      expect(input.labels!.length).to.equal(1);
      expectSame(input.labels![0], label);
      expect(input.getAttribute('role')).to.equal('combobox');
      expect(input.getAttribute('aria-autocomplete')).to.equal('list');
      expect(input.getAttribute('aria-expanded')).to.equal('false');
      expectSame($(el, `#${input.getAttribute('aria-controls')}`), listbox(el));
      expect(textOf($(el, `#${input.getAttribute('aria-describedby')}`))).to.equal(
        'Nhập tên hoặc mã thủ tục, ví dụ: đăng ký tạm trú, 1.001193.',
      );
      expect(input.closest('form')!.getAttribute('role')).to.equal('search');
      const submit = input.closest('form')!.querySelector('button')!;
      expect([submit.type, textOf(submit)]).to.deep.equal(['submit', 'Tìm kiếm']);
    });

    it('takes its label from the label attribute', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search label="Tra cứu thủ tục" .procedures=${PROCEDURES}></dvc-procedure-search>`);
      expect(textOf($(el, 'label'))).to.equal('Tra cứu thủ tục');
    });

    it('lists every procedure before anything is typed, ten to a page', async () => {
      const el = await mountFixture();
      expect(summary(el)).to.equal('14 thủ tục · trang 1/2');
      expect(resultNames(el)).to.have.length(10);
      expect(resultNames(el)[0]).to.equal('Đăng ký tạm trú');
    });

    it('starts from the query attribute', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search query="khai sinh" .procedures=${PROCEDURES}></dvc-procedure-search>`);
      expect(field(el).value).to.equal('khai sinh');
      expect(resultNames(el)).to.deep.equal(['Thủ tục đăng ký khai sinh']);
    });
  });

  describe('typing', () => {
    it('updates the results and the suggestions as the citizen types, marking the matched words', async () => {
      const el = await mountFixture();
      const searches = record<{ query: string; total: number }>(el, 'dvc-search');
      await typeInField(el, 'tam tru');
      expect(el.query).to.equal('tam tru');
      expect(resultNames(el)).to.have.members([
        'Đăng ký tạm trú',
        'Xóa đăng ký tạm trú',
        'Khai báo tạm trú cho người nước ngoài tại Việt Nam',
      ]);
      for (const marks of resultMarks(el)) expect(marks.join(' ')).to.match(/tạm trú/);
      expect(summary(el)).to.equal('3 thủ tục');
      expect(suggestionNames(el)).to.deep.equal(resultNames(el));
      expect(field(el).getAttribute('aria-expanded')).to.equal('true');
      expect(searches.at(-1)).to.deep.equal({ query: 'tam tru', filters: {}, total: 3 });
    });

    it('searches after a pause, not on every keystroke', async () => {
      const el = await mountFixture();
      const searches = record(el, 'dvc-search');
      field(el).focus();
      await sendKeys({ type: 'thu tuc dang ky' });
      await waitUntil(() => searches.length > 0 && !(el as unknown as { _busy: boolean })._busy);
      await aTimeout(150);
      expect(searches.length).to.be.lessThan('thu tuc dang ky'.length);
    });

    it('shows marks as text: markup in a name is never parsed as HTML', async () => {
      const unsafe = [{ ...PROCEDURES[0], name: '<img src="x" onerror="window.__pwned = 1">Đăng ký tạm trú' }];
      const el = await mount<Search>(html`<dvc-procedure-search .procedures=${unsafe}></dvc-procedure-search>`);
      await typeInField(el, 'tạm trú');
      expectNone(el.shadowRoot!.querySelector('img'));
      expect(resultNames(el)).to.deep.equal(['<img src="x" onerror="window.__pwned = 1">Đăng ký tạm trú']);
      expect(resultMarks(el)).to.deep.equal([['tạm trú']]);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('finds a procedure by its code', async () => {
      const el = await mountFixture();
      await typeInField(el, '1.000894');
      expect(resultNames(el)).to.deep.equal(['Thủ tục đăng ký kết hôn']);
    });
  });

  describe('the suggestions (ARIA 1.2 combobox)', () => {
    it('ArrowDown and ArrowUp move through them, wrapping around, with aria-activedescendant', async () => {
      const el = await mountFixture();
      await typeInField(el, 'dang ky');
      const input = field(el);
      const options = () => $$(el, '[role="option"]');
      expect(options().length).to.equal(6);
      expect(input.hasAttribute('aria-activedescendant')).to.equal(false);
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal(options()[0].id);
      expect(options()[0].getAttribute('aria-selected')).to.equal('true');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal(options()[1].id);
      expect(options()[0].getAttribute('aria-selected')).to.equal('false');
      await sendKeys({ press: 'ArrowUp' });
      await sendKeys({ press: 'ArrowUp' });
      await el.updateComplete;
      expect(input.getAttribute('aria-activedescendant')).to.equal(options()[5].id);
      expectSame(focused(el), input);
    });

    it('Enter picks the highlighted one: its name in the field, the list closed, the results for it', async () => {
      const el = await mountFixture();
      await typeInField(el, 'khai');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      const picked = textOf($(el, '[aria-selected="true"] .option-name'));
      const searched = nextSearch(el);
      await sendKeys({ press: 'Enter' });
      const detail = await searched;
      expect(field(el).value).to.equal(picked);
      expect(detail.query).to.equal(picked);
      expect(field(el).getAttribute('aria-expanded')).to.equal('false');
      expect(resultNames(el)[0]).to.equal(picked);
      expectSame(focused(el), field(el));
    });

    it('Escape closes them, then a second Escape clears the field', async () => {
      const el = await mountFixture();
      await typeInField(el, 'tam tru');
      await sendKeys({ press: 'Escape' });
      await el.updateComplete;
      expect(field(el).getAttribute('aria-expanded')).to.equal('false');
      expect(listbox(el).hidden).to.equal(true);
      expect(field(el).value).to.equal('tam tru');
      const searched = nextSearch(el);
      await sendKeys({ press: 'Escape' });
      await searched;
      expect(field(el).value).to.equal('');
      expect(summary(el)).to.equal('14 thủ tục · trang 1/2');
    });

    it('Home and End move the caret in the text and let go of the highlighted suggestion', async () => {
      const el = await mountFixture();
      await typeInField(el, 'tam tru');
      await sendKeys({ press: 'ArrowDown' });
      await sendKeys({ press: 'Home' });
      await el.updateComplete;
      expect(field(el).selectionStart).to.equal(0);
      expect(field(el).hasAttribute('aria-activedescendant')).to.equal(false);
      expect(field(el).getAttribute('aria-expanded')).to.equal('true');
      await sendKeys({ press: 'End' });
      expect(field(el).selectionStart).to.equal('tam tru'.length);
    });

    it('Enter with no suggestion highlighted searches, and closes the list', async () => {
      const el = await mountFixture();
      await typeInField(el, 'ket hon');
      const searched = nextSearch(el);
      await sendKeys({ press: 'Enter' });
      expect((await searched).query).to.equal('ket hon');
      expect(field(el).getAttribute('aria-expanded')).to.equal('false');
      expect(resultNames(el)).to.deep.equal(['Thủ tục đăng ký kết hôn']);
    });

    it('a click on a suggestion picks it and keeps focus in the field', async () => {
      const el = await mountFixture();
      await typeInField(el, 'giay phep');
      const option = $$(el, '[role="option"]')[1];
      const name = textOf(option.querySelector('.option-name'));
      const rect = option.getBoundingClientRect();
      const searched = nextSearch(el);
      await sendMouse({ type: 'click', position: [Math.round(rect.left + 10), Math.round(rect.top + rect.height / 2)] });
      await searched;
      expect(field(el).value).to.equal(name);
      expectSame(focused(el), field(el));
    });

    it('close when focus leaves the field', async () => {
      const el = await mountFixture();
      await typeInField(el, 'tam tru');
      await sendKeys({ press: 'Tab' });
      await el.updateComplete;
      expect(field(el).getAttribute('aria-expanded')).to.equal('false');
      expect(listbox(el).hidden).to.equal(true);
    });
  });

  describe('results, detail and choosing', () => {
    it("shows each result's code, levels, agency and online badge", async () => {
      const el = await mountFixture();
      const item = $$(el, '.result').find((result) => result.querySelector('[data-code="1.000253"]'))!;
      const text = textOf(item);
      expect(text).to.contain('Mã thủ tục: 1.000253');
      expect(text).to.contain('Cấp thực hiện: Cấp xã, Cấp tỉnh');
      expect(text).to.contain('Cơ quan thực hiện: Công an xã');
      expect(textOf(item.querySelector('.badge'))).to.equal('Không trực tuyến');
      const online = $$(el, '.result').find((result) => result.querySelector('[data-code="1.004194"]'))!;
      expect(textOf(online.querySelector('.badge'))).to.equal('Trực tuyến');
      expect(online.querySelector('h3 button') !== null).to.equal(true);
    });

    it("opens a result's detail with every field, focusing its heading; Back returns focus to the result", async () => {
      const el = await mountFixture();
      $<HTMLButtonElement>(el, '[data-code="1.000253"]')!.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      const heading = $(el, '#detail-heading')!;
      expect(textOf(heading)).to.equal('Khai báo tạm trú cho người nước ngoài tại Việt Nam');
      expectSame(focused(el), heading);
      expectNone($(el, '.results'));
      const rows = $$(el, '.fields .field').map((row) => [textOf(row.querySelector('dt')), textOf(row.querySelector('dd'))]);
      expect(rows).to.deep.equal([
        ['Mã thủ tục', '1.000253'],
        ['Lĩnh vực', 'Quản lý xuất nhập cảnh'],
        ['Cơ quan thực hiện', 'Công an xã'],
        ['Cấp thực hiện', 'Cấp xã, Cấp tỉnh'],
        ['Nộp hồ sơ trực tuyến', 'Không: nộp trực tiếp hoặc qua bưu chính'],
        ['Đối tượng thực hiện', 'Tổ chức nước ngoài'],
        ['Loại thủ tục', 'TTHC được giao luật quy định chi tiết'],
        ['Địa phương', 'Toàn quốc'],
      ]);
      button(el, /Quay lại kết quả tìm kiếm/).click();
      await el.updateComplete;
      expectSame(focused(el), $(el, '[data-code="1.000253"]'));
    });

    it("names a provincial procedure's province", async () => {
      const el = await mountFixture();
      await typeInField(el, 'di doi');
      $<HTMLButtonElement>(el, '[data-code="1.009995.H19"]')!.click();
      await el.updateComplete;
      const row = $$(el, '.fields .field').find((candidate) => textOf(candidate.querySelector('dt')) === 'Địa phương')!;
      expect(textOf(row.querySelector('dd'))).to.equal('Tỉnh Thái Nguyên');
    });

    it('"Chọn thủ tục này" fires dvc-procedure-select, stores the procedure in the session and says so', async () => {
      const session = createSession();
      const el = await mount<Search>(html`<dvc-procedure-search .store=${session} .procedures=${PROCEDURES}></dvc-procedure-search>`);
      const chosen = record<{ procedure: unknown }>(el, 'dvc-procedure-select');
      $<HTMLButtonElement>(el, '[data-code="1.001193"]')!.click();
      await el.updateComplete;
      const choose = button(el, 'Chọn thủ tục này');
      choose.focus();
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(chosen).to.deep.equal([{ procedure: PROCEDURES[5] }]);
      expect(session.getState().procedure).to.deep.equal(PROCEDURES[5]);
      expect(textOf($(el, '.chosen'))).to.equal('Bạn đã chọn thủ tục này.');
      await waitUntil(() => textOf(liveRegion(el)) === 'Đã chọn thủ tục: Thủ tục đăng ký khai sinh.');
    });

    it('a new search from the detail view closes it', async () => {
      const el = await mountFixture();
      $<HTMLButtonElement>(el, '[data-code="1.001193"]')!.click();
      await el.updateComplete;
      await typeInField(el, 'ket hon');
      expectNone($(el, '.detail'));
      expect(resultNames(el)).to.deep.equal(['Thủ tục đăng ký kết hôn']);
    });
  });

  describe('paging', () => {
    it('shows page-size results a page, with page links; moving to a page focuses the results heading', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search page-size="5" .procedures=${PROCEDURES}></dvc-procedure-search>`);
      expect(summary(el)).to.equal('14 thủ tục · trang 1/3');
      const nav = $(el, 'nav')!;
      expect(nav.getAttribute('aria-label')).to.equal('Phân trang kết quả');
      expect($$(el, 'nav button').map(textOf)).to.deep.equal(['1', '2', '3', 'Trang sau ›']);
      expect($(el, 'nav [aria-current="page"]')!.getAttribute('aria-label')).to.equal('Trang 1');
      const first = resultNames(el);
      const searched = nextSearch(el);
      button(el, /Trang sau/).click();
      await searched;
      expectSame(focused(el), $(el, '#results-heading'));
      expect(textOf($(el, '#results-heading'))).to.equal('Kết quả tìm kiếm, trang 2');
      expect(resultNames(el)).to.have.length(5);
      expect(resultNames(el)).to.not.include.members(first);
      expect(textOf($(el, 'nav [aria-current="page"]'))).to.equal('2');
      $<HTMLButtonElement>(el, 'nav [data-page="3"]')!.click();
      await nextSearch(el);
      expect(resultNames(el)).to.have.length(4);
      expect($$(el, 'nav button').map(textOf)).to.deep.equal(['‹ Trang trước', '1', '2', '3']);
    });

    it('goes back to page 1 when the query changes', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search page-size="5" .procedures=${PROCEDURES}></dvc-procedure-search>`);
      button(el, /Trang sau/).click();
      await nextSearch(el);
      await typeInField(el, 'dang ky');
      expect(textOf($(el, '#results-heading'))).to.equal('Kết quả tìm kiếm');
    });

    it('reports an invalid page size and keeps the last good one', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search page-size="4" .procedures=${PROCEDURES}></dvc-procedure-search>`);
      const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
      el.setAttribute('page-size', '0');
      el.pageSize = 500;
      await el.updateComplete;
      expect(errors.map(({ code, field }) => [code, field])).to.deep.equal([
        ['invalid-attribute', 'page-size'],
        ['invalid-attribute', 'page-size'],
      ]);
      expect(el.pageSize).to.equal(4);
      expect(resultNames(el)).to.have.length(4);
    });
  });

  describe('no results', () => {
    it('helps: what to try, the hotline, and sectors to browse instead', async () => {
      const el = await mountFixture();
      await typeInField(el, 'xyzzy qwv');
      expect(summary(el)).to.equal('Không có thủ tục nào.');
      const help = $(el, '.no-results')!;
      expect(textOf(help.querySelector('.no-results-title'))).to.equal('Không tìm thấy thủ tục nào phù hợp với “xyzzy qwv”.');
      expect([...help.querySelectorAll('.tips li')].map(textOf)).to.deep.equal([
        'kiểm tra lại chính tả, hoặc gõ không dấu (ví dụ: dang ky tam tru);',
        'dùng ít từ hơn, từ khác, hoặc nhập mã thủ tục;',
        'hoặc gọi tổng đài hỗ trợ Dịch vụ công (miễn phí): 1800 1096.',
      ]);
      expect(help.querySelector('a')!.getAttribute('href')).to.equal('tel:18001096');
      await waitUntil(() => help.querySelectorAll('.chips button').length > 0, 'no sectors to browse');
      const sectors = [...help.querySelectorAll('.chips button')].map(textOf);
      expect(sectors).to.include.members(['Hộ tịch (4)', 'Hoạt động xây dựng (3)']);
      const searched = nextSearch(el);
      (help.querySelectorAll('.chips button')[sectors.indexOf('Hộ tịch (4)')] as HTMLButtonElement).click();
      expect((await searched).filters).to.deep.equal({ sector: ['Hộ tịch'] });
      expect(field(el).value).to.equal('');
      expect(summary(el)).to.equal('4 thủ tục');
      expect(appliedFilters(el)).to.deep.equal(['Bỏ lọc: Hộ tịch']);
      expectSame(focused(el), $(el, '#results-heading'));
    });

    it('with filters on, says how many would match without them, and offers to clear them', async () => {
      const el = await mount<Search>(
        html`<dvc-procedure-search query="tam tru" filters='{"sector":["Hộ tịch"]}' .procedures=${PROCEDURES}></dvc-procedure-search>`,
      );
      const tip = () => $$(el, '.tips li').map(textOf)[2];
      await waitUntil(() => /không lọc thì có/.test(tip() ?? ''), 'no count without filters');
      expect(tip()).to.equal('bỏ bớt bộ lọc: không lọc thì có 3 thủ tục phù hợp; Bỏ tất cả bộ lọc');
      const searched = nextSearch(el);
      $<HTMLButtonElement>(el, '.tips button')!.click();
      expect((await searched).total).to.equal(3);
    });
  });

  describe('locale', () => {
    it('switches every text to English and back', async () => {
      const el = await mountFixture();
      try {
        await setLocale('en');
        await el.updateComplete;
        expect(textOf($(el, 'label'))).to.equal('Find a procedure');
        expect(textOf($(el, 'form button'))).to.equal('Search');
        expect(summary(el)).to.equal('14 procedures · page 1/2');
        expect($$(el, 'legend').map(textOf)).to.deep.equal(['Sector', 'Level', 'Apply online', 'Executing agency', 'Who it is for']);
        expect($$(el, 'fieldset')[1].textContent!.replace(/\s+/g, ' ')).to.contain('Province level (6)');
        expect(textOf($(el, '.result .badge'))).to.equal('Online');
        expect(textOf($(el, '.result .meta'))).to.contain('Procedure code: 1.004194');
        expect(textOf($(el, 'nav'))).to.contain('Next page');
      } finally {
        await setLocale('vi');
      }
      await el.updateComplete;
      expect(textOf($(el, 'label'))).to.equal('Tìm thủ tục hành chính');
    });

    it('follows a lang attribute set on an ancestor', async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div lang="vi"><dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search></div>`,
      );
      const el = wrapper.querySelector('dvc-procedure-search')!;
      try {
        wrapper.setAttribute('lang', 'en');
        await waitUntil(() => textOf($(el, '#results-heading')) === 'Search results', 'did not follow lang="en"');
      } finally {
        wrapper.setAttribute('lang', 'vi');
        await setLocale('vi');
      }
    });
  });
});
