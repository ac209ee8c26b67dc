/** Review, choice, submit, attributes, keyboard, accessibility and locale (no backend needed). */
import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-payment-selector/define.js';
import type { DvcPaymentSelector } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.js';
import { styles } from '../../../src/elements/dvc-payment-selector/dvc-payment-selector.styles.js';
import { readTransactionReference, withoutTransactionReference } from '../../../src/elements/dvc-payment-selector/return-reference.js';
import { providerRefusal } from '../../../src/core/data/payment-providers.js';
import { createSession } from '../../../src/core/session.js';
import { setLocale } from '../../../src/i18n/locale.js';
import {
  $,
  $$,
  DOSSIER,
  FEES,
  PROVIDERS,
  focused,
  heading,
  html,
  mainButton,
  mount,
  normalise,
  payerInput,
  radio,
  record,
  summary,
  summaryLinks,
  typeInto,
} from './helpers.js';

/** 10:00 in Vietnam (03:00 UTC): Payoo's 05:00–23:00 window is open. */
const DAY = Date.UTC(2026, 0, 15, 3, 0);
/** 00:30 in Vietnam (17:30 UTC the day before): Payoo is closed. */
const NIGHT = Date.UTC(2026, 0, 14, 17, 30);

const money = (s: string) => s.replace(/\u00a0/g, ' ');

async function review(now = DAY, lang?: string) {
  return mount(
    html`<dvc-payment-selector
      lang=${lang ?? 'vi'}
      dossier-code=${DOSSIER}
      procedure-name="Cấp giấy phép xây dựng"
      .fees=${FEES}
      .providers=${PROVIDERS}
      .now=${() => now}
      .store=${createSession()}
    ></dvc-payment-selector>`,
  );
}

const rows = (el: DvcPaymentSelector) => $$(el, 'tr').map((row) => money(normalise(row.textContent)));

describe('<dvc-payment-selector> review and choice', function () {
  this.timeout(30_000);
  afterEach(() => setLocale('vi'));

  it('groups lệ phí and phí with subtotals and the total, in Vietnamese money format', async () => {
    const el = await review();
    expect(heading(el)).to.equal('Thanh toán phí, lệ phí');
    expect(rows(el)).to.deep.equal([
      'Khoản thu Số tiền',
      'Lệ phí',
      'Lệ phí giải quyết thủ tục hành chính 50.000 ₫',
      'Cộng lệ phí 50.000 ₫',
      'Phí',
      'Phí thẩm định hồ sơ 100.000 ₫',
      'Phí cấp bản sao 1.100.000 ₫',
      'Cộng phí 1.200.000 ₫',
      'Tổng cộng 1.250.000 ₫',
    ]);
    expect(el.amount).to.equal(1_250_000);
    const facts = normalise($(el, '.facts')!.textContent);
    expect(facts).to.contain(DOSSIER).and.contain('Cấp giấy phép xây dựng');
  });

  it('formats amounts and labels in English, and switches back with the locale', async () => {
    const el = await review();
    await setLocale('en');
    el.removeAttribute('lang');
    await el.updateComplete;
    expect(heading(el)).to.equal('Pay fees and charges');
    expect(rows(el)).to.include('Total ₫1,250,000');
    expect(rows(el)).to.include('Charges subtotal ₫50,000');
    expect(normalise(el.querySelector('legend')!.textContent)).to.equal('Payer (printed on the receipts)');
    expect(normalise(el.querySelector(`label[for="${payerInput(el, 'email').id}"]`)!.textContent)).to.equal(
      'Email for the receipts (optional)',
    );
    await setLocale('vi');
    await el.updateComplete;
    expect(rows(el)).to.include('Tổng cộng 1.250.000 ₫');
  });

  it('shows providers whose limits or hours exclude the amount as disabled, with the reason', async () => {
    const el = await review(NIGHT);
    const reason = (id: string) => normalise($(el, `#${radio(el, id).id}-reason`)?.textContent);
    expect(radio(el, 'vnpay').disabled).to.equal(false);
    expect(radio(el, 'momo').disabled).to.equal(true);
    expect(money(reason('momo'))).to.equal('Chỉ nhận khoản tối đa 1.000.000 ₫.');
    expect(radio(el, 'napas').disabled).to.equal(true);
    expect(money(reason('napas'))).to.equal('Chỉ nhận khoản từ 2.000.000 ₫ trở lên.');
    expect(radio(el, 'payoo').disabled).to.equal(true);
    expect(reason('payoo')).to.equal('Chỉ nhận thanh toán trong khung giờ 05:00–23:00.');
    expect(radio(el, 'vietcombank').disabled).to.equal(true);
    expect(reason('vietcombank')).to.equal('Tạm thời không hoạt động.');
    // The reason is announced with the option.
    expect(radio(el, 'momo').getAttribute('aria-describedby')).to.contain(`${radio(el, 'momo').id}-reason`);
    // By day, Payoo opens.
    el.now = () => DAY;
    await el.updateComplete;
    expect(radio(el, 'payoo').disabled).to.equal(false);
  });

  it('decides availability in Vietnam time and by amount (core)', () => {
    const payoo = PROVIDERS[3];
    expect(providerRefusal(payoo, 1000, Date.UTC(2026, 0, 14, 21, 59))).to.equal('closed'); // 04:59 in Vietnam
    expect(providerRefusal(payoo, 1000, Date.UTC(2026, 0, 14, 22, 0))).to.equal(null); // 05:00
    expect(providerRefusal(payoo, 1000, Date.UTC(2026, 0, 15, 15, 59))).to.equal(null); // 22:59
    expect(providerRefusal(payoo, 1000, Date.UTC(2026, 0, 15, 16, 0))).to.equal('closed'); // 23:00
    const overnight = { ...payoo, availability: { from: '22:00', to: '02:00' } };
    expect(providerRefusal(overnight, 1000, Date.UTC(2026, 0, 15, 18, 0))).to.equal(null); // 01:00
    expect(providerRefusal(overnight, 1000, Date.UTC(2026, 0, 15, 3, 0))).to.equal('closed'); // 10:00
    const vnpay = PROVIDERS[0];
    expect(providerRefusal(vnpay, 4_999, DAY)).to.equal('below-min');
    expect(providerRefusal(vnpay, 5_000, DAY)).to.equal(null);
    expect(providerRefusal(vnpay, 500_000_000, DAY)).to.equal(null);
    expect(providerRefusal(vnpay, 500_000_001, DAY)).to.equal('above-max');
    expect(providerRefusal(PROVIDERS[4], 1000, DAY)).to.equal('outage');
  });

  it('reads the transaction reference from the query or a hash route, and drops it from the return URL', () => {
    expect(readTransactionReference('https://dvc.example/ho-so?transactionId=txn_12345678')).to.equal('txn_12345678');
    expect(readTransactionReference('https://dvc.example/#/thanh-toan?buoc=2&transactionId=txn_abcdefgh')).to.equal('txn_abcdefgh');
    expect(readTransactionReference('https://dvc.example/#/thanh-toan?status=succeeded')).to.equal(null);
    expect(withoutTransactionReference('https://dvc.example/p?a=1&transactionId=txn_1#/x?transactionId=txn_2&b=2')).to.equal(
      'https://dvc.example/p?a=1#/x?b=2',
    );
  });

  it('fires dvc-payment-method-change on choosing, and never redirects', async () => {
    const el = await review();
    const visited: string[] = [];
    el.navigate = (url) => visited.push(url);
    const changes = record<{ method: string }>(el, 'dvc-payment-method-change');
    radio(el, 'vnpay').click();
    await el.updateComplete;
    expect(changes).to.deep.equal([{ method: 'vnpay' }]);
    expect(el.method).to.equal('vnpay');
    expect(normalise(mainButton(el).textContent)).to.equal('Tiếp tục đến VNPAY');
    expect(visited).to.deep.equal([]);
    // Programmatic re-render fires nothing.
    el.requestUpdate();
    await el.updateComplete;
    expect(changes).to.have.length(1);
  });

  it('asks for a method before continuing: the error summary takes focus and links to the choice', async () => {
    const el = await review();
    const submits = record(el, 'dvc-payment-submit');
    mainButton(el).click();
    await waitUntil(() => summaryLinks(el).length === 1, 'the summary lists the error');
    expect(normalise($(el, '.methods .field-error')!.textContent)).to.equal('Vui lòng chọn một phương thức thanh toán.');
    expect(normalise(summaryLinks(el)[0].textContent)).to.equal('Vui lòng chọn một phương thức thanh toán.');
    // The summary takes focus once it shows the errors (axe for this state: payer.test.ts).
    await summary(el).updateComplete;
    expect(focused()).to.equal(summary(el).shadowRoot!.querySelector('[part="base"]'));
    summaryLinks(el)[0].click();
    expect(focused()).to.equal(radio(el, 'vnpay'));
    expect(submits).to.deep.equal([]);
  });

  it('fires a cancelable dvc-payment-submit with the dossier, amount and method', async () => {
    const el = await review();
    radio(el, 'vnpay').click();
    await el.updateComplete;
    setTimeout(() => mainButton(el).click());
    const event = await oneEvent(el, 'dvc-payment-submit');
    expect(event.detail).to.deep.equal({ dossierCode: DOSSIER, amount: 1_250_000, method: 'vnpay' });
    expect(event.cancelable).to.equal(true);
    expect(event.bubbles && event.composed).to.equal(true);
  });

  it('checks the payer (prefilled from the profile) before continuing', async () => {
    const session = createSession({
      profileConsent: true,
      profile: { fullName: 'Nguyễn Văn An', idNumber: '001090012345', address: 'Hà Nội' },
    });
    const el = await mount(html`<dvc-payment-selector dossier-code=${DOSSIER} .fees=${FEES} .store=${session}></dvc-payment-selector>`);
    expect(payerInput(el, 'full-name').value).to.equal('Nguyễn Văn An');
    expect(payerInput(el, 'address').value).to.equal('Hà Nội');
    const id = payerInput(el, 'id-number');
    typeInto(id, '12345');
    radio(el, 'vnpay').click();
    const submits = record(el, 'dvc-payment-submit');
    mainButton(el).click();
    await waitUntil(() => summaryLinks(el).length === 1, 'the summary lists the error');
    expect(id.getAttribute('aria-invalid')).to.equal('true');
    expect(normalise(document.getElementById(`${id.id}-error`)!.textContent)).to.equal('Số CCCD gồm 12 chữ số, CMND gồm 9 chữ số.');
    expect(normalise(summaryLinks(el)[0].textContent)).to.equal('Số CCCD/CMND: Số CCCD gồm 12 chữ số, CMND gồm 9 chữ số.');
    summaryLinks(el)[0].click();
    expect(document.activeElement).to.equal(id);
    expect(submits).to.deep.equal([]);
  });

  it('takes fees and providers as JSON attributes, and keeps the last good value on a bad one', async () => {
    const el = await mount(
      html`<dvc-payment-selector
        fees=${JSON.stringify(FEES.slice(0, 2))}
        providers=${JSON.stringify(PROVIDERS.slice(0, 1))}
      ></dvc-payment-selector>`,
    );
    expect(el.amount).to.equal(150_000);
    expect($$(el, 'input[type="radio"]')).to.have.length(1);
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    const warn = console.warn;
    const warnings: unknown[] = [];
    console.warn = (...args: unknown[]) => warnings.push(args);
    try {
      el.setAttribute('fees', '[{"type":"thue","code":"X","name":"Thuế","amount":1}]');
      el.setAttribute('providers', '{not json');
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(errors.map((e) => [e.code, e.field])).to.deep.equal([
      ['invalid-attribute', 'fees'],
      ['invalid-attribute', 'providers'],
    ]);
    expect(warnings).to.have.length(2);
    expect(el.amount).to.equal(150_000);
    expect($$(el, 'input[type="radio"]')).to.have.length(1);
  });

  it('takes the last of the lists given in a row, checked in order, and never undoes a cleared one', async () => {
    const el = await mount(html`<dvc-payment-selector fees=${JSON.stringify(FEES.slice(0, 1))}></dvc-payment-selector>`);
    expect(el.amount).to.equal(50_000);
    expect(rows(el)).to.include('Tổng cộng 50.000 ₫');
    const errors = record<{ code: string; field?: string }>(el, 'dvc-error');
    const warn = console.warn;
    console.warn = () => undefined;
    try {
      el.fees = FEES;
      el.setAttribute('fees', '[{"type":"thue","code":"X","name":"Thuế","amount":1}]');
      await el.updateComplete;
      expect(el.amount).to.equal(1_250_000);
      el.fees = FEES.slice(0, 2);
      el.fees = FEES.slice(1, 2);
      await el.updateComplete;
      expect(el.fees).to.deep.equal(FEES.slice(1, 2));
      el.providers = PROVIDERS.slice(0, 1);
      el.providers = null;
      el.fees = FEES;
      el.fees = null;
      await el.updateComplete;
    } finally {
      console.warn = warn;
    }
    expect(el.fees).to.deep.equal([]);
    expect(el.providers.map((provider) => provider.id)).to.deep.equal(['vnpay', 'napas', 'vietcombank', 'momo', 'viettel-money', 'payoo']);
    expect(errors.map((e) => [e.code, e.field])).to.deep.equal([['invalid-attribute', 'fees']]);
  });

  it('works by keyboard: Tab into the group, arrows between enabled methods, Enter continues', async () => {
    const el = await review(NIGHT);
    const submits = record<{ method: string }>(el, 'dvc-payment-submit');
    const changes = record<{ method: string }>(el, 'dvc-payment-method-change');
    el.addEventListener('dvc-payment-submit', (event) => event.preventDefault());
    payerInput(el, 'email').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'vnpay'));
    await sendKeys({ press: 'ArrowDown' });
    // momo, napas, payoo and vietcombank are disabled tonight: the arrow skips them.
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'demo-unavailable'));
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(radio(el, 'vnpay'));
    expect(changes.map((c) => c.method)).to.deep.equal(['demo-unavailable', 'vnpay']);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(mainButton(el));
    await sendKeys({ press: 'Enter' });
    expect(submits.map((s) => s.method)).to.deep.equal(['vnpay']);
  });

  it('is accessible in the review and choice state, in both languages', async () => {
    const el = await review(NIGHT);
    radio(el, 'vnpay').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
    const english = await review(NIGHT, 'en');
    expect(heading(english)).to.equal('Pay fees and charges');
    await expect(english).to.be.accessible();
  });

  it('themes only through tokens (so forced colours map every colour) and shows a focus outline', async () => {
    const own = styles[1].cssText;
    expect(own).to.not.match(/#[0-9a-f]{3,8}\b|rgba?\(|hsla?\(/i);
    expect(own).to.not.match(/box-shadow/);
    const el = await review();
    el.style.setProperty('--dvc-color-primary', 'rgb(138, 21, 56)');
    radio(el, 'vnpay').click();
    await el.updateComplete;
    expect(getComputedStyle(mainButton(el)).backgroundColor).to.equal('rgb(138, 21, 56)');
    radio(el, 'vnpay').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(mainButton(el));
    const ring = getComputedStyle(mainButton(el));
    expect(ring.outlineStyle).to.equal('solid');
    expect(parseFloat(ring.outlineWidth)).to.be.at.least(2);
    expect(mainButton(el).getBoundingClientRect().height).to.be.at.least(24);
  });

  it('reflows at 320 px without horizontal scrolling', async () => {
    const wrapper = document.createElement('div');
    wrapper.style.width = '320px';
    document.body.append(wrapper);
    const el = await review();
    wrapper.append(el);
    await el.updateComplete;
    expect(el.scrollWidth).to.be.at.most(320);
    // Each fieldset's title is inside its frame, not across its edge (where one that wraps would run).
    const fieldsets = [...el.shadowRoot!.querySelectorAll('fieldset'), ...el.querySelectorAll('fieldset')];
    expect(fieldsets.length).to.be.greaterThan(1);
    for (const fieldset of fieldsets) {
      const frame = fieldset.getBoundingClientRect();
      const { borderTopWidth, paddingTop } = getComputedStyle(fieldset);
      const legend = fieldset.querySelector('legend')!;
      expect(legend.getBoundingClientRect().top, legend.textContent!).to.be.at.least(
        frame.top + parseFloat(borderTopWidth) + parseFloat(paddingTop) - 0.5,
      );
    }
    wrapper.remove();
  });
});
