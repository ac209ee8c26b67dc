/** The demo's dossier timeline, due dates and the agency's status changes. */
import { expect } from '@open-wc/testing';
import { createDemoBackend, DEMO_FIXTURES } from '../../../src/core/backend/index.js';
import { workingDaysAfter } from '../../../src/core/backend/demo/dossiers.js';
import { createClock, rejection } from './demo-helpers.js';

const applicant = { fullName: 'Nguyễn Văn An', idNumber: '001090012345' };

describe('demo backend: dossier timeline', () => {
  it('counts working days in Vietnam time, skipping weekends', () => {
    // Friday 3 October 2025, 20:00 UTC is already Saturday in Vietnam.
    expect(workingDaysAfter(Date.parse('2025-10-03T20:00:00Z'), 1)).to.equal('2025-10-06');
    expect(workingDaysAfter(Date.parse('2025-10-03T08:00:00Z'), 1)).to.equal('2025-10-06');
    expect(workingDaysAfter(Date.parse('2025-10-01T08:00:00Z'), 10)).to.equal('2025-10-15');
  });

  it('records each status a new dossier enters, with its due date and the procedure name it knows', async () => {
    const clock = createClock();
    const backend = createDemoBackend({
      now: clock.now,
      procedures: [
        { code: '1.000358', name: 'Cấp giấy phép xây dựng', sector: '', agency: '', levels: [], online: true, subjects: [], type: '' },
      ],
    });
    const dossier = await backend.createDossier({ procedureCode: '1.000358', applicant });
    expect(dossier.procedureName).to.equal('Cấp giấy phép xây dựng');
    expect(dossier.dueDate).to.equal(workingDaysAfter(Date.parse(dossier.createdAt), 10));
    const expected = dossier.fees.length > 0 ? [1, 6] : [1];
    expect(dossier.history!.map((step) => step.status)).to.deep.equal(expected);
    expect(dossier.history!.every((step) => step.at === dossier.createdAt)).to.equal(true);
  });

  it('moves a dossier on as the agency would, with documents to supplement and notes', async () => {
    const backend = createDemoBackend();
    const code = DEMO_FIXTURES.dossiers.awaitingPayment;
    const asked = backend.advanceDossier(code, { status: 5, documents: ['Bản sao sổ hộ khẩu'], note: 'Thiếu giấy tờ.' });
    expect(asked.requestedDocuments).to.deep.equal(['Bản sao sổ hộ khẩu']);
    expect(asked.history!.at(-1)).to.deep.include({ status: 5, note: 'Thiếu giấy tờ.' });
    const fallback = backend.advanceDossier(code, { status: 5 });
    expect(fallback.requestedDocuments).to.have.length(1);
    const returned = backend.advanceDossier(code, { status: 10 });
    expect(returned.requestedDocuments).to.equal(undefined);
    expect(returned.history!.map((step) => step.status)).to.deep.equal([1, 6, 5, 5, 10]);
    expect(await backend.getDossierStatus({ code })).to.deep.equal(returned);
    expect(() => backend.advanceDossier('000.00.06.H56-231027-9999', { status: 4 })).to.throw();
  });

  it('puts a paid dossier into processing on its timeline', async () => {
    const backend = createDemoBackend();
    const code = DEMO_FIXTURES.dossiers.awaitingPayment;
    const payment = await backend.createPayment({
      dossierCode: code,
      providerId: 'vnpay',
      idempotencyKey: 'pay-key-0001',
      returnUrl: '/back',
    });
    backend.settlePayment(payment.transactionId, 'succeeded');
    const dossier = await backend.getDossierStatus({ code });
    expect(dossier.status).to.equal(4);
    expect(dossier.history!.map((step) => step.status)).to.deep.equal([1, 6, 4]);
    expect((await rejection(backend.getDossierStatus({ code: 'KHONG-CO-1' }))).code).to.equal('not-found');
  });

  it('lets a demo or a test move a dossier on over HTTP, refusing what the catalogue does not hold', async () => {
    const base = `/api/sandbox/timeline-${Date.now().toString(36)}`;
    const post = (body: unknown) =>
      fetch(`${base}/_demo/dossiers/status`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    const code = DEMO_FIXTURES.dossiers.resolved;
    const moved = await post({ code, status: 8, note: 'Dừng theo đề nghị của công dân.' });
    expect(moved.status).to.equal(200);
    expect(((await moved.json()) as { status: number }).status).to.equal(8);
    const read = (await (await fetch(`${base}/dossiers/${code}`)).json()) as { history: { status: number; note?: string }[] };
    expect(read.history.at(-1)).to.deep.include({ status: 8, note: 'Dừng theo đề nghị của công dân.' });
    expect((await post({ code, status: 11 })).status).to.equal(400);
    expect((await post({ code: '000.00.06.H56-231027-9999', status: 4 })).status).to.equal(404);
  });
});
