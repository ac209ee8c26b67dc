/** Phản ánh, kiến nghị over HTTP to the demo server, each test in its own sandbox. */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-feedback-form/define.js';
import type { DvcFeedbackForm } from '../../../src/elements/dvc-feedback-form/dvc-feedback-form.js';
import { DEMO_FIXTURES } from '../../../src/core/backend/demo/fixtures.js';
import type { AccountSummary } from '../../../src/core/events.js';
import { createSession, type Session } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';

const { existingAccount } = DEMO_FIXTURES;
const account: AccountSummary = {
  id: existingAccount.accountId,
  subject: 'citizen',
  method: 'phone',
  displayName: existingAccount.fullName,
};
const profile = { fullName: 'Trần Văn Minh', phone: '0912000001', email: 'minh.tran@example.vn', address: 'Số 12 Lý Thường Kiệt, Hà Nội' };

let sandboxes = 0;
const sandbox = () => `/api/sandbox/feedback-${Date.now().toString(36)}-${++sandboxes}`;
const COMMUNE = '00070';
const PDF = new TextEncoder().encode('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<< >>\nendobj\n');

const signedIn = (): Session => createSession({ account, profile, profileConsent: true });

function mount(session: Session, base = sandbox(), reference?: string): DvcFeedbackForm {
  return fixtureSync<DvcFeedbackForm>(
    html`<dvc-feedback-form
      backend-url=${base}
      sign-in-url="/dang-nhap"
      reference=${reference ?? ''}
      .store=${session}
    ></dvc-feedback-form>`,
  );
}

const text = (el: Element) => el.textContent!.replace(/\s+/g, ' ').trim();
const field = (el: DvcFeedbackForm, name: string) => el.querySelector<HTMLInputElement>(`[name="${name}"]`)!;
const button = (el: DvcFeedbackForm, label: string) => [...el.querySelectorAll('button')].find((b) => text(b) === label) ?? null;
function record<T>(target: EventTarget, type: string): T[] {
  const seen: T[] = [];
  target.addEventListener(type, (event) => seen.push((event as CustomEvent<T>).detail));
  return seen;
}
function type(input: HTMLInputElement | HTMLTextAreaElement, value: string) {
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true }));
}
function choose(el: DvcFeedbackForm, files: File[]) {
  const input = el.querySelector<HTMLInputElement>('input[type="file"]')!;
  const transfer = new DataTransfer();
  for (const file of files) transfer.items.add(file);
  input.files = transfer.files;
  input.dispatchEvent(new Event('change', { bubbles: true }));
}
async function captchaAnswer(base: string, el: DvcFeedbackForm): Promise<string> {
  await waitUntil(() => el.querySelector('.captcha img'), 'captcha shown', { timeout: 5000 });
  const captchaId = (el as unknown as { _captcha: { challenge: { id: string } } })._captcha.challenge.id;
  return ((await (await fetch(`${base}/_demo/captcha/${captchaId}`)).json()) as { answer: string }).answer;
}
async function fillRest(el: DvcFeedbackForm, base: string) {
  el.querySelector('dvc-address-picker')!.value = { provinceCode: '01', communeCode: COMMUNE, houseNumber: '12', street: 'Lý Thường Kiệt' };
  type(field(el, 'title'), 'Chậm trả kết quả hồ sơ');
  type(el.querySelector('textarea')!, 'Hồ sơ của tôi đã quá hạn trả kết quả mười ngày nhưng chưa nhận được thông báo.');
  type(field(el, 'captcha'), await captchaAnswer(base, el));
}

describe('<dvc-feedback-form>', () => {
  afterEach(() => setLocale('vi'));

  it('asks someone not signed in to sign in, with no form', async () => {
    const el = mount(createSession());
    await el.updateComplete;
    expect(el.querySelector('form')).to.equal(null);
    expect(text(el)).to.contain('Bạn cần đăng nhập');
    expect(el.querySelector('a')!.getAttribute('href')).to.equal('/dang-nhap');
    await expect(el).to.be.accessible();
  });

  it('prefills from the consented profile in light-DOM inputs autofill reaches', async () => {
    const el = mount(signedIn());
    await el.updateComplete;
    expect([field(el, 'fullName').value, field(el, 'phone').value, field(el, 'email').value]).to.deep.equal([
      profile.fullName,
      profile.phone,
      profile.email,
    ]);
    expect([field(el, 'fullName').autocomplete, field(el, 'phone').autocomplete, field(el, 'email').autocomplete]).to.deep.equal([
      'name',
      'tel',
      'email',
    ]);
    // The address picker, registered by the form when it connects, puts its house-number and
    // street inputs in the light DOM as well.
    await customElements.whenDefined('dvc-address-picker');
    const picker = el.querySelector('dvc-address-picker')!;
    await picker.updateComplete;
    expect([...picker.querySelectorAll('input')].map((input) => input.autocomplete)).to.include('address-line1');
    await waitUntil(() => el.querySelector('.captcha img'), 'captcha shown', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('lists what to fix, and refuses content that is clearly not Vietnamese saying why', async () => {
    const el = mount(signedIn());
    await el.updateComplete;
    type(field(el, 'title'), 'Hồ sơ chậm');
    type(el.querySelector('textarea')!, 'My application is ten days late and nobody told me why.');
    button(el, 'Tiếp tục')!.click();
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length > 0, 'summary filled', { timeout: 3000 });
    expect(summary.errors.map((error) => error.label)).to.deep.equal(['Địa chỉ', 'Nội dung phản ánh, kiến nghị', 'Mã xác thực']);
    expect(text(el)).to.contain('Vui lòng viết bằng tiếng Việt có dấu để cơ quan tiếp nhận hiểu đúng nội dung.');
    expect(el.querySelector('textarea')!.getAttribute('aria-invalid')).to.equal('true');
    expect(el.querySelector('textarea')!.value).to.contain('My application');
    await expect(el).to.be.accessible();
  });

  it('checks each file when chosen, lists it with a remove button, and sends it by id', async () => {
    const base = sandbox();
    const el = mount(signedIn(), base);
    await el.updateComplete;
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    choose(el, [new File(['MZ'], 'setup.exe', { type: 'application/x-msdownload' })]);
    await waitUntil(() => el.querySelector('.field.invalid'), 'refusal shown', { timeout: 3000 });
    expect(text(el)).to.contain('Tệp "setup.exe" không đúng định dạng.');
    expect(errors.at(-1)).to.deep.include({ code: 'invalid-input', field: 'attachments' });

    choose(el, [new File([PDF], 'giay-hen.pdf', { type: 'application/pdf' }), new File([PDF], 'bo-di.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 2, 'files listed', { timeout: 3000 });
    expect(el.querySelector('.field.invalid')).to.equal(null);
    button(el, 'Bỏ bo-di.pdf')!.click();
    await el.updateComplete;
    expect([...el.querySelectorAll('.files li > span')].map(text)).to.deep.equal(['giay-hen.pdf']);
    expect(document.activeElement).to.equal(el.querySelector('input[type="file"]'));
    await expect(el).to.be.accessible();

    await fillRest(el, base);
    const submits = record<{ title: string; attachments: number }>(el, 'dvc-feedback-submit');
    const completes = record<{ reference: string }>(el, 'dvc-feedback-complete');
    // Keyboard: Enter in a field continues to the check-answers step.
    field(el, 'title').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, 'Gửi phản ánh'), 'review shown', { timeout: 3000 });
    expect(document.activeElement?.tagName).to.equal('H2');
    expect(text(el.querySelector('dl')!)).to.contain('giay-hen.pdf');
    await expect(el).to.be.accessible();
    button(el, 'Gửi phản ánh')!.click();
    await waitUntil(() => completes.length === 1, 'sent', { timeout: 8000 });
    expect(submits).to.deep.equal([{ title: 'Chậm trả kết quả hồ sơ', attachments: 1 }]);
    expect(completes[0].reference).to.match(/^PAKN-\d{6}-\d{6}$/);
    expect(text(el)).to.contain(completes[0].reference);
    expect(el.getAttribute('reference')).to.equal(completes[0].reference);
    await expect(el).to.be.accessible();
  });

  it('keeps the answers on a server failure and a wrong captcha, with a new captcha each time', async () => {
    const base = sandbox();
    const el = mount(signedIn(), base);
    await el.updateComplete;
    await fillRest(el, base);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    await fetch(`${base}/_demo/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ call: 'submitFeedback', kind: 'server' }),
    });
    button(el, 'Tiếp tục')!.click();
    await waitUntil(() => button(el, 'Gửi phản ánh'), 'review shown', { timeout: 3000 });
    button(el, 'Gửi phản ánh')!.click();
    await waitUntil(() => el.querySelector('.failure'), 'failure shown', { timeout: 8000 });
    expect(errors.map((error) => error.code)).to.include('server');
    expect(field(el, 'title').value).to.equal('Chậm trả kết quả hồ sơ');
    expect(field(el, 'captcha').value).to.equal('');
    await el.updateComplete;
    expect(document.activeElement).to.equal(el.querySelector('.failure'));

    type(field(el, 'captcha'), 'ZZZZZ');
    button(el, 'Tiếp tục')!.click();
    await waitUntil(() => button(el, 'Gửi phản ánh'), 'review shown', { timeout: 3000 });
    button(el, 'Gửi phản ánh')!.click();
    await waitUntil(() => errors.some((error) => error.code === 'captcha-wrong'), 'captcha refused', { timeout: 8000 });
    expect(text(el)).to.contain('Mã xác thực không đúng. Vui lòng nhập mã trong hình mới.');
    expect(el.querySelector('textarea')!.value).to.contain('Hồ sơ của tôi');
    await waitUntil(() => el.querySelector('.captcha img'), 'new captcha', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('keeps the captcha answer when an upload fails, and sends on the next try at 320 px', async () => {
    const base = sandbox();
    const session = signedIn();
    const wrapper = fixtureSync<HTMLDivElement>(
      html`<div style="inline-size: 320px"><dvc-feedback-form backend-url=${base} .store=${session}></dvc-feedback-form></div>`,
    );
    const el = wrapper.querySelector('dvc-feedback-form')!;
    await el.updateComplete;
    await fetch(`${base}/_demo/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ call: 'uploadAttachment', kind: 'server' }),
    });
    choose(el, [new File([PDF], 'giay-hen.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 1, 'file listed', { timeout: 3000 });
    await fillRest(el, base);
    const answer = field(el, 'captcha').value;
    const completes = record<{ reference: string }>(el, 'dvc-feedback-complete');
    button(el, 'Tiếp tục')!.click();
    await waitUntil(() => button(el, 'Gửi phản ánh'), 'review shown', { timeout: 3000 });
    button(el, 'Gửi phản ánh')!.click();
    await waitUntil(() => el.querySelector('.failure'), 'failure shown', { timeout: 8000 });
    expect(field(el, 'captcha').value).to.equal(answer);
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
    button(el, 'Tiếp tục')!.click();
    await waitUntil(() => button(el, 'Gửi phản ánh'), 'review shown', { timeout: 3000 });
    button(el, 'Gửi phản ánh')!.click();
    await waitUntil(() => completes.length === 1, 'sent', { timeout: 8000 });
    expect(completes[0].reference).to.match(/^PAKN-/);
  });

  it('follows a feedback up by reference, in English too', async () => {
    const base = sandbox();
    const backendEl = mount(signedIn(), base);
    await backendEl.updateComplete;
    await fillRest(backendEl, base);
    const completes = record<{ reference: string }>(backendEl, 'dvc-feedback-complete');
    button(backendEl, 'Tiếp tục')!.click();
    await waitUntil(() => button(backendEl, 'Gửi phản ánh'), 'review shown', { timeout: 3000 });
    button(backendEl, 'Gửi phản ánh')!.click();
    await waitUntil(() => completes.length === 1, 'sent', { timeout: 8000 });
    const { reference } = completes[0];
    await fetch(`${base}/_demo/feedback/answer`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ reference, status: 'answered', agency: 'Sở Tư pháp Hà Nội', text: 'Hồ sơ đã được trả kết quả.' }),
    });
    await setLocale('en');
    const el = mount(createSession({ locale: 'en' }), base, reference);
    await waitUntil(() => el.querySelector('.answers'), 'answers shown', { timeout: 5000 });
    expect(text(el)).to.contain('Answered');
    expect(text(el)).to.contain('Sở Tư pháp Hà Nội');
    expect(text(el)).to.contain('Hồ sơ đã được trả kết quả.');
    await expect(el).to.be.accessible();

    const missing = mount(createSession({ locale: 'en' }), base, 'PAKN-200101-000000');
    await waitUntil(() => missing.querySelector('[role="alert"]'), 'not found shown', { timeout: 5000 });
    expect(text(missing)).to.contain('No feedback was found with reference PAKN-200101-000000.');
  });
});
