/** The demo backend's payments: delayed confirmation, provider outages, receipts sent to the payer. */
import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_FIXTURES } from '../../../src/core/backend/index.js';
import { createClock, rejection } from './demo-helpers.js';

const { awaitingPayment } = DEMO_FIXTURES.dossiers;
const MINUTE = 60_000;

const create = (backend: ReturnType<typeof createDemoBackend>, providerId = 'vnpay', key = `key-${providerId}-0001`, payer?: object) =>
  backend.createPayment({
    dossierCode: awaitingPayment,
    providerId,
    idempotencyKey: key,
    returnUrl: '/ho-so',
    ...(payer ? { payer: payer as never } : {}),
  });

describe('demo backend: payments', () => {
  it('a delayed confirmation stays pending after the return, then succeeds once the provider confirms', async () => {
    const clock = createClock();
    const backend = createDemoBackend({ now: clock.now, paymentConfirmDelayMs: 30_000 });
    const payment = await create(backend);
    backend.openPaymentPage(payment.transactionId);
    expect(backend.settlePayment(payment.transactionId, 'delayed')).to.equal(`/ho-so?transactionId=${payment.transactionId}`);
    const waiting = await backend.getPaymentStatus({ transactionId: payment.transactionId });
    expect(waiting.status).to.equal('pending');
    expect(waiting.paymentUrl).to.equal(undefined);
    expect((await rejection(backend.getReceipts({ transactionId: payment.transactionId }))).code).to.equal('conflict');
    // The provider page cannot settle it again, and no second payment can start meanwhile.
    expect(() => backend.settlePayment(payment.transactionId, 'cancelled')).to.throw();
    expect((await rejection(create(backend, 'momo'))).code).to.equal('conflict');
    clock.advance(29_999);
    expect((await backend.getPaymentStatus({ transactionId: payment.transactionId })).status).to.equal('pending');
    clock.advance(1);
    const paid = await backend.getPaymentStatus({ transactionId: payment.transactionId });
    expect([paid.status, paid.resultCode]).to.deep.equal(['succeeded', '00']);
    expect((await backend.getReceipts({ transactionId: payment.transactionId })).receipts).to.have.length(2);
    expect((await backend.getDossierStatus({ code: awaitingPayment })).paidTransactionId).to.equal(payment.transactionId);
  });

  it('money taken but unconfirmed never lapses, however long the provider takes', async () => {
    const clock = createClock();
    const backend = createDemoBackend({ now: clock.now, paymentValidMs: 15 * MINUTE });
    const payment = await create(backend);
    backend.openPaymentPage(payment.transactionId);
    backend.settlePayment(payment.transactionId, 'delayed', 60 * MINUTE);
    clock.advance(30 * MINUTE);
    expect((await backend.getPaymentStatus({ transactionId: payment.transactionId })).status).to.equal('pending');
    clock.advance(30 * MINUTE);
    expect((await backend.getPaymentStatus({ transactionId: payment.transactionId })).status).to.equal('succeeded');
  });

  it('refuses providers that are down, configured or switched at run time', async () => {
    const backend = createDemoBackend({ providerOutages: ['momo'] });
    expect(backend.providerDown('momo')).to.equal(true);
    expect(backend.providerDown(DEMO_FIXTURES.unavailableProvider)).to.equal(true);
    const refused = await rejection(create(backend, 'momo'));
    expect([refused.code, refused.fields]).to.deep.equal(['provider-unavailable', ['providerId']]);
    backend.setProviderOutage('momo', false);
    expect((await create(backend, 'momo')).status).to.equal('initialised');
    backend.setProviderOutage('vnpay', true);
    expect((await rejection(create(backend, 'vnpay'))).code).to.equal('provider-unavailable');
  });

  it('sends the receipt links to the phone and email the payer gave, in canonical form', async () => {
    const backend = createDemoBackend();
    const payer = { fullName: 'Lê Thị Hoa', phone: '+84 903 123 456', email: 'Hoa.Le@Example.VN' };
    const payment = await create(backend, 'vnpay', 'key-contact-0001', payer);
    backend.openPaymentPage(payment.transactionId);
    backend.settlePayment(payment.transactionId, 'succeeded');
    const { receipts } = await backend.getReceipts({ transactionId: payment.transactionId });
    expect(backend.inbox.map((m) => [m.channel, m.to, m.link])).to.deep.equal([
      ['sms', '0903123456', receipts[0].url],
      ['email', 'Hoa.Le@example.vn', receipts[0].url],
    ]);
    expect(backend.inbox[0].text).to.contain(awaitingPayment).and.contain(receipts[1].url);
  });

  it('sends nothing when the payer gave no contact, and refuses a payer with a malformed phone', async () => {
    const backend = createDemoBackend();
    const bad = await rejection(create(backend, 'vnpay', 'key-bad-phone-01', { fullName: 'Lê Thị Hoa', phone: '12345' }));
    expect(bad.code).to.equal('invalid-input');
    const payment = await create(backend, 'vnpay', 'key-no-contact-01', { fullName: 'Lê Thị Hoa' });
    backend.openPaymentPage(payment.transactionId);
    backend.settlePayment(payment.transactionId, 'succeeded');
    expect(backend.inbox).to.deep.equal([]);
  });
});
