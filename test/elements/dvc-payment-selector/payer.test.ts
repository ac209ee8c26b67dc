/** The payer fields in the light DOM: reachable by autofill and forms, checked, kept, never stored. */
import { expect, fixtureSync, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-payment-selector/define.js';
import type { DvcPaymentSelector } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.js';
import { createSession } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  $,
  DOSSIER,
  FEES,
  PROVIDERS,
  captureNavigation,
  clearPaymentStorage,
  countingBackend,
  demoPost,
  focused,
  headingIs,
  html,
  mainButton,
  mount,
  normalise,
  payerInput,
  radio,
  record,
  sandbox,
  summaryLinks,
  typeInto,
} from './helpers.js';

/** 10:00 in Vietnam: every configured window is open. */
const DAY = Date.UTC(2026, 0, 15, 3, 0);

const PAYER = {
  'full-name': 'Lê Thị Hoa',
  'id-number': '079190001234',
  address: '12 Lê Lợi, phường Bến Thành, TP. Hồ Chí Minh',
  phone: '0903 123 456',
  email: 'hoa.le@example.vn',
} as const;

function fill(el: DvcPaymentSelector) {
  for (const [name, value] of Object.entries(PAYER)) typeInto(payerInput(el, name as keyof typeof PAYER), value);
}

const selector = (session = createSession()) =>
  mount(
    html`<dvc-payment-selector
      dossier-code=${DOSSIER}
      .fees=${FEES}
      .providers=${PROVIDERS}
      .now=${() => DAY}
      .store=${session}
    ></dvc-payment-selector>`,
  );

describe('<dvc-payment-selector> payer fields', function () {
  this.timeout(30_000);
  beforeEach(() => clearPaymentStorage());
  afterEach(() => setLocale('vi'));

  it('renders native inputs in the light DOM, with labels and autocomplete tokens autofill understands', async () => {
    const el = await selector();
    const inputs = [...document.querySelectorAll<HTMLInputElement>('dvc-payment-selector input[name^="payer-"]')];
    expect(inputs.map((input) => input.name)).to.deep.equal([
      'payer-full-name',
      'payer-id-number',
      'payer-address',
      'payer-phone',
      'payer-email',
    ]);
    expect(inputs.every((input) => input.getRootNode() === document)).to.equal(true);
    expect(inputs.map((input) => input.autocomplete)).to.deep.equal(['name', 'off', 'street-address', 'tel', 'email']);
    expect(inputs.map((input) => input.type)).to.deep.equal(['text', 'text', 'text', 'tel', 'email']);
    // Each is labelled in its own tree, where `for` and `aria-describedby` resolve.
    const labels = inputs.map((input) => normalise(input.labels?.[0]?.textContent));
    expect(labels).to.deep.equal([
      'Họ và tên',
      'Số CCCD/CMND (không bắt buộc)',
      'Địa chỉ (không bắt buộc)',
      'Số điện thoại di động (không bắt buộc)',
      'Email nhận biên lai (không bắt buộc)',
    ]);
    const hint = document.getElementById(inputs[0].getAttribute('aria-describedby')!);
    expect(normalise(hint?.textContent)).to.match(/^Để trống thì biên lai ghi tên người đứng tên hồ sơ/);
    // They show inside the element, between the fee review and the providers.
    const slot = $<HTMLSlotElement>(el, 'slot[name="payer"]')!;
    expect(slot.assignedElements()[0].contains(inputs[0])).to.equal(true);
    expect(inputs[0].getBoundingClientRect().top).to.be.greaterThan($(el, 'table')!.getBoundingClientRect().bottom);
    expect(inputs[0].getBoundingClientRect().bottom).to.be.lessThan(radio(el, 'vnpay').getBoundingClientRect().top);
    await expect(el).to.be.accessible();
  });

  it('belongs to a surrounding form, which submits the payer with its own fields', async () => {
    const form = fixtureSync<HTMLFormElement>(`
      <form>
        <input name="page-field" value="x">
        <dvc-payment-selector dossier-code="${DOSSIER}"></dvc-payment-selector>
      </form>`);
    const el = form.querySelector('dvc-payment-selector')!;
    el.fees = FEES;
    await el.updateComplete;
    fill(el);
    expect(payerInput(el, 'email').form).to.equal(form);
    const data = new FormData(form);
    expect(data.get('payer-full-name')).to.equal('Lê Thị Hoa');
    expect(data.get('payer-email')).to.equal('hoa.le@example.vn');
    expect(data.get('page-field')).to.equal('x');
  });

  it('takes the theme tokens and shows a focus ring in the light DOM', async () => {
    const el = await selector();
    el.style.setProperty('--dvc-color-error', 'rgb(120, 0, 10)');
    typeInto(payerInput(el, 'phone'), '12');
    radio(el, 'vnpay').click();
    mainButton(el).click();
    await waitUntil(() => payerInput(el, 'phone').getAttribute('aria-invalid') === 'true');
    const phone = payerInput(el, 'phone');
    expect(getComputedStyle(phone).borderColor).to.equal('rgb(120, 0, 10)');
    expect(phone.getBoundingClientRect().height).to.be.at.least(24);
    payerInput(el, 'address').focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(phone);
    expect(getComputedStyle(phone).outlineStyle).to.equal('solid');
  });

  it('checks each filled field, shows the errors inline and in the summary, and clears them as they are fixed', async () => {
    const el = await selector();
    const submits = record(el, 'dvc-payment-submit');
    typeInto(payerInput(el, 'id-number'), '079190001234');
    typeInto(payerInput(el, 'phone'), '0123');
    typeInto(payerInput(el, 'email'), 'hoa.le@');
    radio(el, 'vnpay').click();
    mainButton(el).click();
    await waitUntil(() => summaryLinks(el).length === 3, 'three errors listed');
    expect(summaryLinks(el).map((a) => normalise(a.textContent))).to.deep.equal([
      'Họ và tên: Nhập họ và tên người nộp tiền, có dấu.',
      'Số điện thoại di động: Nhập số điện thoại di động Việt Nam, ví dụ 0912 345 678.',
      'Email nhận biên lai: Nhập email đúng dạng, ví dụ ten@example.vn.',
    ]);
    for (const name of ['full-name', 'phone', 'email'] as const) {
      const input = payerInput(el, name);
      expect(input.getAttribute('aria-invalid'), name).to.equal('true');
      const [errorId] = input.getAttribute('aria-describedby')!.split(' ');
      const linked = summaryLinks(el).find((a) =>
        normalise(a.textContent).endsWith(normalise(document.getElementById(errorId)!.textContent)),
      );
      expect(linked, `${name}: the summary repeats the inline message`).to.not.equal(undefined);
    }
    expect(payerInput(el, 'id-number').hasAttribute('aria-invalid')).to.equal(false);
    expect(submits).to.deep.equal([]);
    await expect(el).to.be.accessible();
    // The summary's link moves focus to the field.
    summaryLinks(el)[1].click();
    expect(focused()).to.equal(payerInput(el, 'phone'));
    // Fixing a field clears its inline error at once; Continue then clears the summary.
    typeInto(payerInput(el, 'phone'), '0903 123 456');
    await el.updateComplete;
    expect(payerInput(el, 'phone').hasAttribute('aria-invalid')).to.equal(false);
    typeInto(payerInput(el, 'full-name'), 'Lê Thị Hoa');
    typeInto(payerInput(el, 'email'), 'hoa.le@example.vn');
    el.addEventListener('dvc-payment-submit', (event) => event.preventDefault());
    mainButton(el).click();
    await waitUntil(() => summaryLinks(el).length === 0, 'the summary is cleared');
    expect(submits).to.have.length(1);
  });

  it('says the errors in English too', async () => {
    await setLocale('en');
    const el = await selector();
    typeInto(payerInput(el, 'email'), 'not an email');
    radio(el, 'vnpay').click();
    mainButton(el).click();
    await waitUntil(() => summaryLinks(el).length === 2);
    expect(summaryLinks(el).map((a) => normalise(a.textContent))).to.deep.equal([
      "Full name: Enter the payer's full name, with Vietnamese diacritics.",
      'Email for the receipts: Enter an email address in the right format, for example name@example.vn.',
    ]);
  });

  it('prefills from the profile the citizen agreed to reuse, also when it arrives later, without overwriting typing', async () => {
    const session = createSession();
    const el = await selector(session);
    expect(payerInput(el, 'full-name').value).to.equal('');
    session.setProfileConsent(true);
    session.rememberProfile({ fullName: 'Nguyễn Văn An', phone: '0912345678', email: 'an@example.vn' });
    await el.updateComplete;
    expect(payerInput(el, 'full-name').value).to.equal('Nguyễn Văn An');
    expect(payerInput(el, 'phone').value).to.equal('0912345678');
    expect(payerInput(el, 'email').value).to.equal('an@example.vn');
    typeInto(payerInput(el, 'full-name'), 'Nguyễn Thị Bình');
    session.rememberProfile({ address: 'Hà Nội' });
    await el.updateComplete;
    expect(payerInput(el, 'full-name').value).to.equal('Nguyễn Thị Bình');
  });

  it('keeps the answers through a failed request, a result and "choose another method", and stores none of them', async () => {
    const base = sandbox();
    await demoPost(base, 'faults', { call: 'createPayment', kind: 'server', times: 1 });
    const { backend } = countingBackend(base, { maxAttempts: 1 });
    const el = await mount(
      html`<dvc-payment-selector
        dossier-code=${DOSSIER}
        return-url="/return"
        .backend=${backend}
        .store=${createSession()}
      ></dvc-payment-selector>`,
    );
    const visited = captureNavigation(el);
    const details: unknown[] = [];
    for (const name of ['dvc-payment-method-change', 'dvc-payment-submit', 'dvc-payment-result', 'dvc-error', 'dvc-validity'])
      el.addEventListener(name, (event) => details.push((event as CustomEvent).detail));
    await waitUntil(() => el.shadowRoot!.querySelector('input[type="radio"]'), 'ready', { timeout: 5000 });
    fill(el);
    radio(el, 'vnpay').click();
    mainButton(el).click();
    await waitUntil(() => $(el, '[role="alert"]'), 'the failure is shown', { timeout: 5000 });
    expect(payerInput(el, 'full-name').value).to.equal('Lê Thị Hoa');
    expect(payerInput(el, 'email').value).to.equal('hoa.le@example.vn');
    $<HTMLButtonElement>(el, '[role="alert"] button')!.click();
    await waitUntil(() => visited.length === 1, 'went to the provider', { timeout: 5000 });
    // While leaving, the fields cannot change under the request.
    await el.updateComplete;
    expect(payerInput(el, 'full-name').disabled).to.equal(true);
    // The provider declines; back on the page the citizen chooses another method with the same answers.
    const transactionId = new URL(visited[0], location.href).searchParams.get('transactionId')!;
    await fetch(visited[0]);
    await fetch(`${base}/_demo/pay`, { method: 'POST', body: new URLSearchParams({ transactionId, outcome: 'failed' }) });
    el.transactionId = transactionId;
    await headingIs(el, 'Thanh toán không thành công');
    expect(el.querySelector('input')).to.equal(null);
    mainButton(el).click();
    await headingIs(el, 'Thanh toán phí, lệ phí');
    expect(payerInput(el, 'full-name').value).to.equal('Lê Thị Hoa');
    expect(payerInput(el, 'address').value).to.equal(PAYER.address);
    // None of it went to storage, the URL, or an event.
    const values = Object.values(PAYER).flatMap((value) => [value, value.replace(/\s/g, '')]);
    const stored = JSON.stringify({ ...sessionStorage }) + JSON.stringify({ ...localStorage }) + document.cookie;
    const published = JSON.stringify(details) + visited.join(' ') + location.href;
    for (const value of values) {
      expect(stored, 'storage').to.not.contain(value);
      expect(published, 'events and URLs').to.not.contain(value);
    }
    expect(details.length).to.be.greaterThan(3);
  });

  it('sends the payer for the receipts, and the server sends them to the phone and email given', async () => {
    const base = sandbox();
    const { backend } = countingBackend(base);
    const el = await mount(
      html`<dvc-payment-selector
        dossier-code=${DOSSIER}
        return-url="/return"
        .backend=${backend}
        .store=${createSession()}
      ></dvc-payment-selector>`,
    );
    const visited = captureNavigation(el);
    await waitUntil(() => el.shadowRoot!.querySelector('input[type="radio"]'), 'ready', { timeout: 5000 });
    fill(el);
    radio(el, 'vnpay').click();
    mainButton(el).click();
    await waitUntil(() => visited.length === 1, 'went to the provider', { timeout: 5000 });
    const transactionId = new URL(visited[0], location.href).searchParams.get('transactionId')!;
    await fetch(visited[0]);
    await fetch(`${base}/_demo/pay`, { method: 'POST', body: new URLSearchParams({ transactionId, outcome: 'succeeded' }) });
    const { receipts } = await backend.getReceipts({ transactionId });
    expect(receipts.map((receipt) => receipt.payerName)).to.deep.equal(['Lê Thị Hoa', 'Lê Thị Hoa']);
    const inbox = (await (await fetch(`${base}/_demo/inbox`)).json()) as { messages: { channel: string; to: string; link?: string }[] };
    expect(inbox.messages.map((m) => [m.channel, m.to])).to.deep.equal([
      ['sms', '0903123456'],
      ['email', 'hoa.le@example.vn'],
    ]);
    expect(inbox.messages[0].link).to.equal(receipts[0].url);
  });
});
