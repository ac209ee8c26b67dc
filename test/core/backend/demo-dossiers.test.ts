import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_FIXTURES } from '../../../src/core/backend/index.js';
import { createClock, rejection } from './demo-helpers.js';

const applicant = { fullName: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678' };
const { awaitingPayment, resolved, rated } = DEMO_FIXTURES.dossiers;

describe('demo backend: dossiers', () => {
  it('creates a dossier with the fee lines the server sets', async () => {
    const backend = createDemoBackend({ now: createClock().now });
    const dossier = await backend.createDossier({ procedureCode: '1.000358', applicant });
    expect(dossier.code).to.equal('000.00.00.H99-250701-0001');
    expect(dossier.procedureCode).to.equal('1.000358');
    expect(dossier.createdAt).to.equal('2025-07-01T08:00:00.000Z');
    expect(dossier.totalAmount).to.equal(dossier.fees.reduce((sum, line) => sum + line.amount, 0));
    expect(dossier.status).to.equal(dossier.fees.length > 0 ? 6 : 1);
    expect(await backend.getDossierStatus({ code: dossier.code })).to.deep.equal(dossier);
    expect((await backend.createDossier({ procedureCode: '1.000358', applicant })).code).to.equal('000.00.00.H99-250701-0002');
  });

  it('returns the same dossier for the same idempotency key, and refuses the key for another request', async () => {
    const backend = createDemoBackend();
    const first = await backend.createDossier({ procedureCode: '1.001193', applicant, idempotencyKey: 'dossier-key-1' });
    expect(await backend.createDossier({ procedureCode: '1.001193', applicant, idempotencyKey: 'dossier-key-1' })).to.deep.equal(first);
    const other = await rejection(backend.createDossier({ procedureCode: '1.000358', applicant, idempotencyKey: 'dossier-key-1' }));
    expect([other.code, other.fields]).to.deep.equal(['conflict', ['idempotencyKey']]);
  });

  it('looks up the fixtures and answers not-found for others', async () => {
    const backend = createDemoBackend();
    const dossier = await backend.getDossierStatus({ code: awaitingPayment.toLowerCase() });
    expect(dossier).to.deep.include({ code: awaitingPayment, status: 6, totalAmount: 150_000 });
    expect(dossier.fees.map((line) => [line.type, line.amount])).to.deep.equal([
      ['le-phi', 50_000],
      ['phi', 100_000],
    ]);
    expect((await backend.getDossierStatus({ code: resolved })).status).to.equal(10);
    expect((await rejection(backend.getDossierStatus({ code: '000.00.06.H56-231027-9999' }))).code).to.equal('not-found');
  });
});

describe('demo backend: payments', () => {
  const request = {
    dossierCode: awaitingPayment,
    providerId: 'vnpay',
    idempotencyKey: 'pay-key-0001',
    returnUrl: 'https://tinh.example.gov.vn/ho-so',
  };

  it('creates one transaction per idempotency key, never two', async () => {
    const backend = createDemoBackend({ now: createClock().now });
    const [first, second] = await Promise.all([backend.createPayment(request), backend.createPayment(request)]);
    expect(second.transactionId).to.equal(first.transactionId);
    expect(first).to.deep.include({ dossierCode: awaitingPayment, providerId: 'vnpay', status: 'initialised', amount: 150_000 });
    expect(first.paymentUrl).to.equal(`/api/_demo/pay?transactionId=${first.transactionId}`);
    const mismatch = await rejection(backend.createPayment({ ...request, providerId: 'momo' }));
    expect([mismatch.code, mismatch.fields]).to.deep.equal(['conflict', ['idempotencyKey']]);
  });

  it('settles on the provider page: receipts per fee type, dossier moves on, no second payment', async () => {
    const backend = createDemoBackend({ now: createClock().now });
    const payment = await backend.createPayment(request);
    expect((await rejection(backend.getReceipts({ transactionId: payment.transactionId }))).code).to.equal('conflict');
    expect(backend.openPaymentPage(payment.transactionId).status).to.equal('pending');
    const back = backend.settlePayment(payment.transactionId, 'succeeded');
    expect(back).to.equal(`https://tinh.example.gov.vn/ho-so?transactionId=${payment.transactionId}`);
    const settled = await backend.getPaymentStatus({ transactionId: payment.transactionId });
    expect(settled).to.deep.include({ status: 'succeeded', resultCode: '00' });
    expect(settled.paymentUrl).to.equal(undefined);
    const { receipts } = await backend.getReceipts({ transactionId: payment.transactionId });
    expect(receipts.map((receipt) => [receipt.type, receipt.amount, receipt.number, receipt.payerName])).to.deep.equal([
      ['le-phi', 50_000, 'BL0000001', 'Trần Văn Minh'],
      ['phi', 100_000, 'BL0000002', 'Trần Văn Minh'],
    ]);
    expect(receipts[0].url).to.equal('/api/_demo/receipts/BL0000001');
    expect(backend.receipt('BL0000002')?.dossierCode).to.equal(awaitingPayment);
    expect((await backend.getDossierStatus({ code: awaitingPayment })).status).to.equal(4);
    expect((await rejection(backend.createPayment({ ...request, idempotencyKey: 'pay-key-0002' }))).code).to.equal('already-paid');
    // The same key still answers with the settled transaction.
    expect((await backend.createPayment(request)).status).to.equal('succeeded');
    expect(() => backend.settlePayment(payment.transactionId, 'failed'))
      .to.throw()
      .with.property('code', 'conflict');
  });

  it('records a failed payment and lets the citizen pay again with a new key', async () => {
    const backend = createDemoBackend();
    const failed = await backend.createPayment(request);
    backend.settlePayment(failed.transactionId, 'failed');
    expect(await backend.getPaymentStatus({ transactionId: failed.transactionId })).to.deep.include({ status: 'failed', resultCode: '51' });
    const retry = await backend.createPayment({ ...request, idempotencyKey: 'pay-key-0002' });
    expect(retry.transactionId).not.to.equal(failed.transactionId);
  });

  it('abandons an open payment when another provider is chosen', async () => {
    const backend = createDemoBackend();
    const first = await backend.createPayment(request);
    await backend.createPayment({ ...request, providerId: 'momo', idempotencyKey: 'pay-key-0002' });
    expect((await backend.getPaymentStatus({ transactionId: first.transactionId })).status).to.equal('cancelled');
    expect(() => backend.settlePayment(first.transactionId, 'succeeded'))
      .to.throw()
      .with.property('code', 'conflict');
  });

  it('lets an unfinished payment expire', async () => {
    const clock = createClock();
    const backend = createDemoBackend({ now: clock.now });
    const payment = await backend.createPayment(request);
    clock.advance(15 * 60_000);
    expect((await backend.getPaymentStatus({ transactionId: payment.transactionId })).status).to.equal('expired');
  });

  it('refuses an unavailable provider, an unknown dossier and a dossier with nothing to pay', async () => {
    const backend = createDemoBackend();
    const down = await rejection(backend.createPayment({ ...request, providerId: DEMO_FIXTURES.unavailableProvider }));
    expect([down.code, down.fields]).to.deep.equal(['provider-unavailable', ['providerId']]);
    const unknown = await rejection(
      backend.createPayment({ ...request, dossierCode: '000.00.06.H56-231027-9999', idempotencyKey: 'pay-key-0003' }),
    );
    expect([unknown.code, unknown.fields]).to.deep.equal(['not-found', ['dossierCode']]);
    expect((await rejection(backend.createPayment({ ...request, dossierCode: resolved, idempotencyKey: 'pay-key-0004' }))).code).to.equal(
      'conflict',
    );
  });
});

describe('demo backend: surveys', () => {
  const answers = { 'q10-ease': 'satisfied', 'q11-overall': 'very-satisfied', 'i1-time': 2 } as const;

  it('accepts one evaluation per dossier', async () => {
    const backend = createDemoBackend({ now: createClock().now });
    const receipt = await backend.submitSurvey({ dossierCode: resolved, mode: 'decree', answers });
    expect(receipt).to.deep.equal({ dossierCode: resolved, submittedAt: '2025-07-01T08:00:00.000Z' });
    expect((await rejection(backend.submitSurvey({ dossierCode: resolved, mode: 'decree', answers }))).code).to.equal('already-rated');
  });

  it('refuses the already-rated fixture and an unknown dossier', async () => {
    const backend = createDemoBackend();
    expect((await rejection(backend.submitSurvey({ dossierCode: rated, mode: 'short', answers: { overall: 'satisfied' } }))).code).to.equal(
      'already-rated',
    );
    expect(
      (
        await rejection(
          backend.submitSurvey({ dossierCode: '000.00.06.H56-231027-9999', mode: 'short', answers: { overall: 'satisfied' } }),
        )
      ).code,
    ).to.equal('not-found');
  });
});
