/** Filing over HTTP to the demo server: both procedures end to end, events, and every failure keeping the answers. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-dossier-status/define.js';
import { createHttpBackend } from '../../../src/core/backend/http-backend.js';
import { DvcError } from '../../../src/core/errors.js';
import type { Dossier } from '../../../src/core/schemas/dossier.js';
import { TEMPORARY_RESIDENCE_FORM } from '../../../src/core/dossier-forms/index.js';
import type { DvcDossierForm } from '../../../src/elements/dvc-dossier-form/dvc-dossier-form.js';
import {
  button,
  choose,
  demoPost,
  field,
  fillResidence,
  HANOI,
  mount,
  pdf,
  record,
  sandbox,
  signedIn,
  status,
  text,
  toReview,
  type,
} from './helpers.js';

async function dossierOn(base: string, code: string): Promise<Dossier> {
  return (await fetch(`${base}/dossiers/${encodeURIComponent(code)}`)).json() as Promise<Dossier>;
}

describe('<dvc-dossier-form>: filing', function () {
  this.timeout(30_000);
  it('files a temporary residence registration with a member and a document, for status and payment to use', async () => {
    const base = sandbox();
    const session = signedIn();
    // Records what reaches the server.
    const bodies: { path: string; body: unknown }[] = [];
    const backend = createHttpBackend({
      baseUrl: base,
      fetch: (input, init) => {
        const path = new URL(String(input), location.href).pathname.slice(base.length);
        bodies.push({ path, body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body });
        return fetch(input, init);
      },
    });
    const el = mount(session, { base, backend });
    await el.updateComplete;
    await fillResidence(el);
    button(el, 'Thêm thành viên')!.click();
    await el.updateComplete;
    type(field(el, 'members[0][fullName]'), 'Trần Thị Lan');
    type(field(el, 'members[0][birthDate]'), '02/05/2015');
    type(field(el, 'members[0][idNumber]'), '001315012345');
    type(field<HTMLSelectElement>(el, 'members[0][relationship]'), 'child');
    const submits = record<unknown>(el, 'dvc-dossier-submit');
    const completes = record<{ procedureCode: string; dossierCode: string }>(el, 'dvc-dossier-complete');
    await toReview(el);
    expect(text(el)).to.contain('Trần Thị Lan · 02/05/2015 · 001315012345 · Con');
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => completes.length === 1, 'filed', { timeout: 8000 });
    const { dossierCode } = completes[0];
    expect(submits).to.deep.equal([{ procedureCode: '1.004194', documents: 1 }]);
    // The file went up as raw bytes, then the answers and the attachment id by document.
    expect(bodies.map(({ path }) => path)).to.deep.equal(['/attachments', '/dossiers']);
    expect(bodies[0].body).to.be.instanceOf(Blob);
    const filing = bodies[1].body as Record<string, Record<string, unknown>>;
    expect(filing.applicant).to.deep.equal({
      fullName: 'Trần Văn Minh',
      idNumber: '001090012345',
      phone: '0912000001',
      email: 'minh.tran@example.vn',
    });
    expect(filing.answers).to.deep.include({ basis: 'rented', from: '01/12/2026', to: '30/11/2027' });
    expect(filing.answers.members).to.deep.equal([
      { fullName: 'Trần Thị Lan', birthDate: '02/05/2015', idNumber: '001315012345', relationship: 'child' },
    ]);
    expect(Object.keys(filing.documents)).to.deep.equal(['residenceProof']);
    expect(completes[0]).to.deep.equal({ procedureCode: '1.004194', dossierCode });
    await el.updateComplete;
    expect(text(el)).to.contain(`Mã hồ sơ của bạn: ${dossierCode}.`);
    expect(status(el)).to.contain(dossierCode);
    expect(document.activeElement?.id).to.match(/-done$/);
    expect(button(el, 'Nộp phí, lệ phí (7.000 ₫)')!.getAttribute('href')).to.equal(`/thanh-toan?ma=${encodeURIComponent(dossierCode)}`);
    expect(button(el, 'Theo dõi hồ sơ')!.getAttribute('href')).to.equal(`/ho-so/${encodeURIComponent(dossierCode)}`);
    expect(session.getState().dossier).to.deep.include({ code: dossierCode, procedureCode: '1.004194', status: 6 });
    await expect(el).to.be.accessible();

    // The server holds it with the form's fee, and the status element finds it by its code.
    const filed = await dossierOn(base, dossierCode);
    expect(filed.fees.map((line) => [line.type, line.amount])).to.deep.equal([['le-phi', 7000]]);
    const statusEl = fixtureSync(html`<dvc-dossier-status backend-url=${base} dossier-code=${dossierCode}></dvc-dossier-status>`);
    await waitUntil(() => statusEl.shadowRoot?.textContent?.includes('Yêu cầu thực hiện nghĩa vụ tài chính'), 'status shown', {
      timeout: 8000,
    });
  });

  it('files a temporary absence declaration, asking for the authority’s consent only in the cases that need it', async () => {
    const base = sandbox();
    const el = mount(signedIn(), { base, procedure: '1.003677' });
    await el.updateComplete;
    expect(text(el)).to.contain('Khai báo tạm vắng');
    const consentLabel = () => text(el.querySelector('label[for$="-documents-supervisorConsent"]')!);
    expect(consentLabel()).to.not.contain('*');
    type(field<HTMLSelectElement>(el, 'case'), 'duty');
    await el.updateComplete;
    expect(consentLabel()).to.contain('*');
    type(field<HTMLTextAreaElement>(el, 'reason'), 'Đi làm việc tại công trình thủy điện, thời gian dự kiến một năm.');
    el.querySelector('dvc-address-picker')!.value = { ...HANOI, houseNumber: '', street: 'Thôn Đông' };
    type(field(el, 'from'), '01/12/2026');
    type(field(el, 'to'), '01/12/2027');
    button(el, 'Tiếp tục')!.click();
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length > 0, 'summary filled', { timeout: 5000 });
    expect(summary.errors.map((error) => error.label)).to.deep.equal([
      'Văn bản đồng ý của cơ quan có thẩm quyền giám sát, quản lý, giáo dục',
    ]);
    choose(el, 'supervisorConsent', [pdf('van-ban-dong-y.pdf')]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 1, 'file listed', { timeout: 5000 });
    const completes = record<{ dossierCode: string }>(el, 'dvc-dossier-complete');
    await toReview(el);
    expect(text(el)).to.contain('Thủ tục này không thu phí, lệ phí.');
    expect(el.scrollWidth).to.be.at.most(el.clientWidth);
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => completes.length === 1, 'filed', { timeout: 8000 });
    await el.updateComplete;
    // Nothing to pay: only the link to follow it.
    expect(button(el, 'Theo dõi hồ sơ')).to.not.equal(undefined);
    expect(el.querySelector('a.primary')).to.equal(null);
    expect((await dossierOn(base, completes[0].dossierCode)).status).to.equal(1);
  });

  it('refuses a wrong file when chosen, and files nothing when the page cancels the submit event', async () => {
    const base = sandbox();
    const el = mount(signedIn(), { base });
    await el.updateComplete;
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    choose(el, 'residenceProof', [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })]);
    await waitUntil(() => el.querySelector('.field.invalid'), 'refusal shown', { timeout: 3000 });
    expect(text(el)).to.contain('Tệp "setup.exe" không đúng định dạng.');
    expect(errors.at(-1)).to.deep.include({ code: 'invalid-input', field: 'documents.residenceProof' });
    await fillResidence(el);
    await toReview(el);
    el.addEventListener('dvc-dossier-submit', (event) => event.preventDefault(), { once: true });
    const sent: string[] = [];
    const spy = (event: Event) => sent.push(event.type);
    el.addEventListener('dvc-dossier-complete', spy);
    button(el, 'Nộp hồ sơ')!.click();
    await el.updateComplete;
    expect(button(el, 'Nộp hồ sơ')).to.not.equal(undefined);
    expect(sent).to.deep.equal([]);
  });

  it('keeps the answers through a 500, a malformed reply and a timeout, then files one dossier', async () => {
    const base = sandbox();
    const backend = createHttpBackend({ baseUrl: base, timeoutMs: 2000, maxAttempts: 1 });
    const el = mount(signedIn(), { base, backend });
    await el.updateComplete;
    await fillResidence(el);
    // Keyboard: Enter in a field continues to the check-answers step.
    field(el, 'ownerName').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, 'Nộp hồ sơ'), 'review shown', { timeout: 5000 });
    const errors = record<{ code: string; message: string }>(el, 'dvc-error');
    const completes = record<{ dossierCode: string }>(el, 'dvc-dossier-complete');
    for (const kind of ['server', 'malformed', 'timeout']) {
      await demoPost(base, 'faults', { call: 'createDossier', kind });
      button(el, 'Nộp hồ sơ')!.click();
      await waitUntil(() => errors.length > 0 && el.querySelector('.failure'), `${kind} shown`, { timeout: 8000 });
      await el.updateComplete;
      expect(document.activeElement).to.equal(el.querySelector('.failure'));
      expect(text(el)).to.contain('Hàng Bài');
      errors.length = 0;
    }
    await expect(el).to.be.accessible();
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => completes.length === 1, 'filed', { timeout: 8000 });
    expect((await dossierOn(base, completes[0].dossierCode)).code).to.equal(completes[0].dossierCode);
  });

  it('puts a file the server refuses back on its document, keeping the other answers', async () => {
    const base = sandbox();
    const http = createHttpBackend({ baseUrl: base });
    // The server's own content check refuses what the browser's let through (a 415).
    const backend = {
      ...http,
      uploadAttachment: () => Promise.reject(new DvcError('invalid-input', { status: 415, fields: ['content'] })),
    };
    const el = mount(signedIn(), { base, backend });
    await el.updateComplete;
    await fillResidence(el);
    await toReview(el);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => errors.length === 1, 'refusal', { timeout: 8000 });
    await el.updateComplete;
    const message = 'Nội dung tệp "hop-dong-thue-nha.pdf" không khớp với định dạng trong tên tệp. Vui lòng chọn đúng tệp gốc.';
    expect(errors[0]).to.deep.equal({ code: 'invalid-input', message, field: 'documents.residenceProof' });
    expect(text(el.querySelector('.field.invalid')!)).to.contain(message);
    expect(field(el, 'ownerName').value).to.equal('Lê Thị Hoa');
    await expect(el).to.be.accessible();
  });

  it('maps the server’s field refusals back onto the fields', async () => {
    const base = sandbox();
    const el = mount(signedIn(), { base });
    // A page's copy of the form that forgot the two-year limit: the server still applies it.
    const lax = structuredClone(TEMPORARY_RESIDENCE_FORM);
    const to = lax.sections[2].fields[1];
    if (to.kind === 'date') delete to.maxMonthsAfter;
    el.formDescription = lax;
    // The description's check loads on demand; the form shows once it is judged.
    await waitUntil(() => el.querySelector('dvc-address-picker'), 'given form shown', { timeout: 5000 });
    await fillResidence(el, { from: '01/12/2026', to: '01/12/2029' });
    await toReview(el);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => el.querySelector('dvc-error-summary')?.errors.length, 'refusal listed', { timeout: 8000 });
    expect(el.querySelector('dvc-error-summary')!.errors.map((error) => [error.label, error.message])).to.deep.equal([
      ['Đến ngày', 'Cơ quan tiếp nhận không chấp nhận giá trị này; vui lòng kiểm tra lại.'],
    ]);
    expect(errors).to.deep.equal([
      { code: 'invalid-input', message: 'Cơ quan tiếp nhận chưa chấp nhận một số thông tin. Vui lòng sửa các mục được nêu.', field: 'to' },
    ]);
    expect(field(el, 'to').value).to.equal('01/12/2029');
    expect(field(el, 'to').getAttribute('aria-invalid')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('keeps everything when an upload fails, and uploads again once the server has let the files expire', async () => {
    const base = sandbox();
    const el: DvcDossierForm = mount(signedIn(), { base });
    await el.updateComplete;
    await fillResidence(el);
    await toReview(el);
    const errors = record<{ code: string }>(el, 'dvc-error');
    await demoPost(base, 'faults', { call: 'uploadAttachment', kind: 'server' });
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => errors.length === 1, 'upload failure', { timeout: 8000 });
    expect(errors[0].code).to.equal('server');
    expect(text(el)).to.contain('hop-dong-thue-nha.pdf');

    // The upload goes through, the filing fails, and an hour later the server no longer holds the file.
    // Three times: the HTTP backend tries a keyed create up to three times.
    await demoPost(base, 'faults', { call: 'createDossier', kind: 'server', times: 3 });
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => errors.length === 2, 'filing failure', { timeout: 8000 });
    await demoPost(base, 'clock', { advanceMs: 61 * 60_000 });
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => errors.length === 3, 'expired files', { timeout: 8000 });
    expect(errors[2].code).to.equal('not-found');
    await el.updateComplete;
    expect(text(el.querySelector('.failure')!)).to.equal('Tệp đính kèm đã hết hạn lưu tạm; hệ thống sẽ tải lại khi bạn nộp.');
    const completes = record<{ dossierCode: string }>(el, 'dvc-dossier-complete');
    button(el, 'Nộp hồ sơ')!.click();
    await waitUntil(() => completes.length === 1, 'filed', { timeout: 8000 });
  });
});
