/** The round trip against the demo backend over HTTP: create, leave, return, every outcome. */
import { aTimeout, expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dvc-payment-selector/define.js';
import type { DvcPaymentSelector } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import { createSession, type Session } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  $,
  $$,
  DOSSIER,
  captureNavigation,
  clearPaymentStorage,
  countingBackend,
  createPaymentDirect,
  demoPost,
  heading,
  headingIs,
  html,
  mainButton,
  mount,
  normalise,
  openProviderPage,
  payerInput,
  radio,
  record,
  sandbox,
  settle,
  typeInto,
} from './helpers.js';

const txnOf = (url: string) => new URL(url, location.href).searchParams.get('transactionId')!;

interface Result {
  status: string;
  transactionId?: string;
  receipts: { type: string; url: string; number: string }[];
}

function selector(backend: DvcBackend, options: { transactionId?: string; session?: Session; manageTitle?: boolean } = {}) {
  return mount(
    html`<dvc-payment-selector
      dossier-code=${DOSSIER}
      transaction-id=${options.transactionId ?? ''}
      return-url="/return"
      ?manage-title=${options.manageTitle ?? false}
      .backend=${backend}
      .store=${options.session ?? createSession()}
      .pollIntervals=${[150, 300]}
    ></dvc-payment-selector>`,
  );
}

/** Waits until the dossier's fees are shown and the providers can be chosen. */
async function ready(el: DvcPaymentSelector) {
  // The first test of a file also waits for zod, now fetched on demand (slow from the dev server).
  await waitUntil(() => $$(el, 'input[type="radio"]').length > 0, 'the providers are shown', { timeout: 10_000 });
}

/** Chooses `method`, continues, and answers where the element sent the browser. */
async function leaveFor(el: DvcPaymentSelector, method = 'vnpay') {
  const visited = captureNavigation(el);
  await ready(el);
  radio(el, method).click();
  await el.updateComplete;
  mainButton(el).click();
  await waitUntil(() => visited.length > 0, 'navigated to the provider', { timeout: 5000 });
  return visited[0];
}

/** A payment created by the element and opened on the stand-in provider page. */
async function startPayment(base: string, method = 'vnpay') {
  const { backend } = countingBackend(base);
  const el = await selector(backend);
  const paymentUrl = await leaveFor(el, method);
  el.remove();
  await openProviderPage(paymentUrl);
  return { backend, transactionId: txnOf(paymentUrl), paymentUrl };
}

describe('<dvc-payment-selector> over HTTP', function () {
  this.timeout(30_000);
  let originalUrl: string;
  let originalTitle: string;

  beforeEach(() => {
    clearPaymentStorage();
    originalUrl = location.href;
    originalTitle = document.title;
  });
  afterEach(async () => {
    history.replaceState(null, '', originalUrl);
    document.title = originalTitle;
    await setLocale('vi');
  });

  it("loads the dossier's fees from the backend", async () => {
    const { backend } = countingBackend(sandbox());
    const session = createSession();
    const el = await selector(backend, { session });
    await ready(el);
    expect(el.amount).to.equal(150_000);
    expect(session.getState().dossier).to.deep.include({ code: DOSSIER, procedureCode: '1.000358', status: 6 });
    expect(normalise($(el, 'tfoot')!.textContent).replace(/\u00a0/g, ' ')).to.equal('Tổng cộng 150.000 ₫');
  });

  it('reaches the server named by the backend-url attribute, for pages with no script of their own', async () => {
    const base = sandbox();
    const el = await mount(
      html`<dvc-payment-selector
        dossier-code=${DOSSIER}
        return-url="/return"
        backend-url=${base}
        .store=${createSession()}
      ></dvc-payment-selector>`,
    );
    const paymentUrl = await leaveFor(el);
    expect(txnOf(paymentUrl)).to.match(/^\S+$/);
    expect(new URL(paymentUrl, location.href).pathname).to.include(base);
  });

  it('sends one create request however often the button is pressed, and shows the busy state', async () => {
    const base = sandbox();
    const { backend, sent } = countingBackend(base);
    const el = await selector(backend);
    const visited = captureNavigation(el);
    const submits = record(el, 'dvc-payment-submit');
    await ready(el);
    radio(el, 'vnpay').click();
    await el.updateComplete;
    for (let i = 0; i < 5; i += 1) mainButton(el).click();
    await waitUntil(() => visited.length > 0, 'navigated', { timeout: 5000 });
    for (let i = 0; i < 3; i += 1) mainButton(el).click();
    await aTimeout(200);
    expect(sent.filter((request) => request === 'POST /payments')).to.have.length(1);
    expect(submits).to.have.length(1);
    expect(visited).to.have.length(1);
    expect(visited[0]).to.match(new RegExp(`^${base}/_demo/pay\\?transactionId=`));
    // The stand-in provider's page names the provider as the list does.
    expect(await (await fetch(visited[0])).text()).to.include('Nhà cung cấp: <strong>VNPAY</strong>');
    await el.updateComplete;
    expect(mainButton(el).getAttribute('aria-disabled')).to.equal('true');
    expect(normalise(mainButton(el).textContent)).to.equal('Đang chuyển đến VNPAY…');
    expect(radio(el, 'vnpay').disabled).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('reuses the idempotency key after a reload (same transaction), and uses a new one for another method', async () => {
    const base = sandbox();
    const { backend, sent } = countingBackend(base);
    const first = await selector(backend);
    const firstUrl = await leaveFor(first, 'vnpay');
    first.remove();
    const reloaded = await selector(backend);
    const againUrl = await leaveFor(reloaded, 'vnpay');
    expect(sent.filter((request) => request === 'POST /payments')).to.have.length(2);
    expect(txnOf(againUrl)).to.equal(txnOf(firstUrl));
    reloaded.remove();
    const other = await selector(backend);
    const otherUrl = await leaveFor(other, 'momo');
    expect(txnOf(otherUrl)).to.not.equal(txnOf(firstUrl));
    // The key is an opaque random value kept in sessionStorage, never a secret.
    const keys = Object.keys(sessionStorage).filter((name) => name.startsWith('dvc-payment:key:'));
    expect(keys).to.have.members([`dvc-payment:key:${DOSSIER}:vnpay`, `dvc-payment:key:${DOSSIER}:momo`]);
    expect(sessionStorage.getItem(keys[0])).to.match(/^pay-[0-9a-f]{32}$/);
  });

  it('sends the payer given (prefilled from the profile, edited) for the receipts', async () => {
    const base = sandbox();
    const { backend } = countingBackend(base);
    const session = createSession({ profileConsent: true, profile: { fullName: 'Nguyễn Văn An', address: 'Hà Nội' } });
    const el = await selector(backend, { session });
    await ready(el);
    const name = payerInput(el, 'full-name');
    expect(name.value).to.equal('Nguyễn Văn An');
    typeInto(name, 'Trần Thị Bình');
    const paymentUrl = await leaveFor(el, 'vnpay');
    await openProviderPage(paymentUrl);
    await settle(base, txnOf(paymentUrl), 'succeeded');
    const { receipts } = await backend.getReceipts({ transactionId: txnOf(paymentUrl) });
    expect(receipts.map((r) => r.payerName)).to.deep.equal(['Trần Thị Bình', 'Trần Thị Bình']);
  });

  it('on return shows paid, with separate receipts for lệ phí and phí; heading, focus, title and session say so', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    const back = await settle(base, transactionId, 'succeeded');
    expect(back).to.equal(`/return?transactionId=${transactionId}`);
    const session = createSession();
    document.title = 'Cổng DVC';
    const { backend } = countingBackend(base);
    const results: Result[] = [];
    document.addEventListener('dvc-payment-result', (event) => results.push((event as CustomEvent<Result>).detail), { once: true });
    const el = await selector(backend, { transactionId, session, manageTitle: true });
    await headingIs(el, 'Thanh toán thành công');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    expect(document.title).to.equal('Thanh toán thành công – Cổng DVC');
    const links = $$<HTMLAnchorElement>(el, '.receipts a');
    expect(links.map((a) => normalise(a.textContent).replace(/\u00a0/g, ' '))).to.deep.equal([
      'Biên lai thu lệ phí số BL0000001 – 50.000 ₫ (mở trong thẻ mới)',
      'Biên lai thu phí số BL0000002 – 100.000 ₫ (mở trong thẻ mới)',
    ]);
    expect(links[0].getAttribute('href')).to.equal(`${base}/_demo/receipts/BL0000001`);
    expect((await fetch(links[1].href)).status).to.equal(200);
    expect(results).to.have.length(1);
    expect(results[0].status).to.equal('succeeded');
    expect(results[0].transactionId).to.equal(transactionId);
    expect(results[0].receipts.map((r) => r.type)).to.deep.equal(['le-phi', 'phi']);
    expect(session.getState().payment).to.deep.include({ status: 'succeeded', transactionId, method: 'vnpay' });
    expect(session.getState().payment!.receipts).to.have.length(2);
    await waitUntil(() => $(el, '[role="status"]')!.textContent!.trim() === 'Thanh toán thành công');
    expect($(el, 'input[type="radio"]')).to.equal(null);
    await expect(el).to.be.accessible();
    // In English too.
    await setLocale('en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Payment successful');
    expect(normalise($$(el, '.receipts a')[0].textContent)).to.match(/^Charge receipt no\. BL0000001 – ₫50,000/);
  });

  it('reads the reference from the URL, also behind a hash router, and never trusts a status in it', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    await settle(base, transactionId, 'cancelled');
    // The URL claims success; the server says cancelled.
    history.replaceState(null, '', `${location.pathname}#/thanh-toan?transactionId=${transactionId}&status=succeeded&resultCode=00`);
    const { backend } = countingBackend(base);
    const el = await selector(backend);
    await headingIs(el, 'Bạn đã hủy thanh toán');
    expect(normalise($(el, '.status-line')!.textContent)).to.contain('chưa bị trừ tiền');
  });

  it('shows pending ("đang xác nhận"), polls with backoff, then shows paid when confirmed', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    const { backend, sent } = countingBackend(base);
    const el = await selector(backend, { transactionId });
    await headingIs(el, 'Đang xác nhận thanh toán');
    expect(normalise($(el, '.status-line')!.textContent)).to.contain('có thể rời trang và quay lại sau');
    await expect(el).to.be.accessible();
    await waitUntil(() => sent.filter((r) => r === `GET /payments/${transactionId}`).length >= 3, 'polled', { timeout: 5000 });
    await settle(base, transactionId, 'succeeded');
    await headingIs(el, 'Thanh toán thành công');
    expect($$(el, '.receipts a')).to.have.length(2);
    // No more polling once settled.
    const count = sent.length;
    await aTimeout(700);
    expect(sent.length).to.equal(count);
  });

  it('comes back to a pending payment after leaving the page (no reference in the URL)', async () => {
    const base = sandbox();
    await startPayment(base);
    const { backend } = countingBackend(base);
    const el = await selector(backend);
    await headingIs(el, 'Đang xác nhận thanh toán');
  });

  it('shows a failure, says no money was taken, and offers another method with a new attempt', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    await settle(base, transactionId, 'failed');
    const { backend } = countingBackend(base);
    const results = record<Result>(document, 'dvc-payment-result');
    const el = await selector(backend, { transactionId });
    await headingIs(el, 'Thanh toán không thành công');
    expect(normalise($(el, '.status-line')!.textContent)).to.contain('bạn chưa bị trừ tiền');
    expect(results.map((r) => r.status)).to.deep.equal(['failed']);
    await expect(el).to.be.accessible();
    mainButton(el).click();
    await headingIs(el, 'Thanh toán phí, lệ phí');
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal($(el, 'h2'));
    const retryUrl = await leaveFor(el, 'vnpay');
    expect(txnOf(retryUrl)).to.not.equal(transactionId);
  });

  it('shows a cancelled payment with another method to choose', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    await settle(base, transactionId, 'cancelled');
    const { backend } = countingBackend(base);
    const el = await selector(backend, { transactionId });
    await headingIs(el, 'Bạn đã hủy thanh toán');
    expect(normalise(mainButton(el).textContent)).to.equal('Chọn phương thức khác');
    await expect(el).to.be.accessible();
  });

  it('shows an expired payment and offers to pay again', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    await demoPost(base, 'clock', { advanceMs: 16 * 60_000 });
    const { backend } = countingBackend(base);
    const el = await selector(backend, { transactionId });
    await headingIs(el, 'Phiên thanh toán đã hết hạn');
    expect(normalise(mainButton(el).textContent)).to.equal('Thanh toán lại');
    await expect(el).to.be.accessible();
  });

  it('shows an error when the status cannot be read, without saying it failed, and retries', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    await settle(base, transactionId, 'succeeded');
    await demoPost(base, 'faults', { call: 'getPaymentStatus', kind: 'server', times: 1 });
    const { backend } = countingBackend(base, { maxAttempts: 1 });
    const errors = record<{ code: string; message: string }>(document, 'dvc-error');
    const el = await selector(backend, { transactionId });
    await headingIs(el, 'Chưa kiểm tra được kết quả thanh toán');
    expect(normalise($(el, '[role="alert"]')!.textContent)).to.contain('Thử lại');
    expect(errors.map((e) => e.code)).to.deep.equal(['server']);
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await headingIs(el, 'Thanh toán thành công');
  });

  it('ends a reload, a double return and the browser back button in the one true state: paid, never pay again', async () => {
    const base = sandbox();
    const { transactionId } = await startPayment(base);
    await settle(base, transactionId, 'succeeded');
    const { backend, sent } = countingBackend(base);
    const first = await selector(backend, { transactionId });
    await headingIs(first, 'Thanh toán thành công');
    const second = await selector(backend, { transactionId });
    await headingIs(second, 'Thanh toán thành công');
    expect($$(second, '.receipts a').map((a) => a.getAttribute('href'))).to.deep.equal(
      $$(first, '.receipts a').map((a) => a.getAttribute('href')),
    );
    // Back to the page before the provider's: no reference in the URL.
    const back = await selector(backend);
    await headingIs(back, 'Hồ sơ đã được thanh toán');
    expect($$(back, '.receipts a')).to.have.length(2);
    expect($(back, 'input[type="radio"]')).to.equal(null);
    expect($(back, 'button.primary')).to.equal(null);
    await expect(back).to.be.accessible();
    // Even with the browser's storage gone, the server's dossier says it is paid.
    clearPaymentStorage();
    const fresh = await selector(backend);
    await headingIs(fresh, 'Hồ sơ đã được thanh toán');
    expect(sent.filter((r) => r === 'POST /payments')).to.have.length(0);
  });

  it('cancel then success: a cancelled attempt returning after another attempt paid shows paid', async () => {
    const base = sandbox();
    const { transactionId: cancelled, backend } = await startPayment(base, 'vnpay');
    await settle(base, cancelled, 'cancelled');
    const el = await selector(backend, { transactionId: cancelled });
    await headingIs(el, 'Bạn đã hủy thanh toán');
    // Meanwhile another tab pays with MoMo.
    const paid = await createPaymentDirect(backend, 'momo', 'other-tab-key-1');
    await openProviderPage(paid.paymentUrl!);
    await settle(base, paid.transactionId, 'succeeded');
    // The cancelled attempt's return comes again (reload, back): the dossier is paid.
    const again = await selector(backend, { transactionId: cancelled });
    await headingIs(again, 'Hồ sơ đã được thanh toán');
    expect(normalise($(again, '.facts')!.textContent)).to.contain(paid.transactionId);
    expect($$(again, '.receipts a')).to.have.length(2);
  });

  describe('backend failures keep the choice and offer retry', () => {
    const cases = [
      { kind: 'server', code: 'server', text: /Hệ thống đang gặp sự cố/ },
      { kind: 'malformed', code: 'malformed-response', text: /dữ liệu không hợp lệ/ },
      { kind: 'timeout', code: 'timeout', text: /quá lâu/ },
    ] as const;
    for (const { kind, code, text } of cases) {
      it(`${kind}: a localized message, the method kept, and retry goes on`, async () => {
        const base = sandbox();
        await demoPost(base, 'faults', { call: 'createPayment', kind, times: 1 });
        const { backend, sent } = countingBackend(base, { maxAttempts: 1, timeoutMs: 1500 });
        const el = await selector(backend);
        const visited = captureNavigation(el);
        const errors = record<{ code: string; message: string }>(el, 'dvc-error');
        await ready(el);
        radio(el, 'vnpay').click();
        mainButton(el).click();
        await waitUntil(() => $(el, '[role="alert"]'), 'the failure is shown', { timeout: 5000 });
        expect(errors.map((e) => e.code)).to.deep.equal([code]);
        const shown = normalise($(el, '[role="alert"] p')!.textContent);
        expect(shown).to.equal(errors[0].message);
        expect(shown).to.match(text);
        expect(radio(el, 'vnpay').checked).to.equal(true);
        expect(mainButton(el).hasAttribute('aria-disabled')).to.equal(false);
        expect(visited).to.deep.equal([]);
        await expect(el).to.be.accessible();
        $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
        await waitUntil(() => visited.length === 1, 'retried', { timeout: 5000 });
        expect(sent.filter((r) => r === 'POST /payments')).to.have.length(2);
      });
    }

    it('provider-unavailable: says so, and another method goes through', async () => {
      const base = sandbox();
      const { backend } = countingBackend(base);
      const el = await selector(backend);
      el.providers = [
        { id: 'demo-unavailable', name: 'Ngân hàng bảo trì', kind: 'bank' },
        { id: 'vnpay', name: 'VNPAY', kind: 'qr' },
      ];
      const visited = captureNavigation(el);
      const errors = record<{ code: string }>(el, 'dvc-error');
      await ready(el);
      radio(el, 'demo-unavailable').click();
      mainButton(el).click();
      await waitUntil(() => $(el, '[role="alert"]'), 'the failure is shown', { timeout: 5000 });
      expect(errors.map((e) => e.code)).to.deep.equal(['provider-unavailable']);
      // The server's word marks the provider down, with the reason; trying it again is not offered.
      expect(radio(el, 'demo-unavailable').checked).to.equal(false);
      expect(radio(el, 'demo-unavailable').disabled).to.equal(true);
      expect(normalise($(el, `#${radio(el, 'demo-unavailable').id}-reason`)!.textContent)).to.equal('Tạm thời không hoạt động.');
      expect($(el, '[role="alert"] button')).to.equal(null);
      await expect(el).to.be.accessible();
      await setLocale('en');
      await el.updateComplete;
      expect(normalise($(el, '[role="alert"] p')!.textContent)).to.match(/^This payment provider is temporarily unavailable/);
      expect(normalise($(el, `#${radio(el, 'demo-unavailable').id}-reason`)!.textContent)).to.equal('Temporarily unavailable.');
      radio(el, 'vnpay').click();
      await el.updateComplete;
      expect(normalise(mainButton(el).textContent)).to.equal('Continue to VNPAY');
      mainButton(el).click();
      await waitUntil(() => visited.length === 1, 'went to VNPAY', { timeout: 5000 });
    });

    it('already-paid: paid in another tab while this page was open shows the paid dossier', async () => {
      const base = sandbox();
      const { backend } = countingBackend(base);
      const el = await selector(backend);
      await ready(el);
      const paid = await createPaymentDirect(backend, 'momo', 'other-tab-key-2');
      await settle(base, paid.transactionId, 'succeeded');
      captureNavigation(el);
      radio(el, 'vnpay').click();
      mainButton(el).click();
      await headingIs(el, 'Hồ sơ đã được thanh toán');
      expect($$(el, '.receipts a')).to.have.length(2);
    });
  });
});
