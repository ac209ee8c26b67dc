/** Every failure keeps the answers, says what happened in the page's language and fires `dvc-error`. */
import { expect, waitUntil } from '@open-wc/testing';
import {
  button,
  captchaAnswer,
  choose,
  consented,
  demoPost,
  expectFocus,
  field,
  fillIn,
  mount,
  PDF,
  QUESTION,
  radio,
  record,
  recordingBackend,
  sandbox,
  text,
  toReview,
  typeInto,
  type Support,
} from './helpers.js';

const failureText = (el: Support) => text(el.querySelector('.failure'));

/** The answers as the form shows them. */
const answers = (el: Support) => ({
  category: el.querySelector<HTMLInputElement>('input[name="category"]:checked')?.value,
  question: el.querySelector<HTMLTextAreaElement>('textarea[name="question"]')!.value,
  channel: el.querySelector<HTMLInputElement>('input[name="contactChannel"]:checked')?.value,
  email: field(el, 'email').value,
  files: [...el.querySelectorAll('.files li > span')].map(text),
});

const KEPT = { category: 'portal', question: QUESTION, channel: 'email', email: 'minh.tran@example.vn', files: [] };

describe('<dvc-support-request> failures', function () {
  this.timeout(20_000);

  const cases = [
    ['server', 'server', 'Hệ thống đang gặp sự cố. Vui lòng thử lại sau ít phút.'],
    ['malformed', 'malformed-response', 'Máy chủ trả về dữ liệu không hợp lệ. Vui lòng thử lại sau.'],
    ['rate-limited', 'rate-limited', 'Bạn đã thao tác quá nhiều lần. Vui lòng chờ một lát rồi thử lại.'],
    ['timeout', 'timeout', 'Máy chủ phản hồi quá lâu. Vui lòng thử lại sau ít phút.'],
  ] as const;
  for (const [kind, code, message] of cases) {
    it(`keeps the answers on ${kind}, asks for a new captcha, and sends on the next try`, async () => {
      const base = sandbox();
      const { backend } = recordingBackend(base, { timeoutMs: kind === 'timeout' ? 1500 : 8000 });
      const el = mount(consented(), backend);
      await fillIn(el, base);
      const errors = record<{ code: string; message: string; field?: string }>(el, 'dvc-error');
      const completes = record<{ reference: string }>(el, 'dvc-support-request-complete');
      await demoPost(base, 'faults', { call: 'submitSupportRequest', kind });
      await toReview(el);
      button(el, 'Gửi yêu cầu')!.click();
      await waitUntil(() => failureText(el), 'failure shown', { timeout: 8000 });
      expect(failureText(el)).to.equal(message);
      expect(errors).to.deep.equal([{ code, message }]);
      expect(answers(el)).to.deep.equal(KEPT);
      // The captcha was used up: its answer is cleared and a new image comes.
      expect(field(el, 'captcha').value).to.equal('');
      await el.updateComplete;
      expectFocus(el.querySelector('.failure'));
      await expect(el).to.be.accessible();

      typeInto(field(el, 'captcha'), await captchaAnswer(base, el));
      await toReview(el);
      button(el, 'Gửi yêu cầu')!.click();
      await waitUntil(() => completes.length === 1, 'sent on the next try', { timeout: 8000 });
    });
  }

  it('says a wrong captcha at the captcha field, with a new image and every answer kept', async () => {
    const base = sandbox();
    const el = mount(consented(), base);
    await fillIn(el, base);
    typeInto(field(el, 'captcha'), 'ZZZZZ');
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    await toReview(el);
    button(el, 'Gửi yêu cầu')!.click();
    await waitUntil(() => errors.length > 0, 'refused', { timeout: 8000 });
    expect(errors[0]).to.deep.include({ code: 'captcha-wrong', field: 'captchaAnswer' });
    await el.updateComplete;
    const captcha = field(el, 'captcha');
    // The error summary takes focus and links to the field.
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.shadowRoot!.activeElement !== null, 'summary focused', { timeout: 3000 });
    expect(summary.errors.map((error) => [error.label, error.target === captcha])).to.deep.equal([['Mã xác thực', true]]);
    expect(captcha.getAttribute('aria-invalid')).to.equal('true');
    expect(text(el.querySelector(`#${captcha.getAttribute('aria-describedby')!.split(' ')[1]}`))).to.equal(
      'Mã xác thực không đúng. Vui lòng nhập mã trong hình mới.',
    );
    expect(answers(el)).to.deep.equal(KEPT);
    await waitUntil(() => el.querySelector('.captcha img'), 'new captcha', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('says an expired captcha in the same place', async () => {
    const base = sandbox();
    const el = mount(consented(), base);
    await fillIn(el, base);
    await demoPost(base, 'clock', { advanceMs: 6 * 60_000 });
    const errors = record<{ code: string; message: string }>(el, 'dvc-error');
    await toReview(el);
    button(el, 'Gửi yêu cầu')!.click();
    await waitUntil(() => errors.length > 0, 'refused', { timeout: 8000 });
    expect(errors[0]).to.deep.include({ code: 'captcha-expired', message: 'Mã xác thực đã hết hạn. Vui lòng nhập mã trong hình mới.' });
    await el.updateComplete;
    expect(text(el)).to.contain('Mã xác thực đã hết hạn.');
    expect(answers(el)).to.deep.equal(KEPT);
  });

  it('refuses a file the browser can tell is wrong, saying which and why', async () => {
    const el = mount(consented(), sandbox());
    await el.updateComplete;
    const errors = record<{ code: string; field?: string; message: string }>(el, 'dvc-error');
    choose(el, [new File(['MZ'], 'cai-dat.exe', { type: 'application/x-msdownload' })]);
    await waitUntil(() => el.querySelector('.field.invalid input[type="file"]'), 'refusal shown', { timeout: 3000 });
    expect(errors).to.have.length(1);
    expect(errors[0]).to.deep.include({ code: 'invalid-input', field: 'attachments' });
    expect(errors[0].message).to.match(/^Tệp "cai-dat\.exe" không đúng định dạng\./);
    expect(el.querySelectorAll('.files li')).to.have.length(0);
    await expect(el).to.be.accessible();
  });

  it('names a file the server refuses, keeping the captcha answer it did not use', async () => {
    const base = sandbox();
    // Something on the way swaps the file's bytes: the server checks them and refuses.
    const { backend } = recordingBackend(base, {
      rewrite: (path, init) => (path === '/attachments' ? { ...init, body: new Blob(['not a pdf'], { type: 'application/pdf' }) } : init),
    });
    const el = mount(consented(), backend);
    await fillIn(el, base);
    choose(el, [new File([PDF], 'giay-hen.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 1, 'file listed', { timeout: 3000 });
    const answer = field(el, 'captcha').value;
    const errors = record<{ code: string; field?: string; message: string }>(el, 'dvc-error');
    await toReview(el);
    button(el, 'Gửi yêu cầu')!.click();
    await waitUntil(() => errors.length > 0, 'refused', { timeout: 8000 });
    expect(errors[0]).to.deep.include({ code: 'invalid-input', field: 'attachments' });
    expect(errors[0].message).to.match(/^Nội dung tệp "giay-hen\.pdf" không khớp/);
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.shadowRoot!.activeElement !== null, 'summary focused', { timeout: 3000 });
    expect(summary.errors.map((error) => error.target === el.querySelector('input[type="file"]'))).to.deep.equal([true]);
    expect(field(el, 'captcha').value).to.equal(answer);
    expect(answers(el)).to.deep.equal({ ...KEPT, files: ['giay-hen.pdf'] });
  });

  it('uploads the files again when the kept uploads expired before the request went', async () => {
    const base = sandbox();
    const { backend, sent } = recordingBackend(base);
    const el = mount(consented(), backend);
    await fillIn(el, base);
    choose(el, [new File([PDF], 'giay-hen.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 1, 'file listed', { timeout: 3000 });
    const errors = record<{ code: string; message: string }>(el, 'dvc-error');
    const completes = record<{ reference: string }>(el, 'dvc-support-request-complete');
    const uploads = () => sent.filter((entry) => entry.call === 'POST /attachments').length;
    const send = async () => {
      typeInto(field(el, 'captcha'), await captchaAnswer(base, el));
      await toReview(el);
      button(el, 'Gửi yêu cầu')!.click();
    };

    await demoPost(base, 'faults', { call: 'submitSupportRequest', kind: 'server' });
    button(el, 'Tiếp tục')!.click();
    await waitUntil(() => button(el, 'Gửi yêu cầu'), 'check answers shown', { timeout: 5000 });
    button(el, 'Gửi yêu cầu')!.click();
    await waitUntil(() => errors.length === 1, 'first failure', { timeout: 8000 });
    expect(uploads()).to.equal(1);

    // An hour later the server no longer has the upload; a fresh captcha is needed too.
    await demoPost(base, 'clock', { advanceMs: 61 * 60_000 });
    await waitUntil(() => el.querySelector('.captcha img'), 'captcha shown', { timeout: 5000 });
    button(el, 'Lấy mã khác')!.click();
    await el.updateComplete;
    await send();
    await waitUntil(() => errors.length === 2, 'second failure', { timeout: 8000 });
    expect(errors[1]).to.deep.equal({ code: 'not-found', message: 'Tệp đính kèm đã hết hạn lưu tạm; hệ thống sẽ tải lại khi bạn gửi.' });
    expect(failureText(el)).to.equal(errors[1].message);
    expect(uploads()).to.equal(1);
    expect(answers(el)).to.deep.equal({ ...KEPT, files: ['giay-hen.pdf'] });

    await send();
    await waitUntil(() => completes.length === 1, 'sent', { timeout: 8000 });
    expect(uploads()).to.equal(2);
  });

  it('keeps going when the captcha cannot be loaded, and loads another on request', async () => {
    const base = sandbox();
    await demoPost(base, 'faults', { call: 'getCaptcha', kind: 'server' });
    const { backend } = recordingBackend(base);
    const el = mount(consented(), backend);
    const error = await new Promise<{ code: string; field?: string }>((resolve) =>
      el.addEventListener('dvc-error', (event) => resolve(event.detail), { once: true }),
    );
    expect(error).to.deep.include({ code: 'server', field: 'captchaAnswer' });
    await el.updateComplete;
    expect(text(el.querySelector('.captcha'))).to.contain('Hệ thống đang gặp sự cố.');
    radio(el, 'category', 'other').click();
    button(el, 'Lấy mã khác')!.click();
    await waitUntil(() => el.querySelector('.captcha img'), 'captcha shown', { timeout: 5000 });
    expect(radio(el, 'category', 'other').checked).to.equal(true);
  });
});
