/** Đề nghị hỗ trợ over HTTP to the demo server, each test in its own sandbox. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createSession } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  button,
  choose,
  consented,
  deepActive,
  describeElement,
  expectFocus,
  field,
  fillIn,
  mount,
  PDF,
  profile,
  QUESTION,
  radio,
  record,
  recordingBackend,
  sandbox,
  status,
  text,
  toReview,
  typeInto,
} from './helpers.js';

describe('<dvc-support-request>', function () {
  this.timeout(30_000);
  afterEach(() => setLocale('vi'));

  it('needs no account, and prefills name, phone and email from the consented profile in inputs autofill reaches', async () => {
    const session = createSession({
      profile,
      profileConsent: true,
      procedure: { code: '1.000253', name: 'Khai báo tạm trú cho người nước ngoài' },
    });
    const el = mount(session, sandbox());
    await el.updateComplete;
    expect(session.getState().account).to.equal(null);
    expect(el.shadowRoot === null, 'renders in the light DOM').to.equal(true);
    expect(field(el, 'fullName').value).to.equal(profile.fullName);
    expect(field(el, 'fullName').autocomplete).to.equal('name');
    radio(el, 'contactChannel', 'phone').click();
    await el.updateComplete;
    expect([field(el, 'phone').value, field(el, 'phone').autocomplete, field(el, 'phone').type]).to.deep.equal([
      profile.phone,
      'tel',
      'tel',
    ]);
    radio(el, 'contactChannel', 'email').click();
    await el.updateComplete;
    expect(describeElement(field(el, 'phone'))).to.equal('nothing');
    expect([field(el, 'email').value, field(el, 'email').autocomplete]).to.deep.equal([profile.email, 'email']);
    // The procedure chosen on the page is offered, with a way to change or remove it.
    expect(text(el.querySelector('.chosen'))).to.equal('Khai báo tạm trú cho người nước ngoài (1.000253)');
    await waitUntil(() => el.querySelector('.captcha img'), 'captcha shown', { timeout: 5000 });
    await expect(el).to.be.accessible();
  });

  it('lists what to fix in on-screen order, and the links move focus to each field', async () => {
    const el = mount(createSession(), sandbox());
    await el.updateComplete;
    radio(el, 'category', 'procedure').click();
    typeInto(field<HTMLTextAreaElement>(el, 'question'), 'How do I register my temporary residence online?');
    radio(el, 'contactChannel', 'phone').click();
    await el.updateComplete;
    typeInto(field(el, 'phone'), '0123');
    button(el, 'Tiếp tục')!.click();
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length > 0, 'summary filled', { timeout: 5000 });
    expect(summary.errors.map((error) => error.label)).to.deep.equal([
      'Thủ tục liên quan',
      'Câu hỏi của bạn',
      'Họ và tên',
      'Số điện thoại',
      'Mã xác thực',
    ]);
    expect(summary.errors[1].message).to.equal('Vui lòng viết bằng tiếng Việt có dấu để tổng đài hiểu đúng câu hỏi.');
    expect(text(el)).to.contain('Vui lòng viết bằng tiếng Việt có dấu để tổng đài hiểu đúng câu hỏi.');
    const question = field<HTMLTextAreaElement>(el, 'question');
    expect(question.getAttribute('aria-invalid')).to.equal('true');
    expect(question.value).to.equal('How do I register my temporary residence online?');
    await waitUntil(() => summary.shadowRoot!.activeElement !== null, 'summary focused', { timeout: 3000 });
    await customElements.whenDefined('dvc-procedure-search');
    await el.querySelector('dvc-procedure-search')!.updateComplete;
    const links = [...summary.shadowRoot!.querySelectorAll('a')];
    links[1].click();
    expectFocus(question);
    links[0].click();
    // The procedure picker takes focus in its search field.
    expect(deepActive()?.id).to.equal('search-input');
    await expect(el).to.be.accessible();
  });

  it('counts the question down, announcing the count politely once typing pauses', async () => {
    const el = mount(createSession(), sandbox());
    await el.updateComplete;
    const question = field<HTMLTextAreaElement>(el, 'question');
    const count = el.querySelector(`#${question.getAttribute('aria-describedby')!.split(' ')[1]}`)!;
    expect(text(count)).to.equal('Bạn còn 5.000 ký tự');
    typeInto(question, 'Tôi cần hỗ trợ');
    await el.updateComplete;
    expect(text(count)).to.equal('Bạn còn 4.986 ký tự');
    // Not on every key: only once typing has paused.
    await new Promise((resolve) => setTimeout(resolve, 400));
    expect(status(el)).to.equal('');
    await waitUntil(() => status(el) === 'Bạn còn 4.986 ký tự', 'count announced', { timeout: 3000 });
    typeInto(question, 'á'.repeat(5003));
    await el.updateComplete;
    expect(text(count)).to.equal('Bạn đã viết quá 3 ký tự');
    expect(count.classList.contains('over')).to.equal(true);
    button(el, 'Tiếp tục')!.click();
    await waitUntil(() => el.querySelector('.field.invalid textarea'), 'question refused', { timeout: 5000 });
    expect(text(el)).to.contain('Câu hỏi không được dài quá 5.000 ký tự.');
  });

  it('picks the related procedure with the search picker, announced, without changing the page session', async () => {
    const base = sandbox();
    const session = createSession();
    const el = mount(session, base);
    await el.updateComplete;
    const selections = record(document, 'dvc-procedure-select');
    expect(describeElement(el.querySelector('dvc-procedure-search'))).to.equal('nothing');
    // Keyboard: arrow keys move through the category radios.
    radio(el, 'category', 'portal').focus();
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(radio(el, 'category', 'procedure').checked).to.equal(true);
    const picker = el.querySelector('dvc-procedure-search')!;
    expect(picker?.localName).to.equal('dvc-procedure-search');
    // The picker's code loads on demand.
    await customElements.whenDefined('dvc-procedure-search');
    await picker.updateComplete;
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('#search-input')!;
    input.focus();
    await sendKeys({ type: '1.000253' });
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => picker.shadowRoot!.querySelector('.result-link'), 'results shown', { timeout: 8000 });
    picker.shadowRoot!.querySelector<HTMLButtonElement>('.result-link[data-code="1.000253"]')!.click();
    await waitUntil(() => picker.shadowRoot!.querySelector('[part="choose"]'), 'detail shown', { timeout: 5000 });
    picker.shadowRoot!.querySelector<HTMLButtonElement>('[part="choose"]')!.click();
    await el.updateComplete;
    const chosen = text(el.querySelector('.chosen'));
    expect(chosen).to.match(/^Khai báo tạm trú cho người nước ngoài .* \(1\.000253\)$/);
    expect(status(el)).to.match(/^Đã chọn thủ tục: Khai báo tạm trú/);
    expectFocus(button(el, 'Đổi thủ tục'));
    expect(selections).to.have.length(0);
    expect(session.getState().procedure).to.equal(null);
    await expect(el).to.be.accessible();

    // Change opens the picker again, with focus in its field.
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => deepActive()?.id === 'search-input', 'picker focused', { timeout: 3000 });
    expect(describeElement(el.querySelector('.chosen'))).to.equal('nothing');
  });

  it('sends the answers after the check-answers step, and shows and announces the reference', async () => {
    const base = sandbox();
    const { backend, sent } = recordingBackend(base);
    const el = mount(consented(), backend);
    await fillIn(el, base);
    choose(el, [new File([PDF], 'anh-chup-man-hinh.pdf', { type: 'application/pdf' })]);
    await waitUntil(() => el.querySelectorAll('.files li').length === 1, 'file listed', { timeout: 3000 });
    const submits = record<Record<string, unknown>>(el, 'dvc-support-request-submit');
    const completes = record<{ reference: string }>(el, 'dvc-support-request-complete');
    const errors = record(el, 'dvc-error');

    // Keyboard: Enter in a field continues to the check-answers step.
    field(el, 'fullName').focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => button(el, 'Gửi yêu cầu'), 'check answers shown', { timeout: 5000 });
    expect(document.activeElement?.tagName).to.equal('H2');
    const rows = [...el.querySelectorAll('.review > div')].map((row) => [text(row.querySelector('dt')), text(row.querySelector('dd'))]);
    expect(rows).to.deep.equal([
      ['Vấn đề cần hỗ trợ', 'Sử dụng Cổng Dịch vụ công'],
      ['Thủ tục liên quan', 'Không có'],
      ['Câu hỏi của bạn', QUESTION],
      ['Tệp đính kèm', 'anh-chup-man-hinh.pdf'],
      ['Họ và tên', profile.fullName],
      ['Nhận trả lời qua', `Thư điện tử: ${profile.email}`],
    ]);
    // Each "change" button is one line of text at the 44 px target size, not the template's line breaks.
    for (const change of el.querySelectorAll('.review button')) expect(change.getBoundingClientRect().height).to.be.closeTo(44, 0.5);
    await expect(el).to.be.accessible();

    // "Change" goes back to that answer; continuing comes back here with everything kept.
    button(el, 'Thay đổi Câu hỏi của bạn')!.click();
    await el.updateComplete;
    expectFocus(field(el, 'question'));
    // Typing just before sending: the count, announced after a pause, must not talk over the outcome.
    typeInto(field<HTMLTextAreaElement>(el, 'question'), QUESTION);
    await toReview(el);
    button(el, 'Gửi yêu cầu')!.click();
    await waitUntil(() => completes.length === 1, 'sent', { timeout: 8000 });
    const { reference } = completes[0];
    expect(reference).to.match(/^HT-\d{6}-\d{6}$/);
    expect(submits).to.deep.equal([{ category: 'portal', attachments: 1 }]);
    expect(errors).to.deep.equal([]);

    const request = sent.find((entry) => entry.call === 'POST /support-requests')!.body as Record<string, unknown>;
    expect(request).to.deep.include({ category: 'portal', question: QUESTION, fullName: profile.fullName, contactChannel: 'email' });
    expect(request.email).to.equal(profile.email);
    // Only the channel the answer goes to leaves the page.
    expect(request).to.not.have.property('phone');
    expect((request.attachmentIds as string[]).length).to.equal(1);
    // No event carries the question or the contact details.
    const details = JSON.stringify([submits, completes]);
    for (const secret of [QUESTION, profile.email, profile.fullName]) expect(details).to.not.contain(secret);

    await el.updateComplete;
    expect(text(el.querySelector('.reference strong'))).to.equal(reference);
    expectFocus(el.querySelector('h2'));
    expect(text(el.querySelector('h2'))).to.equal('Đã gửi yêu cầu hỗ trợ');
    await new Promise((resolve) => setTimeout(resolve, 1100));
    expect(status(el)).to.equal(`Đã gửi yêu cầu hỗ trợ. Mã yêu cầu của bạn là ${reference}.`);
    const inbox = (await (await fetch(`${base}/_demo/inbox`)).json()) as { messages: { channel: string; to: string; text: string }[] };
    expect(inbox.messages.map((message) => [message.channel, message.to])).to.deep.equal([['email', profile.email]]);
    expect(inbox.messages[0].text).to.contain(reference);
    await expect(el).to.be.accessible();

    // Copy the reference, then ask another question with the contact details kept.
    const copied: string[] = [];
    const clipboard = Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')!;
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: (value: string) => (copied.push(value), Promise.resolve()) },
    });
    try {
      button(el, 'Sao chép mã')!.click();
      await waitUntil(() => status(el) === 'Đã sao chép mã yêu cầu.', 'copy announced', { timeout: 3000 });
      expect(copied).to.deep.equal([reference]);
    } finally {
      delete (navigator as unknown as Record<string, unknown>).clipboard;
      expect(Object.getOwnPropertyDescriptor(Navigator.prototype, 'clipboard')).to.deep.equal(clipboard);
    }
    button(el, 'Gửi yêu cầu khác')!.click();
    await el.updateComplete;
    expect(field(el, 'question').value).to.equal('');
    expect(radio(el, 'category', 'portal').checked).to.equal(false);
    expect(field(el, 'email').value).to.equal(profile.email);
    expectFocus(el.querySelector('h2'));
  });

  it('can be cancelled by the page before anything is sent', async () => {
    const base = sandbox();
    const { backend, sent } = recordingBackend(base);
    const el = mount(consented(), backend);
    await fillIn(el, base);
    radio(el, 'category', 'procedure').click();
    await el.updateComplete;
    el.addEventListener('dvc-support-request-submit', (event) => event.preventDefault());
    (el as unknown as { _procedure: unknown })._procedure = { code: '1.000253', name: 'Khai báo tạm trú' };
    await toReview(el);
    const submits = record(el, 'dvc-support-request-submit');
    button(el, 'Gửi yêu cầu')!.click();
    await el.updateComplete;
    expect(submits).to.deep.equal([{ category: 'procedure', procedureCode: '1.000253', attachments: 0 }]);
    expect(sent.filter((entry) => entry.call.startsWith('POST'))).to.deep.equal([]);
    expect(describeElement(button(el, 'Gửi yêu cầu'))).to.equal('<button> Gửi yêu cầu');
  });

  it('reports an invalid category attribute and keeps working; a valid one preselects', async () => {
    const el = mount(createSession(), sandbox());
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    const warn = console.warn;
    const warnings: unknown[][] = [];
    console.warn = (...args: unknown[]) => void warnings.push(args);
    try {
      el.setAttribute('category', 'khac');
    } finally {
      console.warn = warn;
    }
    await el.updateComplete;
    expect(errors).to.deep.equal([
      { code: 'invalid-attribute', message: 'Cấu hình "category" không hợp lệ nên đã được bỏ qua.', field: 'category' },
    ]);
    expect(String(warnings[0]?.[0])).to.contain('<dvc-support-request> ignored an invalid "category"');
    expect(describeElement(el.querySelector('input[name="category"]:checked'))).to.equal('nothing');
    el.setAttribute('category', 'payment');
    await el.updateComplete;
    expect(radio(el, 'category', 'payment').checked).to.equal(true);
    expect(el.category).to.equal('payment');
  });

  it('speaks English and fits 320 px', async () => {
    await setLocale('en');
    const el = mount(createSession({ locale: 'en' }), sandbox(), 320);
    await el.updateComplete;
    expect(text(el.querySelector('h2'))).to.equal('Ask for help');
    expect(text(el.querySelector('legend'))).to.equal('What do you need help with? *');
    button(el, 'Continue')!.click();
    await el.updateComplete;
    const summary = el.querySelector('dvc-error-summary')!;
    await waitUntil(() => summary.errors.length > 0, 'summary filled', { timeout: 5000 });
    expect(summary.errors.map((error) => error.message)).to.deep.equal([
      'Choose what you need help with.',
      'Enter your question.',
      'Enter your full name.',
      'Choose how you want to get the answer.',
      'Enter the verification code.',
    ]);
    expect(text(el)).to.contain('You have 5,000 characters remaining');
    await waitUntil(() => el.querySelector('.captcha img'), 'captcha shown', { timeout: 5000 });
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();

    // The procedure picker fits too, its filters folded away.
    radio(el, 'category', 'procedure').click();
    await customElements.whenDefined('dvc-procedure-search');
    const picker = el.querySelector('dvc-procedure-search')!;
    await picker.updateComplete;
    const input = picker.shadowRoot!.querySelector<HTMLInputElement>('#search-input')!;
    expect(input.labels?.[0]?.textContent?.trim()).to.equal('Find the procedure by name or code');
    input.value = 'temporary residence';
    input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
    picker.shadowRoot!.querySelector<HTMLFormElement>('form')!.requestSubmit();
    await waitUntil(() => picker.shadowRoot!.querySelector('.results'), 'results shown', { timeout: 8000 });
    expect(el.scrollWidth).to.be.at.most(320);
    await expect(el).to.be.accessible();
  });
});
