/** USB signing token through a SignatureProvider (the demo one), against the demo backend over HTTP. */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createDemoSignatureProvider } from '../../../src/core/backend/demo-signature-provider.js';
import type { SignatureProvider } from '../../../src/core/backend/signature-provider.js';
import { captchaAnswer, errorOf, heading, input, mount, press, type, waitForStep, type Mounted } from './helpers.js';

const usb = (provider: SignatureProvider, attributes: Record<string, string> = {}) =>
  mount({ subject: 'citizen', methods: 'usb-token', ...attributes }, { configure: (el) => (el.signatureProvider = provider) });

async function chooseFirstCertificate(m: Mounted) {
  await waitUntil(() => m.el.querySelector('input[name="certificate"]'), 'certificates listed', { timeout: 5000 });
  m.el.querySelector<HTMLInputElement>('input[name="certificate"]:not(:disabled)')!.click();
  await press(m.el, 'Tiếp tục');
}

async function enterPin(m: Mounted, pin: string) {
  input(m.el, 'pin').focus();
  await sendKeys({ type: pin });
  await press(m.el, 'Xác nhận');
}

describe('<dvc-registration-wizard> usb-token method', function () {
  // Whole journeys over HTTP: slower than one element's unit test on a busy CI machine.
  this.timeout(20_000);
  it('lists certificates, signs with the PIN, shows the certificate data, and registers', async () => {
    const m = await usb(createDemoSignatureProvider());
    await waitUntil(() => m.el.querySelectorAll('input[name="certificate"]').length === 4, 'four certificates', { timeout: 5000 });
    expect(heading(m.el)).to.equal('Chọn chứng thư số');
    const radios = [...m.el.querySelectorAll<HTMLInputElement>('input[name="certificate"]')];
    expect(radios.map((radio) => radio.disabled)).to.deep.equal([false, false, true, true]);
    expect(m.el.textContent).to.contain('Đã hết hạn ngày').and.contain('Chưa có hiệu lực').and.contain('VNPT-CA (demo)');
    await press(m.el, 'Tiếp tục');
    expect(m.el.querySelector('.error')!.textContent).to.equal('Chọn một chứng thư số còn hiệu lực.');

    await chooseFirstCertificate(m);
    await waitForStep(m.el, 'pin');
    expect(input(m.el, 'pin').type).to.equal('password');
    await enterPin(m, '000000');
    await waitUntil(() => errorOf(m.el, 'pin') !== '', 'pin-wrong shown', { timeout: 5000 });
    expect(input(m.el, 'pin').value).to.equal('');
    await enterPin(m, '123456');
    await waitForStep(m.el, 'details');
    expect(input(m.el, 'pin' as never)).to.equal(null);
    expect(heading(m.el)).to.equal('Thông tin đọc từ chứng thư số');
    expect(m.el.querySelector('dl')!.textContent).to.contain('NGUYỄN VĂN AN').and.contain('001090012345');
    await press(m.el, 'Đăng ký');
    expect(errorOf(m.el, 'email')).to.not.equal('');
    await type(m.el, 'email', 'an@example.vn');
    await type(m.el, 'captcha', await captchaAnswer(m.el, m.base));
    await press(m.el, 'Đăng ký');
    // Check answers before the account is created: the certificate's data read-only, the email changeable.
    await waitForStep(m.el, 'review');
    expect(m.events.some((event) => event.type === 'dvc-registration-complete')).to.equal(false);
    const rows = [...m.el.querySelectorAll('.review-row')].map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      row.querySelector('dd')!.textContent!.trim(),
      row.querySelector('button')?.textContent?.replace(/\s+/g, ' ').trim() ?? '',
    ]);
    expect(rows).to.deep.include(['Chủ chứng thư', 'NGUYỄN VĂN AN', 'Thay đổi Chủ chứng thư']);
    expect(rows).to.deep.include(['Số CMND/CCCD', '001090012345', '']);
    expect(rows).to.deep.include(['Email', 'an@example.vn', 'Thay đổi Email']);
    await expect(m.el).to.be.accessible();
    await press(m.el, 'Thay đổi Email');
    await waitForStep(m.el, 'details');
    await type(m.el, 'email', 'an.nguyen@example.vn');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'review');
    expect(m.el.textContent).to.contain('an.nguyen@example.vn');
    await press(m.el, 'Đăng ký');
    await waitForStep(m.el, 'done');
    const complete = m.events.find((event) => event.type === 'dvc-registration-complete')!.detail as { account: Record<string, unknown> };
    expect(complete.account).to.include({ method: 'usb-token', subject: 'citizen' });
    const everything = JSON.stringify(m.events) + JSON.stringify(sessionStorage);
    expect(everything).to.not.contain('123456');
  });

  it('without the plugin: says so, shows the steps for this OS with a download link, and retries', async () => {
    let available = false;
    const real = createDemoSignatureProvider();
    const provider: SignatureProvider = {
      isAvailable: async () => available,
      listCertificates: () => real.listCertificates(),
      sign: (...args) => real.sign(...args),
    };
    const m = await usb(provider, {
      'plugin-download-urls': JSON.stringify({ windows: '/w.exe', macos: '/m.pkg', linux: '/l.deb', other: '/x' }),
    });
    await waitUntil(() => m.el.textContent!.includes('Chưa tìm thấy công cụ ký số'), 'plugin missing');
    const link = m.el.querySelector<HTMLAnchorElement>('ol a')!;
    expect(['/w.exe', '/m.pkg', '/l.deb', '/x'].some((url) => link.getAttribute('href') === url)).to.equal(true);
    expect(link.textContent).to.match(/Tải công cụ ký số cho/);
    await expect(m.el).to.be.accessible();
    available = true;
    await press(m.el, 'Kiểm tra lại');
    await waitUntil(() => m.el.querySelectorAll('input[name="certificate"]').length === 4, 'certificates after retry');
    // The install steps and their button are gone: focus is on the step heading, not lost.
    await waitUntil(() => document.activeElement === m.el.querySelector('h2'), 'heading focused');
    expect(m.el.querySelector('h2')!.closest('legend')).to.not.equal(null);
  });

  it('a server failure while verifying keeps the chosen certificate and lets the user try again', async () => {
    const m = await usb(createDemoSignatureProvider());
    await chooseFirstCertificate(m);
    await waitForStep(m.el, 'pin');
    await fetch(`${m.base}/_demo/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ call: 'verifyCertificate', kind: 'server' }),
    });
    await enterPin(m, '123456');
    await waitUntil(() => m.el.querySelector('.failure'), 'failure', { timeout: 5000 });
    expect(m.events.some((event) => event.type === 'dvc-error' && (event.detail as { code: string }).code === 'server')).to.equal(true);
    await press(m.el, 'Thử lại');
    await enterPin(m, '123456');
    await waitForStep(m.el, 'details');
  });

  it('is accessible while choosing a certificate and entering the PIN', async () => {
    const m = await usb(createDemoSignatureProvider());
    await waitUntil(() => m.el.querySelector('input[name="certificate"]'), 'listed', { timeout: 5000 });
    await expect(m.el).to.be.accessible();
    await chooseFirstCertificate(m);
    await waitForStep(m.el, 'pin');
    await expect(m.el).to.be.accessible();
  });
});
