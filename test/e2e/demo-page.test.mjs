// The demo page as a person uses it: language and theme switches, and the simulated phone that
// shows what the demo backend sent and lets the holder approve a remote-signing request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

describe('demo page', () => {
  let demo;
  let browser;
  let page;
  let close;

  before(async () => {
    ({ demo, browser, page, close } = await openDemo());
  });

  after(() => close?.());

  it('switches language with the language control', async () => {
    assert.equal(await page.locator('dvc-demo-page h1').textContent(), 'Cổng Dịch vụ công quốc gia — thành phần nhúng');
    await page.getByLabel('Ngôn ngữ').selectOption('en');
    await page.getByRole('heading', { level: 1, name: 'National Public Service Portal — embeddable elements' }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    await page.getByLabel('Language').selectOption('vi');
    await page.getByRole('heading', { level: 1, name: 'Cổng Dịch vụ công quốc gia — thành phần nhúng' }).waitFor();
  });

  it('reflows at 320 px wide without sideways scrolling', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await narrow.goto(demo.url);
    await narrow.locator('dvc-demo-page h1').waitFor();
    await narrow.locator('dvc-satisfaction-survey').waitFor();
    assert.equal(await narrow.evaluate(() => document.documentElement.scrollWidth), 320);
    await narrow.close();
  });

  it('switches theme tokens with the theme control', async () => {
    await page.getByLabel('Giao diện').selectOption('province');
    assert.equal(
      await page.evaluate(() => getComputedStyle(document.documentElement).getPropertyValue('--dvc-color-primary').trim()),
      '#8a1538',
    );
  });

  it('shows what the backend sent in the phone panel, and approves a signing request from it', async () => {
    const phone = page.locator('dvc-demo-phone');
    await phone.getByText('Chưa có tin nhắn nào.').waitFor();
    // Ask the demo backend, over HTTP, for a SIM signing confirmation, as the wizard will.
    const requestId = await page.evaluate(async () => {
      const response = await fetch('/api/remote-signing', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method: 'sim-ca', subject: 'citizen', phone: '0987654321' }),
      });
      return (await response.json()).requestId;
    });
    await phone.getByText(/Yeu cau xac thuc dang ky tai khoan bang SIM ky so/).waitFor();
    await phone.getByRole('button', { name: 'Xác nhận' }).click();
    await phone.getByRole('button', { name: 'Xác nhận' }).waitFor({ state: 'detached' });
    const status = await page.evaluate(async (id) => (await fetch(`/api/remote-signing/${id}`)).json(), requestId);
    assert.equal(status.status, 'approved');
  });

  it('confirms a phone: the code sent to the simulated phone, typed with the keyboard', async () => {
    await page.getByRole('button', { name: 'Gửi mã OTP' }).click();
    const otp = page.getByRole('textbox', { name: 'Mã xác thực (OTP)' });
    await otp.waitFor({ state: 'attached' });
    // Focus moves into the code field, inside the page's shadow roots.
    await page.waitForFunction(() => {
      let active = document.activeElement;
      while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
      return active?.getAttribute('autocomplete') === 'one-time-code';
    });
    const code = await page.locator('dvc-demo-phone [data-code]').first().textContent();
    assert.match(code, /^\d{6}$/);
    await page.keyboard.type('000000');
    await page.getByRole('button', { name: 'Xác nhận' }).first().click();
    await page
      .getByText(/không đúng/)
      .first()
      .waitFor();
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Backspace');
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await page.getByText('Đã xác nhận số điện thoại.').waitFor();
  });
});
