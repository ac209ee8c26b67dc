/** Looking up a dossier and following it, against the demo backend over HTTP. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-dossier-status/define.js';
import type { DvcDossierStatus } from '../../../src/elements/dvc-dossier-status/dvc-dossier-status.js';
import type { DvcBackend } from '../../../src/core/backend/types.js';
import { createSession, type Session } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  $,
  $$,
  AWAITING_PAYMENT,
  DOCUMENTS_REQUESTED,
  RESOLVED,
  countingBackend,
  deepActive,
  demoPost,
  liveText,
  normalise,
  record,
  sandbox,
  shown,
  statusText,
} from './helpers.js';

interface StatusChange {
  dossierCode: string;
  status: number;
  previousStatus?: number;
}

function lookup(backend: DvcBackend, session: Session = createSession()) {
  return fixture<DvcDossierStatus>(html`<dvc-dossier-status .backend=${backend} .store=${session}></dvc-dossier-status>`);
}

function bound(backend: DvcBackend, code: string, extra: { pollInterval?: number; paymentUrl?: string; session?: Session } = {}) {
  return fixture<DvcDossierStatus>(
    html`<dvc-dossier-status
      dossier-code=${code}
      poll-interval=${extra.pollInterval ?? 0}
      payment-url=${extra.paymentUrl ?? ''}
      .backend=${backend}
      .store=${extra.session ?? createSession()}
    ></dvc-dossier-status>`,
  );
}

async function typeCode(el: DvcDossierStatus, code: string) {
  $<HTMLInputElement>(el, 'input')!.focus();
  await sendKeys({ type: code });
  await sendKeys({ press: 'Enter' });
}

/** Pastes a code into the field (as a citizen copying it from an email would) and presses Enter. */
async function pasteCode(el: DvcDossierStatus, code: string) {
  const input = $<HTMLInputElement>(el, 'input')!;
  input.focus();
  input.value = code;
  input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertFromPaste' }));
  await sendKeys({ press: 'Enter' });
}

describe('<dvc-dossier-status>', function () {
  this.timeout(20_000);
  afterEach(() => setLocale('vi'));

  it('looks a dossier up from the keyboard: status, facts, what to do, timeline, focus and event', async () => {
    const { backend, sent } = countingBackend(sandbox());
    const el = await lookup(backend);
    await expect(el).to.be.accessible();
    const changes = record<StatusChange>(el, 'dvc-dossier-status-change');
    await typeCode(el, ' 000.00.06.h56-231027-0362 ');
    await shown(el, 'Yêu cầu thực hiện nghĩa vụ tài chính');

    expect(sent).to.deep.equal([`GET /dossiers/${AWAITING_PAYMENT}`]);
    expect(changes).to.deep.equal([{ dossierCode: AWAITING_PAYMENT, status: 6 }]);
    expect(deepActive()).to.equal($(el, '[part="status"]'));
    const facts = normalise($(el, '.facts')!.textContent);
    expect(facts).to.equal(`Mã hồ sơ ${AWAITING_PAYMENT} Thủ tục 1.000358 Ngày nộp 27/10/2023 Ngày hẹn trả kết quả 10/11/2023`);
    expect(normalise($(el, '[part="todo"]')!.textContent)).to.contain('Hồ sơ chờ bạn nộp phí, lệ phí: 150.000');
    const steps = $$(el, '[part="timeline"] li');
    expect(steps.map((step) => normalise(step.querySelector('.what')!.textContent))).to.deep.equal([
      'Mới đăng ký',
      'Yêu cầu thực hiện nghĩa vụ tài chính (hiện tại)',
    ]);
    expect(steps[1]!.getAttribute('aria-current')).to.equal('step');
    expect(normalise(steps[0]!.querySelector('.when')!.textContent)).to.equal('27/10/2023 09:00');
    await expect(el).to.be.accessible();
  });

  it('refuses a malformed code in the field without asking the server, and keeps what was typed', async () => {
    const { backend, sent } = countingBackend(sandbox());
    const el = await lookup(backend);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    await typeCode(el, 'ab');
    await el.updateComplete;
    const input = $<HTMLInputElement>(el, 'input')!;
    expect(sent).to.deep.equal([]);
    expect(input.value).to.equal('ab');
    expect(input.getAttribute('aria-invalid')).to.equal('true');
    expect(normalise($(el, '.field-error')!.textContent)).to.equal('Mã hồ sơ không đúng định dạng, ví dụ 000.00.06.H56-231027-0361.');
    expect(input.getAttribute('aria-describedby')).to.contain($(el, '.field-error')!.id);
    expect(errors).to.deep.equal([{ code: 'dossier-code.format', message: $(el, '.field-error')!.textContent, field: 'dossierCode' }]);
    await waitUntil(() => deepActive() === input, 'focus returns to the field');
    await expect(el).to.be.accessible();
  });

  it('accepts another system’s numbering and says plainly when no dossier has the code', async () => {
    const { backend, sent } = countingBackend(sandbox());
    const el = await lookup(backend);
    const errors = record<{ code: string }>(el, 'dvc-error');
    await pasteCode(el, 'hs-2024/000123');
    await waitUntil(() => $(el, '.field-error'), 'the refusal shows');
    expect(sent).to.deep.equal(['GET /dossiers/HS-2024/000123']);
    expect(normalise($(el, '.field-error')!.textContent)).to.equal('Không tìm thấy hồ sơ có mã này. Kiểm tra lại mã trên giấy biên nhận.');
    expect($<HTMLInputElement>(el, 'input')!.value).to.equal('hs-2024/000123');
    expect(errors.map((error) => error.code)).to.deep.equal(['not-found']);
    await expect(el).to.be.accessible();
  });

  for (const [kind, message] of [
    ['server', 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.'],
    ['malformed', 'Máy chủ trả về dữ liệu không hợp lệ. Vui lòng thử lại sau.'],
  ] as const) {
    it(`explains a ${kind} failure with a retry that works, keeping the code`, async () => {
      const base = sandbox();
      const { backend } = countingBackend(base, { maxAttempts: 1 });
      await demoPost(base, 'faults', { call: 'getDossierStatus', kind });
      const el = await lookup(backend);
      const errors = record<{ code: string; message: string }>(el, 'dvc-error');
      await pasteCode(el, RESOLVED);
      await waitUntil(() => $(el, '[role="alert"]'), 'the failure shows');
      const alert = normalise($(el, '[role="alert"] p')!.textContent);
      expect(alert).to.equal(message);
      expect(errors).to.deep.equal([{ code: kind === 'server' ? 'server' : 'malformed-response', message }]);
      expect($<HTMLInputElement>(el, 'input')!.value).to.equal(RESOLVED);
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
      await shown(el, 'Đã trả kết quả');
      expect($(el, '[role="alert"]')).to.equal(null);
    });
  }

  it('gives up on a server that does not answer, with the timeout explained', async () => {
    const base = sandbox();
    const { backend } = countingBackend(base, { maxAttempts: 1, timeoutMs: 400 });
    await demoPost(base, 'faults', { call: 'getDossierStatus', kind: 'timeout' });
    const el = await bound(backend, RESOLVED);
    const error = await oneEvent(el, 'dvc-error');
    expect(error.detail.code).to.equal('timeout');
    await el.updateComplete;
    expect(error.detail.message).to.equal('Máy chủ phản hồi quá lâu. Vui lòng thử lại sau ít phút.');
    expect(normalise($(el, '[role="alert"] p')!.textContent)).to.equal(error.detail.message);
    expect($(el, '[role="alert"] button')).to.not.equal(null);
  });

  it('announces a new status while open, politely and without moving focus, and tells the page', async () => {
    const base = sandbox();
    const { backend } = countingBackend(base);
    const session = createSession();
    const el = await bound(backend, AWAITING_PAYMENT, { pollInterval: 0.2, session });
    await shown(el, 'Yêu cầu thực hiện nghĩa vụ tài chính');
    const changes = record<StatusChange>(el, 'dvc-dossier-status-change');
    const outside = document.createElement('button');
    document.body.append(outside);
    outside.focus();
    await demoPost(base, 'dossiers/status', { code: AWAITING_PAYMENT, status: 4 });
    await shown(el, 'Đang xử lý');
    await waitUntil(() => liveText(el) === 'Trạng thái hồ sơ đã thay đổi: Đang xử lý.', 'the change is announced');
    expect($(el, '[role="status"]')!.getAttribute('aria-live')).to.equal('polite');
    expect(changes).to.deep.equal([{ dossierCode: AWAITING_PAYMENT, status: 4, previousStatus: 6 }]);
    expect(document.activeElement).to.equal(outside);
    expect(session.getState().dossier?.status).to.equal(4);
    expect($$(el, '[part="timeline"] li')).to.have.length(3);
    outside.remove();
    el.pollInterval = 0;
  });

  it('keeps the last status on a failed check, says it may be old, and recovers', async () => {
    const base = sandbox();
    const { backend } = countingBackend(base, { maxAttempts: 1 });
    const el = await bound(backend, RESOLVED, { pollInterval: 0.15 });
    await shown(el, 'Đã trả kết quả');
    const errors = record<{ code: string }>(el, 'dvc-error');
    await demoPost(base, 'faults', { call: 'getDossierStatus', kind: 'server', times: 2 });
    await waitUntil(() => $(el, '.stale'), 'the status is marked as possibly old', { timeout: 5000 });
    expect($(el, '[role="alert"]')).to.equal(null);
    expect(statusText(el)).to.match(/Đã trả kết quả$/);
    await waitUntil(() => !$(el, '.stale'), 'a later check succeeds', { timeout: 8000 });
    expect(errors.map((error) => error.code)).to.deep.equal(['server']);
    el.pollInterval = 0;
  });

  it('refreshes on request from the keyboard and says when nothing changed', async () => {
    const { backend, sent } = countingBackend(sandbox());
    const el = await bound(backend, RESOLVED);
    await shown(el, 'Đã trả kết quả');
    const refresh = [...$$<HTMLButtonElement>(el, 'button')].find((button) => normalise(button.textContent) === 'Cập nhật trạng thái')!;
    refresh.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => liveText(el) === 'Trạng thái hồ sơ chưa thay đổi.', 'announced');
    expect(sent).to.have.length(2);
    expect(normalise($(el, '.checked')!.textContent)).to.match(/^Cập nhật lúc \d{2}:\d{2}\./);
  });

  it('offers to pay a dossier waiting for its fees: a link, or an event the page can take over', async () => {
    const { backend } = countingBackend(sandbox());
    const el = await bound(backend, AWAITING_PAYMENT, { paymentUrl: '/thanh-toan' });
    await shown(el, 'Yêu cầu thực hiện nghĩa vụ tài chính');
    const link = $<HTMLAnchorElement>(el, '[part="todo"] a')!;
    expect(normalise(link.textContent)).to.equal('Nộp phí, lệ phí');
    expect(link.getAttribute('href')).to.equal('/thanh-toan');
    el.addEventListener('dvc-dossier-action', (event) => event.preventDefault(), { once: true });
    const action = oneEvent(el, 'dvc-dossier-action');
    const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
    link.dispatchEvent(click);
    expect((await action).detail).to.deep.equal({ dossierCode: AWAITING_PAYMENT, action: 'pay-fees' });
    expect(click.defaultPrevented).to.equal(true);
  });

  it('lists the documents to supplement, with a button that fires the action', async () => {
    const { backend } = countingBackend(sandbox());
    const el = await bound(backend, DOCUMENTS_REQUESTED);
    await shown(el, 'Yêu cầu bổ sung giấy tờ');
    const items = $$(el, '.documents li').map((item) => normalise(item.textContent));
    expect(items).to.deep.equal(['Hợp đồng thuê nhà có chữ ký của chủ nhà', 'Bản sao giấy chứng nhận quyền sử dụng đất của chủ nhà']);
    expect(normalise($(el, '.facts')!.textContent)).to.contain('Thủ tục Đăng ký tạm trú (1.004194)');
    expect(normalise($(el, '[part="timeline"] li.current .note')!.textContent)).to.equal('Hợp đồng thuê nhà chưa có chữ ký của chủ nhà.');
    const button = $<HTMLButtonElement>(el, '[part="todo"] button')!;
    button.focus();
    const action = oneEvent(el, 'dvc-dossier-action');
    await sendKeys({ press: 'Enter' });
    expect((await action).detail).to.deep.equal({ dossierCode: DOCUMENTS_REQUESTED, action: 'supplement-documents' });
    await expect(el).to.be.accessible();
  });

  it('switches to English, dates staying dd/mm/yyyy', async () => {
    const { backend } = countingBackend(sandbox());
    const el = await bound(backend, AWAITING_PAYMENT);
    await shown(el, 'Yêu cầu thực hiện nghĩa vụ tài chính');
    await setLocale('en');
    await el.updateComplete;
    expect(statusText(el)).to.equal('Status: Fees and charges due');
    expect(normalise($(el, '.facts')!.textContent)).to.contain('Result due on 10/11/2023');
    expect(normalise($(el, '[part="todo"]')!.textContent)).to.contain('₫150,000');
    await expect(el).to.be.accessible();
  });

  it('works from attributes alone (backend-url), and reports bad attributes keeping the last good values', async () => {
    const base = sandbox();
    const el = await fixture<DvcDossierStatus>(
      html`<dvc-dossier-status dossier-code=${RESOLVED} backend-url=${base} poll-interval="0"></dvc-dossier-status>`,
    );
    await shown(el, 'Đã trả kết quả');
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    el.setAttribute('poll-interval', 'often');
    el.setAttribute('dossier-code', '!!');
    await el.updateComplete;
    expect(errors.map((error) => [error.code, error.field])).to.deep.equal([
      ['invalid-attribute', 'poll-interval'],
      ['invalid-attribute', 'dossier-code'],
    ]);
    expect(el.pollInterval).to.equal(0);
    expect(statusText(el)).to.match(/Đã trả kết quả$/);
  });

  it('says when no backend is set up', async () => {
    const el = await fixture<DvcDossierStatus>(html`<dvc-dossier-status dossier-code=${RESOLVED}></dvc-dossier-status>`);
    await el.updateComplete;
    expect(normalise($(el, '[role="alert"]')!.textContent)).to.equal('Chưa cấu hình máy chủ (backend) để tra cứu hồ sơ.');
    await expect(el).to.be.accessible();
  });
});
