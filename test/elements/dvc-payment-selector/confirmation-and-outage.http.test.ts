/**
 * Over HTTP against the demo server: a provider that confirms after sending the citizen back
 * (pending, polled with backoff, then paid, moved on by the demo clock), and provider outages,
 * configured before the choice or starting while the citizen is on the way.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../../src/elements/dvc-payment-selector/define.js';
import type { DvcPaymentSelector } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import { createSession } from '../../../src/core/session.js';
import {
  $,
  $$,
  captureNavigation,
  clearPaymentStorage,
  countingBackend,
  createPaymentDirect,
  demoPost,
  headingIs,
  html,
  liveText,
  mainButton,
  mount,
  normalise,
  openProviderPage,
  radio,
  record,
  sandbox,
  settle,
  DOSSIER,
} from './helpers.js';

const txnOf = (url: string) => new URL(url, location.href).searchParams.get('transactionId')!;
/** The provider confirms this long after sending the citizen back: only the demo clock gets there. */
const CONFIRM_DELAY_MS = 10 * 60_000;

function selector(backend: DvcBackend, transactionId = '', pollIntervals = [100, 200, 400]) {
  return mount(
    html`<dvc-payment-selector
      dossier-code=${DOSSIER}
      transaction-id=${transactionId}
      return-url="/return"
      .backend=${backend}
      .store=${createSession()}
      .pollIntervals=${pollIntervals}
    ></dvc-payment-selector>`,
  );
}

async function leaveFor(el: DvcPaymentSelector, method: string): Promise<string> {
  const visited = captureNavigation(el);
  // The first test of a file also waits for zod, now fetched on demand (slow from the dev server).
  await waitUntil(() => $$(el, 'input[type="radio"]').length > 0, 'the providers are shown', { timeout: 10_000 });
  radio(el, method).click();
  await el.updateComplete;
  mainButton(el).click();
  await waitUntil(() => visited.length > 0, 'navigated to the provider', { timeout: 5000 });
  return visited[0];
}

describe('<dvc-payment-selector> delayed confirmation and provider outages', function () {
  this.timeout(40_000);
  beforeEach(() => clearPaymentStorage());

  it('back before the provider confirms: pending, polled with backoff, then paid once the server confirms', async () => {
    const base = sandbox();
    const { backend } = countingBackend(base);
    const first = await selector(backend);
    const paymentUrl = await leaveFor(first, 'vnpay');
    first.remove();
    const transactionId = txnOf(paymentUrl);
    expect(await openProviderPage(paymentUrl)).to.contain('value="delayed"');
    const back = await settle(base, transactionId, 'delayed', CONFIRM_DELAY_MS);
    expect(back).to.equal(`/return?transactionId=${transactionId}`);

    const results = record<{ status: string }>(document, 'dvc-payment-result');
    // When each status check leaves, to see the waits between them.
    const checks: number[] = [];
    const timed: DvcBackend = {
      ...backend,
      getPaymentStatus: (request, options) => {
        checks.push(performance.now());
        return backend.getPaymentStatus(request, options);
      },
    };
    const el = await selector(timed, transactionId, [200, 600, 1800]);
    await headingIs(el, 'Đang xác nhận thanh toán');
    expect(normalise($(el, '.status-line')!.textContent)).to.contain('Đừng thanh toán lại');
    await expect(el).to.be.accessible();
    await waitUntil(() => checks.length >= 4, 'checked on return, then polled three times', { timeout: 15_000 });
    // Each wait is at least the schedule's (timers never fire early), so the checks back off.
    const waits = checks.slice(1, 4).map((at, index) => at - checks[index]);
    waits.forEach((wait, index) => expect(wait, `wait ${index + 1}`).to.be.at.least([200, 600, 1800][index] - 5));
    // No second payment while the first awaits confirmation: the server refuses it.
    let refusal = '';
    await createPaymentDirect(backend, 'momo', 'second-attempt-key').catch((error: { code: string }) => (refusal = error.code));
    expect(refusal).to.equal('conflict');
    // The provider confirms (the demo clock moves past the delay): the next check shows paid.
    await demoPost(base, 'clock', { advanceMs: CONFIRM_DELAY_MS });
    await headingIs(el, 'Thanh toán thành công', 8000);
    expect($$(el, '.receipts a')).to.have.length(2);
    expect(results.map((r) => r.status)).to.deep.equal(['pending', 'succeeded']);
    await waitUntil(() => liveText(el) === 'Thanh toán thành công', 'the outcome is announced');
    // Leaving and coming back later (no reference in the URL) shows the paid dossier.
    const later = await selector(backend);
    await headingIs(later, 'Hồ sơ đã được thanh toán');
  });

  it('while a payment awaits confirmation, this browser shows it, and another browser cannot start a second charge', async () => {
    const base = sandbox();
    const { backend, sent } = countingBackend(base);
    const first = await selector(backend);
    const paymentUrl = await leaveFor(first, 'vnpay');
    first.remove();
    await openProviderPage(paymentUrl);
    await settle(base, txnOf(paymentUrl), 'delayed', CONFIRM_DELAY_MS);
    // This browser, back on the page without the reference: the payment being confirmed.
    const same = await selector(backend);
    await headingIs(same, 'Đang xác nhận thanh toán');
    expect($(same, 'input[type="radio"]')).to.equal(null);
    same.remove();
    // Another browser (nothing remembered) sees the choice, but the server refuses a second payment.
    clearPaymentStorage();
    const other = await selector(backend);
    const visited = captureNavigation(other);
    const errors = record<{ code: string }>(other, 'dvc-error');
    await waitUntil(() => $$(other, 'input[type="radio"]').length > 0, 'ready', { timeout: 5000 });
    radio(other, 'momo').click();
    mainButton(other).click();
    await waitUntil(() => $(other, '[role="alert"]'), 'the refusal is shown', { timeout: 5000 });
    expect(errors.map((e) => e.code)).to.deep.equal(['conflict']);
    expect(visited).to.deep.equal([]);
    expect(sent.filter((r) => r === 'POST /payments')).to.have.length(2);
  });

  it('a provider the server reports down is refused at once and shown disabled; back up, it takes payments', async () => {
    const base = sandbox();
    expect(await demoPost(base, 'providers/outage', { providerId: 'momo', down: true })).to.deep.equal({ providerId: 'momo', down: true });
    const { backend, sent } = countingBackend(base);
    const el = await selector(backend);
    const visited = captureNavigation(el);
    const errors = record<{ code: string }>(el, 'dvc-error');
    await waitUntil(() => $$(el, 'input[type="radio"]').length > 0, 'ready', { timeout: 5000 });
    radio(el, 'momo').click();
    mainButton(el).click();
    await waitUntil(() => $(el, '[role="alert"]'), 'the failure is shown', { timeout: 5000 });
    expect(errors.map((e) => e.code)).to.deep.equal(['provider-unavailable']);
    expect(radio(el, 'momo').disabled).to.equal(true);
    expect(visited).to.deep.equal([]);
    // Another method goes through.
    radio(el, 'vnpay').click();
    await el.updateComplete;
    mainButton(el).click();
    await waitUntil(() => visited.length === 1, 'went to VNPAY', { timeout: 5000 });
    el.remove();
    // The outage ends: a new page offers MoMo again and it takes the payment.
    await demoPost(base, 'providers/outage', { providerId: 'momo', down: false });
    clearPaymentStorage();
    const again = await selector(backend);
    const momoUrl = await leaveFor(again, 'momo');
    expect(momoUrl).to.contain('/_demo/pay?transactionId=');
    // Each payment created once; MoMo's refusal (503) was retried by the HTTP backend before it gave up.
    expect(sent.filter((r) => r === 'POST /payments').length).to.be.at.least(3);
  });

  it('a provider that goes down while the citizen is on the way refuses the payment: back, failed, no money taken', async () => {
    const base = sandbox();
    const { backend } = countingBackend(base);
    const first = await selector(backend);
    const paymentUrl = await leaveFor(first, 'vnpay');
    first.remove();
    await demoPost(base, 'providers/outage', { providerId: 'vnpay', down: true });
    const response = await fetch(paymentUrl);
    expect(response.status).to.equal(503);
    const page = await response.text();
    expect(page).to.contain('Bạn chưa bị trừ tiền');
    const link = /<a href="([^"]+)"/.exec(page)![1].replace(/&amp;/g, '&');
    expect(link).to.equal(`/return?transactionId=${txnOf(paymentUrl)}`);
    const el = await selector(backend, txnOf(link));
    await headingIs(el, 'Thanh toán không thành công');
    expect(normalise($(el, '.status-line')!.textContent)).to.contain('chưa bị trừ tiền');
    mainButton(el).click();
    await headingIs(el, 'Thanh toán phí, lệ phí');
    expect(radio(el, 'momo').disabled).to.equal(false);
  });
});
