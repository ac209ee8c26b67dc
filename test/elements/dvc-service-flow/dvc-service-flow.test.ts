/** The journey element: steps, events, the shared session, filing the dossier, resume after reload. */
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DvcServiceFlow } from '../../../src/elements/dvc-service-flow/dvc-service-flow.js';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import { createSession } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  $,
  ACCOUNT,
  PROCEDURE,
  atStep,
  button,
  childEvent,
  clearFlowStorage,
  deepActive,
  demoPost,
  heading,
  mountFlow,
  normalise,
  record,
  sandbox,
} from './helpers.js';

interface StepChange {
  step: string;
  index: number;
  total: number;
}

/** Fills the applicant's fields as a citizen would, from the keyboard. */
async function fillApplicant(el: DvcServiceFlow, fullName: string, idNumber: string) {
  const name = $<HTMLInputElement>(el, 'input[name="fullName"]')!;
  name.focus();
  name.select();
  await sendKeys({ type: fullName });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ type: idNumber });
}

/** Fills the applicant's fields as autofill would. */
async function autofillApplicant(el: DvcServiceFlow, fullName: string, idNumber: string) {
  for (const [name, value] of [
    ['fullName', fullName],
    ['idNumber', idNumber],
  ]) {
    const input = $<HTMLInputElement>(el, `input[name="${name}"]`)!;
    input.value = value;
    input.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, inputType: 'insertReplacementText' }));
  }
  await el.updateComplete;
}

describe('<dvc-service-flow>', function () {
  this.timeout(30_000);
  beforeEach(clearFlowStorage);
  afterEach(async () => {
    clearFlowStorage();
    await setLocale('vi');
  });

  it('starts at the search with "Bước 1 / 6", tells the page, and is accessible', async () => {
    const changes: StepChange[] = [];
    const listener = (event: Event) => changes.push((event as CustomEvent<StepChange>).detail);
    document.addEventListener('dvc-flow-step-change', listener);
    const el = await mountFlow();
    await el.updateComplete;
    document.removeEventListener('dvc-flow-step-change', listener);
    expect(heading(el)).to.equal('Bước 1 / 6 Tìm thủ tục hành chính');
    expect(changes).to.deep.equal([{ step: 'search', index: 0, total: 6 }]);
    expect($(el, 'dvc-procedure-search')).to.not.equal(null);
    const steps = [...el.shadowRoot!.querySelectorAll('[part="steps"] li')];
    expect(steps.map((step) => normalise(step.textContent))).to.deep.equal([
      'Tìm thủ tục hành chính',
      'Đăng nhập hoặc tạo tài khoản',
      'Xác nhận thông tin hồ sơ',
      'Nộp phí, lệ phí',
      'Theo dõi hồ sơ',
      'Đánh giá sự hài lòng',
    ]);
    expect(steps[0]!.getAttribute('aria-current')).to.equal('step');
    await expect(el).to.be.accessible();
  });

  it('provides one session to every step and lets the children’s events bubble to the page', async () => {
    const session = createSession();
    const el = await mountFlow({ store: session });
    await el.updateComplete;
    const search = $(el, 'dvc-procedure-search') as HTMLElement & { session: unknown };
    expect(search.session).to.equal(session);
    const heard = oneEvent(document, 'dvc-procedure-select');
    childEvent(search, 'dvc-procedure-select', { procedure: PROCEDURE });
    expect((await heard).detail.procedure.code).to.equal(PROCEDURE.code);
    await atStep(el, 'account');
    const wizard = $(el, 'dvc-registration-wizard') as HTMLElement & { session: unknown };
    expect(wizard.session).to.equal(session);
  });

  it('runs part of the journey with `steps`, completes after the last, and moves focus to each heading', async () => {
    const originalTitle = document.title;
    const el = await mountFlow({ steps: 'account, search', manageTitle: true });
    await el.updateComplete;
    expect(heading(el)).to.equal('Bước 1 / 2 Tìm thủ tục hành chính');
    const changes = record<StepChange>(el, 'dvc-flow-step-change');
    childEvent($(el, 'dvc-procedure-search')!, 'dvc-procedure-select', { procedure: PROCEDURE });
    await atStep(el, 'account');
    expect(changes).to.deep.equal([{ step: 'account', index: 1, total: 2 }]);
    expect(heading(el)).to.equal('Bước 2 / 2 Đăng nhập hoặc tạo tài khoản');
    // The journey's counter is the only one shown: not the wizard's own under it.
    const wizard = $(el, 'dvc-registration-wizard')!;
    await waitUntil(() => wizard.querySelector('.progress'), 'wizard drawn');
    const counters = [...el.shadowRoot!.querySelectorAll('*')].filter(
      (node) => /^Bước \d+ \/ \d+$/.test(node.textContent!.trim()) && node.checkVisibility(),
    );
    expect(counters.map((node) => node.textContent!.trim())).to.deep.equal(['Bước 2 / 2']);
    expect(deepActive()).to.equal($(el, 'h2'));
    expect(document.title).to.match(/^Bước 2 \/ 2: Đăng nhập hoặc tạo tài khoản/);
    await expect(el).to.be.accessible();
    const complete = oneEvent(el, 'dvc-flow-complete');
    childEvent($(el, 'dvc-registration-wizard')!, 'dvc-registration-complete', { account: ACCOUNT });
    await complete;
    await atStep(el, 'complete');
    expect(heading(el)).to.equal('Bạn đã hoàn tất');
    expect(deepActive()).to.equal($(el, 'h2'));
    await expect(el).to.be.accessible();
    el.remove();
    expect(document.title).to.equal(originalTitle);
  });

  it('reports an unknown step name and keeps the last good list', async () => {
    const el = await mountFlow({ steps: 'status' });
    const error = oneEvent(el, 'dvc-error');
    el.setAttribute('steps', 'search,login');
    expect((await error).detail).to.include({ code: 'invalid-attribute', field: 'steps' });
    await el.updateComplete;
    expect(el.steps).to.equal('status');
    expect(heading(el)).to.equal('Bước 1 / 1 Theo dõi hồ sơ');
  });

  it('goes back from the account step to the search, from the keyboard', async () => {
    const el = await mountFlow();
    childEvent($(el, 'dvc-procedure-search')!, 'dvc-procedure-select', { procedure: PROCEDURE });
    await atStep(el, 'account');
    // It names the step it returns to: the wizard below has a "Quay lại" of its own.
    button(el, 'Quay lại bước 1').focus();
    await sendKeys({ press: 'Enter' });
    await atStep(el, 'search');
    expect(deepActive()).to.equal($(el, 'h2'));
  });

  it('files the dossier after checking the applicant, shows its fees, then pays it in the next step', async () => {
    const base = sandbox();
    const session = createSession();
    const el = await mountFlow({ base, procedure: PROCEDURE.code, steps: 'confirm,pay,status', store: session });
    await atStep(el, 'confirm');
    await waitUntil(() => $(el, 'form'), 'the summary shows');
    expect(heading(el)).to.equal('Bước 1 / 3 Xác nhận thông tin hồ sơ');
    await expect(el).to.be.accessible();

    // Nothing typed yet: the name is asked for, next to its field, which takes focus.
    const errors = record<{ code: string }>(el, 'dvc-error');
    button(el, 'Nộp hồ sơ').click();
    await waitUntil(() => $(el, '.field-error'), 'the errors show');
    const name = $<HTMLInputElement>(el, 'input[name="fullName"]')!;
    expect(name.getAttribute('aria-invalid')).to.equal('true');
    expect(name.getAttribute('aria-describedby')).to.equal(`${name.id}-error`);
    expect($(el, `#${name.id}-error`)?.textContent?.trim()).to.equal('Vui lòng nhập họ và tên.');
    await waitUntil(() => deepActive() === name, 'focus on the first wrong field');
    expect(errors).to.deep.equal([]);
    await expect(el).to.be.accessible();

    await fillApplicant(el, 'Nguyễn Văn An', '001090012345');
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => $(el, '.created'), 'the dossier is filed', { timeout: 8000 });
    const created = normalise($(el, '.created h3')!.textContent);
    const code = /Mã hồ sơ của bạn: (\S+)\.$/.exec(created)![1]!;
    expect(code).to.match(/^000\.00\.00\.H99-\d{6}-\d{4}$/);
    expect(deepActive()).to.equal($(el, '.created h3'));
    const dossier = session.getState().dossier!;
    expect(dossier.code).to.equal(code);
    expect(dossier.fees.map((line) => [line.type, line.amount])).to.deep.equal([
      ['le-phi', 40_000],
      ['phi', 100_000],
    ]);
    expect(normalise($(el, 'tfoot')!.textContent)).to.equal('Tổng cộng 140.000 ₫');
    expect(normalise($(el, '.facts')!.textContent)).to.contain(PROCEDURE.name);
    await expect(el).to.be.accessible();

    button(el, 'Tiếp tục').click();
    await atStep(el, 'pay');
    expect($(el, 'dvc-payment-selector')!.getAttribute('dossier-code')).to.equal(code);
    await waitUntil(() => $(el, 'dvc-payment-selector')!.shadowRoot!.querySelector('input[type="radio"]'), 'the providers show', {
      timeout: 8000,
    });
    await expect(el).to.be.accessible();
    expect(JSON.stringify(sessionStorage)).to.not.match(/password|captcha|otp/i);
  });

  it('explains a failure to file, keeps the answers, and files once on retry', async () => {
    const base = sandbox();
    await demoPost(base, 'faults', { call: 'createDossier', kind: 'server', times: 3 });
    const el = await mountFlow({ base, procedure: PROCEDURE.code, steps: 'confirm,status' });
    await waitUntil(() => $(el, 'form'), 'the summary shows');
    await autofillApplicant(el, 'Nguyễn Văn An', '001090012345');
    const failed = oneEvent(el, 'dvc-error');
    button(el, 'Nộp hồ sơ').click();
    expect((await failed).detail.code).to.equal('server');
    await waitUntil(() => $(el, '[role="alert"]'), 'the failure shows');
    expect(normalise($(el, '[role="alert"] p')!.textContent)).to.equal('Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.');
    expect($<HTMLInputElement>(el, 'input[name="fullName"]')!.value).to.equal('Nguyễn Văn An');
    await expect(el).to.be.accessible();
    button(el, 'Thử lại').click();
    await waitUntil(() => $(el, '.created'), 'filed on retry', { timeout: 8000 });
  });

  it('picks the journey up after a reload at the step reached, with the dossier and no secrets stored', async () => {
    const base = sandbox();
    const first = await mountFlow({ id: 'reload', base, procedure: PROCEDURE.code, steps: 'confirm,status,rate' });
    await waitUntil(() => $(first, 'form'), 'the summary shows');
    await autofillApplicant(first, 'Nguyễn Văn An', '001090012345');
    button(first, 'Nộp hồ sơ').click();
    await waitUntil(() => $(first, '.created'), 'filed', { timeout: 8000 });
    const code = first.shadowRoot!.querySelector('.created h3')!.textContent!.match(/000\.00\.00\.H99-\d{6}-\d{4}/)![0];
    button(first, 'Tiếp tục').click();
    await atStep(first, 'status');
    first.remove();

    // A new page load: a new element and a new session, the same sessionStorage.
    const session = createSession();
    const again = await mountFlow({ id: 'reload', base, procedure: PROCEDURE.code, steps: 'confirm,status,rate', store: session });
    await atStep(again, 'status');
    expect(heading(again)).to.equal('Bước 2 / 3 Theo dõi hồ sơ');
    const status = $(again, 'dvc-dossier-status')!;
    expect(status.getAttribute('dossier-code')).to.equal(code);
    expect(JSON.stringify(sessionStorage)).to.not.match(/password|captcha|otp|pin/i);

    // Rating waits for a settled dossier; the status element shows the change, and the journey goes on.
    expect(normalise(again.shadowRoot!.querySelector('.note')!.textContent)).to.equal('Bạn có thể đánh giá khi hồ sơ đã được giải quyết.');
    await waitUntil(() => status.shadowRoot!.querySelector('[part="status"]'), 'the status shows', { timeout: 8000 });
    await expect(again).to.be.accessible();
    await demoPost(base, 'dossiers/status', { code, status: 10 });
    await (status as HTMLElement & { refresh(): Promise<void> }).refresh();
    await waitUntil(() => [...again.shadowRoot!.querySelectorAll('button')].some((b) => normalise(b.textContent) === 'Tiếp tục'));
    button(again, 'Tiếp tục').click();
    await atStep(again, 'rate');
    const survey = $(again, 'dvc-satisfaction-survey')!;
    expect(survey.getAttribute('dossier-code')).to.equal(code);
    await expect(again).to.be.accessible();
    const complete = oneEvent(again, 'dvc-flow-complete');
    childEvent(survey, 'dvc-survey-complete', { dossierCode: code });
    await complete;
    await atStep(again, 'complete');
    expect(normalise(again.shadowRoot!.querySelector('p')!.textContent)).to.contain(code);
  });

  it('comes back from the payment provider to the payment step, taking the reference out of the address', async () => {
    const base = sandbox();
    const first = await mountFlow({ id: 'pay-return', base, procedure: PROCEDURE.code, steps: 'confirm,pay,status' });
    await waitUntil(() => $(first, 'form'), 'the summary shows');
    await autofillApplicant(first, 'Nguyễn Văn An', '001090012345');
    button(first, 'Nộp hồ sơ').click();
    await waitUntil(() => $(first, '.created'), 'filed', { timeout: 8000 });
    button(first, 'Tiếp tục').click();
    await atStep(first, 'pay');
    first.remove();

    const original = location.href;
    history.replaceState(history.state, '', `${location.pathname}?transactionId=txn_0123456789ab&keep=1`);
    try {
      const again = await mountFlow({ id: 'pay-return', base, procedure: PROCEDURE.code, steps: 'confirm,pay,status' });
      await atStep(again, 'pay');
      expect(new URL(location.href).searchParams.get('transactionId')).to.equal(null);
      expect(new URL(location.href).searchParams.get('keep')).to.equal('1');
      expect($(again, 'dvc-payment-selector')!.getAttribute('transaction-id')).to.equal('txn_0123456789ab');
    } finally {
      history.replaceState(history.state, '', original);
    }
  });

  it('offers the payment step from the status step’s "pay" action', async () => {
    const base = sandbox();
    const el = await fixture<DvcServiceFlow>(
      html`<dvc-service-flow id="action" backend=${base} steps="pay,status" dossier-code="000.00.06.H56-231027-0362"></dvc-service-flow>`,
    );
    await atStep(el, 'pay');
    expect($(el, 'dvc-payment-selector')!.getAttribute('dossier-code')).to.equal('000.00.06.H56-231027-0362');
    childEvent($(el, 'dvc-payment-selector')!, 'dvc-payment-result', {
      status: 'succeeded',
      transactionId: 'txn_0123456789ab',
      receipts: [],
    });
    await el.updateComplete;
    button(el, 'Tiếp tục').click();
    await atStep(el, 'status');
    const status = $(el, 'dvc-dossier-status')!;
    let prevented = false;
    document.addEventListener('dvc-dossier-action', (event) => (prevented = event.defaultPrevented), { once: true });
    childEvent(status, 'dvc-dossier-action', { dossierCode: '000.00.06.H56-231027-0362', action: 'pay-fees' });
    await atStep(el, 'pay');
    expect(prevented).to.equal(true);
  });

  it('shows the journey in English', async () => {
    const el = await mountFlow({ steps: 'search,account,confirm' });
    await setLocale('en');
    await el.updateComplete;
    expect(heading(el)).to.equal('Step 1 of 3 Find an administrative procedure');
    await expect(el).to.be.accessible();
    childEvent($(el, 'dvc-procedure-search')!, 'dvc-procedure-select', { procedure: PROCEDURE });
    await atStep(el, 'account');
    expect(heading(el)).to.equal('Step 2 of 3 Sign in or create an account');
    expect(button(el, 'Back to step 1')).to.not.equal(undefined);
  });

  it('asks once to reuse the verified profile, and fills what is still empty when the citizen agrees', async () => {
    const { existingAccount } = DEMO_FIXTURES;
    const session = createSession();
    session.signIn({ id: existingAccount.accountId, subject: 'citizen', method: 'phone', displayName: existingAccount.fullName });
    const el = await mountFlow({ base: sandbox(), steps: 'confirm', procedure: PROCEDURE.code, store: session });
    await atStep(el, 'confirm');
    await waitUntil(() => $(el, 'form'), 'the summary shows');
    const consent = $(el, 'dvc-profile-consent')!;
    const agree = () => [...consent.shadowRoot!.querySelectorAll('button')].find((b) => b.textContent!.trim() === 'Đồng ý dùng lại');
    await waitUntil(agree, 'the question is shown', { timeout: 8000 });
    const input = (name: string) => $<HTMLInputElement>(el, `input[name="${name}"]`)!;
    expect(input('fullName').value).to.equal(existingAccount.fullName);
    expect(input('idNumber').value, 'nothing reused before consent').to.equal('');
    await expect(el).to.be.accessible();

    input('email').value = 'minh@example.vn';
    input('email').dispatchEvent(new InputEvent('input', { bubbles: true, composed: true }));
    agree()!.click();
    await el.updateComplete;
    expect(input('idNumber').value).to.equal(existingAccount.idNumber);
    expect(input('phone').value).to.equal(existingAccount.phone);
    expect(input('email').value, 'what the citizen typed stays').to.equal('minh@example.vn');
  });

  it('greets a citizen already signed in instead of asking again', async () => {
    const session = createSession();
    session.signIn(ACCOUNT);
    const el = await mountFlow({ steps: 'account,confirm', procedure: PROCEDURE.code, store: session });
    await el.updateComplete;
    expect(normalise($(el, '.signed-in')!.textContent)).to.equal('Bạn đã đăng nhập với tên Lê Thị Hoa.');
    expect($(el, 'dvc-registration-wizard')).to.equal(null);
    await expect(el).to.be.accessible();
    button(el, 'Tiếp tục').click();
    await atStep(el, 'confirm');
    await waitUntil(() => $(el, 'form'), 'the summary shows');
    expect($<HTMLInputElement>(el, 'input[name="fullName"]')!.value).to.equal('Lê Thị Hoa');
  });
});
