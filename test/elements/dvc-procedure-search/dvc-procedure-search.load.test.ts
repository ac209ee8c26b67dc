import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import { createSession } from '../../../src/core/session.js';
import { PROCEDURES } from './fixtures.js';
import {
  $,
  $$,
  alertRegion,
  button,
  checkbox,
  DATASET,
  field,
  focused,
  mount,
  nextSearch,
  record,
  resultMarks,
  resultNames,
  sandbox,
  settled,
  summary,
  textOf,
  type Search,
  expectNone,
} from './helpers.js';

const TRY_LATER = 'Vui lòng thử lại sau ít phút. Nếu vẫn không được, hãy gọi tổng đài 1800\u00a01096.';
/** The same as `textOf()` reads it: the number's no-break space as a plain one. */
const TRY_LATER_READ = TRY_LATER.replace('\u00a0', ' ');

/** A wrapper that hears the element's events from its first moment. */
function withEvents(template: ReturnType<typeof html>) {
  const errors: { code: string; message: string; field?: string }[] = [];
  const searches: { query: string; total: number }[] = [];
  const wrapper = fixtureSync<HTMLDivElement>(
    html`<div
      @dvc-error=${(event: CustomEvent) => errors.push(event.detail)}
      @dvc-search=${(event: CustomEvent) => searches.push(event.detail)}
    >
      ${template}
    </div>`,
  );
  return { el: wrapper.querySelector('dvc-procedure-search') as Search, errors, searches };
}

describe('<dvc-procedure-search> loading', () => {
  describe('a dataset (src)', () => {
    it('says it is loading, then searches the whole sample', async () => {
      const { el } = withEvents(html`<dvc-procedure-search src="${DATASET}?loading"></dvc-procedure-search>`);
      await el.updateComplete;
      expect(textOf($(el, '.loading'))).to.equal('Đang tải danh sách thủ tục…');
      await settled(el);
      expect(summary(el)).to.equal('2.642 thủ tục · trang 1/265');
      field(el).focus();
      const searched = nextSearch(el);
      await sendKeys({ type: 'đăng ký tạm trú' });
      await searched;
      await settled(el);
      expect(resultNames(el)[0]).to.match(/tạm trú/i);
      expect(resultMarks(el)[0].join(' ')).to.match(/tạm trú/i);
    });

    it('is fetched once for elements that share it', async () => {
      const url = new URL(`${DATASET}?shared=${Math.random()}`, location.href).href;
      // The resource-timing buffer holds 250 entries and the test page's modules can fill it.
      performance.clearResourceTimings();
      const wrapper = await mount<HTMLDivElement>(
        html`<div><dvc-procedure-search src=${url}></dvc-procedure-search><dvc-procedure-search src=${url}></dvc-procedure-search></div>`,
      );
      const [first, second] = [...wrapper.querySelectorAll('dvc-procedure-search')];
      await settled(second);
      expect(summary(first)).to.equal(summary(second));
      expect(performance.getEntriesByName(url)).to.have.length(1);
    });

    it('leaves out invalid records, reports them, and searches the rest', async () => {
      const records = [...PROCEDURES, { ...PROCEDURES[0], code: 'not a code' }, { code: '1.000001' }];
      const { el, errors } = withEvents(html`<dvc-procedure-search .procedures=${records}></dvc-procedure-search>`);
      await settled(el);
      expect(summary(el)).to.equal('14 thủ tục · trang 1/2');
      expect(errors).to.deep.equal([
        { code: 'invalid-input', message: '2 thủ tục trong dữ liệu không hợp lệ nên đã được bỏ qua.', field: 'procedures' },
      ]);
    });

    it('that is not there (404): a localized message in the element, a retry button, and dvc-error', async () => {
      const { el, errors } = withEvents(html`<dvc-procedure-search src="/data/no-such-file.json"></dvc-procedure-search>`);
      await settled(el);
      const message = `Không tải được danh sách thủ tục. ${TRY_LATER}`;
      expect(textOf(alertRegion(el))).to.equal(`Không tải được danh sách thủ tục. ${TRY_LATER_READ} Thử lại`);
      expect(errors).to.deep.equal([{ code: 'not-found', message }]);
      expectNone($(el, '.results'));
      expect(button(el, 'Thử lại').type).to.equal('button');
    });

    it('that is not JSON, or not an array: malformed', async () => {
      for (const src of ['/README.md', '/package.json']) {
        const { el, errors } = withEvents(html`<dvc-procedure-search src=${src}></dvc-procedure-search>`);
        await settled(el);
        expect(errors.map(({ code }) => code)).to.deep.equal(['malformed-response']);
        expect(textOf(alertRegion(el))).to.contain('Không tải được danh sách thủ tục.');
      }
    });

    it('after a server error, "Thử lại" loads it with nothing lost: the query, the filters, and focus on the results', async () => {
      const url = `${DATASET}?flaky=${Math.random()}`;
      const realFetch = window.fetch;
      let calls = 0;
      window.fetch = (input, init) => {
        if (String(input).endsWith(url) && ++calls === 1) return Promise.resolve(new Response('oops', { status: 500 }));
        return realFetch(input, init);
      };
      try {
        const { el, errors } = withEvents(
          html`<dvc-procedure-search src=${url} query="khai sinh" filters='{"level":["Cấp xã"]}'></dvc-procedure-search>`,
        );
        await settled(el);
        expect(errors.map(({ code }) => code)).to.deep.equal(['server']);
        expect(textOf(alertRegion(el))).to.contain('Không tải được danh sách thủ tục.');
        expect(field(el).value).to.equal('khai sinh');
        button(el, 'Thử lại').focus();
        const searched = nextSearch(el);
        await sendKeys({ press: 'Enter' });
        const detail = await searched;
        expect(detail.query).to.equal('khai sinh');
        expect(detail.filters).to.deep.equal({ level: ['Cấp xã'] });
        await el.updateComplete;
        expect(textOf(alertRegion(el))).to.equal('');
        expect(checkbox(el, 'Cấp thực hiện', 'Cấp xã').checked).to.equal(true);
        expect(resultNames(el).length).to.be.greaterThan(0);
        await waitUntil(() => focused(el) === $(el, '#results-heading'), 'focus did not move to the results');
        expect(calls).to.equal(2);
      } finally {
        window.fetch = realFetch;
      }
    });
  });

  describe('a backend (the demo server over HTTP)', () => {
    it('searches, filters, opens and chooses through searchProcedures', async () => {
      const { base } = sandbox();
      const session = createSession();
      const backend = createHttpBackend({ baseUrl: base });
      const { el, searches } = withEvents(html`<dvc-procedure-search .store=${session} .backend=${backend}></dvc-procedure-search>`);
      await settled(el);
      expect(summary(el)).to.equal('2.642 thủ tục · trang 1/265');
      field(el).focus();
      let searched = nextSearch(el);
      await sendKeys({ type: 'khai sinh' });
      await searched;
      await settled(el);
      expect(resultNames(el).length).to.be.greaterThan(0);
      for (const marks of resultMarks(el)) expect(marks.join(' ')).to.match(/khai|sinh/i);
      const level = $$(el, 'fieldset').find((fieldset) => textOf(fieldset.querySelector('legend')) === 'Cấp thực hiện')!;
      const box = level.querySelector<HTMLInputElement>('input')!;
      searched = nextSearch(el);
      box.click();
      const detail = await searched;
      expect(detail.filters).to.deep.equal({ level: [box.value] });
      expect(searches.at(-1)!.total).to.equal(detail.total);
      const first = $<HTMLButtonElement>(el, '.result-link')!;
      first.click();
      await el.updateComplete;
      const chosen = record<{ procedure: { code: string } }>(el, 'dvc-procedure-select');
      button(el, 'Chọn thủ tục này').click();
      expect(chosen[0].procedure.code).to.equal(first.dataset.code);
      expect(session.getState().procedure?.code).to.equal(first.dataset.code);
    });

    it('opens the procedure the URL names with getProcedure', async () => {
      const original = location.href;
      try {
        history.replaceState(history.state, '', '?procedure=1.000236');
        const { el } = withEvents(
          html`<dvc-procedure-search sync-url .backend=${createHttpBackend({ baseUrl: sandbox().base })}></dvc-procedure-search>`,
        );
        await waitUntil(() => $(el, '#detail-heading') !== null, 'the detail did not open', { timeout: 5000 });
        expect(textOf($(el, '#detail-heading'))).to.equal('Đăng ký tài khoản điện tử');
      } finally {
        history.replaceState(history.state, '', original);
      }
    });

    it('a failing server: the message and "Thử lại", which then works', async () => {
      const { base, fault } = sandbox();
      await fault('searchProcedures', 'server', 3);
      const { el, errors } = withEvents(
        html`<dvc-procedure-search
          query="kết hôn"
          .backend=${createHttpBackend({ baseUrl: base, retryDelayMs: 10 })}
        ></dvc-procedure-search>`,
      );
      await settled(el);
      expect(errors.map(({ code }) => code)).to.deep.equal(['server']);
      expect(textOf(alertRegion(el))).to.equal(`Không tải được danh sách thủ tục. ${TRY_LATER_READ} Thử lại`);
      const searched = nextSearch(el);
      button(el, 'Thử lại').click();
      expect((await searched).query).to.equal('kết hôn');
      expect(textOf(alertRegion(el))).to.equal('');
    });

    it('a malformed answer to a later search: "Chưa tìm kiếm được", the earlier results kept', async () => {
      const { base, fault } = sandbox();
      const { el, errors } = withEvents(
        html`<dvc-procedure-search .backend=${createHttpBackend({ baseUrl: base })}></dvc-procedure-search>`,
      );
      await settled(el);
      await fault('searchProcedures', 'malformed');
      el.query = 'hộ chiếu';
      await waitUntil(() => errors.length > 0, 'no dvc-error');
      await el.updateComplete;
      expect(errors.map(({ code }) => code)).to.deep.equal(['malformed-response']);
      expect(textOf(alertRegion(el))).to.equal(`Chưa tìm kiếm được. ${TRY_LATER_READ} Thử lại`);
      expect(summary(el)).to.equal('2.642 thủ tục · trang 1/265');
      const searched = nextSearch(el);
      button(el, 'Thử lại').click();
      expect((await searched).query).to.equal('hộ chiếu');
    });

    it('no network: says to check the connection', async () => {
      const { el, errors } = withEvents(
        html`<dvc-procedure-search
          .backend=${createHttpBackend({ baseUrl: 'http://127.0.0.1:9/api', retryDelayMs: 1, maxAttempts: 1 })}
        ></dvc-procedure-search>`,
      );
      await settled(el);
      expect(errors.map(({ code }) => code)).to.deep.equal(['network']);
      expect(textOf(alertRegion(el))).to.equal(
        'Không tải được danh sách thủ tục. Không kết nối được với máy chủ. Vui lòng kiểm tra kết nối mạng rồi thử lại. Thử lại',
      );
    });
  });
});
