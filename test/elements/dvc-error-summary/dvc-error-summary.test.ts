import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-error-summary/define.js';
import type { DvcErrorSummary } from '../../../src/elements/dvc-error-summary/dvc-error-summary.js';
import { setLocale } from '../../../src/i18n/locale.js';

function publish(source: HTMLElement, errors: { label: string; message: string }[], target: HTMLElement = source) {
  source.dispatchEvent(
    new CustomEvent('dvc-validity', { bubbles: true, composed: true, detail: { errors: errors.map((error) => ({ ...error, target })) } }),
  );
}

async function setup() {
  // fixtureSync: the root is a plain element, so there is no frame to wait for.
  const container = fixtureSync<HTMLDivElement>(html`
    <div id="form">
      <dvc-error-summary for="form"></dvc-error-summary>
      <label for="name">Họ và tên</label><input id="name" /> <label for="phone">Số điện thoại</label><input id="phone" />
    </div>
  `);
  const summary = container.querySelector('dvc-error-summary') as DvcErrorSummary;
  await summary.updateComplete;
  const [name, phone] = [...container.querySelectorAll('input')] as HTMLInputElement[];
  return { container, summary, name: name!, phone: phone! };
}

const links = (summary: DvcErrorSummary) => [...summary.shadowRoot!.querySelectorAll('a')].map((a) => a.textContent);

describe('<dvc-error-summary>', () => {
  afterEach(() => setLocale('vi'));

  it('renders nothing while there are no errors', async () => {
    const { summary } = await setup();
    expect(summary.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
    await expect(summary).to.be.accessible();
  });

  it('lists published errors, takes focus, and is accessible', async () => {
    const { summary, name, phone } = await setup();
    publish(name, [{ label: 'Họ và tên', message: 'Vui lòng nhập họ và tên.' }]);
    publish(phone, [{ label: 'Số điện thoại', message: 'Số điện thoại không hợp lệ.' }]);
    await summary.updateComplete;
    expect(links(summary)).to.deep.equal(['Họ và tên: Vui lòng nhập họ và tên.', 'Số điện thoại: Số điện thoại không hợp lệ.']);
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('Có lỗi cần sửa');
    expect(summary.shadowRoot!.activeElement).to.equal(summary.shadowRoot!.querySelector('[part="base"]'));
    await expect(summary).to.be.accessible();
  });

  it('moves focus to the field when its link is followed with the keyboard', async () => {
    const { summary, name, phone } = await setup();
    publish(name, [{ label: 'Họ và tên', message: 'Vui lòng nhập họ và tên.' }]);
    publish(phone, [{ label: 'Số điện thoại', message: 'Số điện thoại không hợp lệ.' }]);
    await summary.updateComplete;
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    expect(document.activeElement).to.equal(phone);
    expect(location.hash).to.equal('');
  });

  it('drops a fixed error without taking focus again, and hides when all are fixed', async () => {
    const { summary, name, phone } = await setup();
    publish(name, [{ label: 'Họ và tên', message: 'Vui lòng nhập họ và tên.' }]);
    publish(phone, [{ label: 'Số điện thoại', message: 'Số điện thoại không hợp lệ.' }]);
    await summary.updateComplete;
    phone.focus();
    publish(name, []);
    await summary.updateComplete;
    expect(links(summary)).to.deep.equal(['Số điện thoại: Số điện thoại không hợp lệ.']);
    expect(document.activeElement).to.equal(phone);
    publish(phone, []);
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('[part="base"]')).to.equal(null);
  });

  it('ignores controls outside its container', async () => {
    const { summary } = await setup();
    const outside = document.createElement('input');
    document.body.append(outside);
    publish(outside, [{ label: 'Khác', message: 'Lỗi khác.' }]);
    await summary.updateComplete;
    expect(summary.errors.length).to.equal(0);
    outside.remove();
  });

  it('translates its heading when the locale changes', async () => {
    const { summary, name } = await setup();
    publish(name, [{ label: 'Full name', message: 'Enter your full name.' }]);
    await setLocale('en');
    await summary.updateComplete;
    expect(summary.shadowRoot!.querySelector('h2')!.textContent).to.equal('There is a problem');
  });
});
