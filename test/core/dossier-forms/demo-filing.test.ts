/** Filing an online form with the demo backend: checked on the server as in the browser. */
import { expect } from '@open-wc/testing';
import { createDemoBackend } from '../../../src/core/backend/demo-backend.js';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import type { DvcError } from '../../../src/core/errors.js';
import type { DossierAnswers } from '../../../src/core/dossier-forms/index.js';

const PDF = new TextEncoder().encode('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n');
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const accountId = DEMO_FIXTURES.existingAccount.accountId;
const applicant = { fullName: 'Nguyễn Văn An', idNumber: '001090012345', phone: '0912345678' };
const answers: DossierAnswers = {
  fullName: 'Nguyễn Văn An',
  birthDate: '15/03/1990',
  idNumber: '001090012345',
  phone: '0912345678',
  address: { provinceCode: '01', communeCode: '00070', houseNumber: '12', street: 'Lý Thường Kiệt' },
  basis: 'owned',
  from: '01/12/2026',
  to: '30/11/2027',
};
const now = () => Date.UTC(2026, 10, 27, 3);

async function failure(promise: Promise<unknown>): Promise<DvcError> {
  try {
    await promise;
  } catch (error) {
    return error as DvcError;
  }
  throw new Error('expected a refusal');
}

describe('demo backend: online dossier forms', () => {
  it('files a temporary residence dossier with its fee and uses the uploads up', async () => {
    const backend = createDemoBackend({ now });
    const { attachmentId } = await backend.uploadAttachment({
      fileName: 'hop-dong.pdf',
      content: new Blob([PDF], { type: 'application/pdf' }),
    });
    const request = { procedureCode: '1.004194', applicant, accountId, answers, documents: { residenceProof: [attachmentId] } };
    const dossier = await backend.createDossier({ ...request, idempotencyKey: 'dossier-form-1' });
    expect(dossier.procedureCode).to.equal('1.004194');
    expect(dossier.fees.map((line) => [line.type, line.amount])).to.deep.equal([['le-phi', 7000]]);
    expect(dossier.status).to.equal(6);
    expect(dossier).not.to.have.property('answers');
    expect((await backend.getDossierStatus({ code: dossier.code })).code).to.equal(dossier.code);
    // The same key gives the same dossier; a new one cannot reuse the upload.
    expect((await backend.createDossier({ ...request, idempotencyKey: 'dossier-form-1' })).code).to.equal(dossier.code);
    expect((await failure(backend.createDossier(request))).fields).to.deep.equal(['documents']);
  });

  it('refuses invalid answers naming each field, and keeps the uploads for the corrected try', async () => {
    const backend = createDemoBackend({ now });
    const { attachmentId } = await backend
      .uploadAttachment({ fileName: 'anh.png', content: new Blob([PNG], { type: 'image/png' }) })
      .catch(() => ({ attachmentId: '' }));
    expect(attachmentId).to.equal(''); // PNG is not an accepted upload at all.
    const pdf = await backend.uploadAttachment({ fileName: 'hop-dong.pdf', content: new Blob([PDF], { type: 'application/pdf' }) });
    const bad = {
      ...answers,
      to: '01/01/2029',
      members: [{ fullName: 'Nguyễn Thị Chi', birthDate: '02/05/2015', idNumber: '1', relationship: 'child' }],
    };
    const refused = await failure(
      backend.createDossier({
        procedureCode: '1.004194',
        applicant,
        accountId,
        answers: bad,
        documents: { guardianConsent: [pdf.attachmentId] },
      }),
    );
    expect(refused.code).to.equal('invalid-input');
    expect(refused.fields).to.have.members(['answers.to', 'answers.members.0.idNumber', 'documents.residenceProof']);
    const filed = await backend.createDossier({
      procedureCode: '1.004194',
      applicant,
      accountId,
      answers,
      documents: { residenceProof: [pdf.attachmentId] },
    });
    expect(filed.code).to.match(/^000\.00\.00\.H99-\d{6}-\d{4}$/);
  });

  it('wants a signed-in account, and a procedure that has an online form', async () => {
    const backend = createDemoBackend({ now });
    expect((await failure(backend.createDossier({ procedureCode: '1.004194', applicant, answers }))).code).to.equal('unauthorized');
    const none = await failure(backend.createDossier({ procedureCode: '1.000358', applicant, accountId, answers }));
    expect([none.code, none.fields]).to.deep.equal(['invalid-input', ['answers']]);
    // Without answers a dossier is filed as the service flow files it.
    expect((await backend.createDossier({ procedureCode: '1.003677', applicant })).fees).to.deep.equal([]);
  });
});
