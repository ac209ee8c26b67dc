// <dvc-registration-wizard> on the demo page, with the keyboard only: the phone method from the
// subject question to the confirmation, the code read from the simulated phone, and a SIM
// signing request approved on the simulated phone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

/** The focused element's text or label, through shadow roots. */
const focused = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active) return '';
    const label = active.id ? active.getRootNode().querySelector?.(`label[for="${active.id}"]`) : null;
    return `${active.tagName.toLowerCase()}|${(label?.textContent ?? active.textContent ?? '').trim()}|${active.getAttribute('name') ?? ''}`;
  });

/** Presses Tab until the focused element matches, as a keyboard user would. */
async function tabTo(page, pattern, limit = 80) {
  for (let i = 0; i < limit; i += 1) {
    if (pattern.test(await focused(page))) return;
    await page.keyboard.press('Tab');
  }
  const seen = [];
  for (let i = 0; i < 12; i += 1) {
    await page.keyboard.press('Shift+Tab');
    seen.push(await focused(page));
  }
  assert.fail(`${seen.join(' / ')} never reached ${pattern} with Tab; last: ${await focused(page)}`);
}

async function waitForStep(page, step) {
  await page
    .waitForFunction(
      (expected) =>
        document
          .querySelector('dvc-demo-page')
          .shadowRoot.querySelector('dvc-demo-registration-section')
          .shadowRoot.querySelector('dvc-registration-wizard').step === expected,
      step,
      { timeout: 10_000 },
    )
    .catch(async (error) => {
      const text = await page.locator('dvc-registration-wizard').textContent();
      throw new Error(`step ${step} not reached; on screen: ${text.replace(/\s+/g, ' ')}`, { cause: error });
    });
}

describe('registration wizard on the demo page (keyboard only)', () => {
  let demo;
  let browser;
  let page;
  let close;

  before(async () => {
    ({ demo, browser, page, close } = await openDemo({ width: 320, height: 800 }));
    await page.locator('dvc-registration-wizard').waitFor();
  });

  after(() => close?.());

  it('registers with a mobile number, at 320 px, from the keyboard', async () => {
    const wizard = page.locator('dvc-registration-wizard');
    await wizard.getByRole('heading', { name: 'Bạn đăng ký tài khoản với tư cách nào?' }).waitFor();
    await page.locator('body').focus();
    await tabTo(page, /\|Công dân\|/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'method');
    await tabTo(page, /\|Thuê bao di động\|/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'details');
    assert.match(await focused(page), /^h2\|Thông tin đăng ký bằng thuê bao di động/);
    // Nothing in the wizard is wider than the 320 px screen.
    const widest = await wizard.evaluate((el) =>
      Math.max(...[el, ...el.querySelectorAll('*')].map((node) => node.getBoundingClientRect().right)),
    );
    assert.ok(widest <= 320, `the wizard reaches ${widest}px`);

    await page.keyboard.press('Tab');
    assert.match(await focused(page), /\|idNumber$/);
    await page.keyboard.type('079090012346');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trần Thị Bích');
    await page.keyboard.press('Tab');
    await page.keyboard.type('02/03/1990');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0987111222');
    await tabTo(page, /\|captcha$/);
    await wizard.locator('.captcha img').waitFor();
    const answer = await page.evaluate(async () => {
      const el = document
        .querySelector('dvc-demo-page')
        .shadowRoot.querySelector('dvc-demo-registration-section')
        .shadowRoot.querySelector('dvc-registration-wizard');
      return (await (await fetch(`/api/_demo/captcha/${el._captcha.id}`)).json()).answer;
    });
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'otp');

    const code = await page.locator('dvc-demo-phone [data-code]').last().textContent();
    assert.match(code, /^\d{6}$/);
    await tabTo(page, /^input\|Mã xác thực \(OTP\)/);
    await page.keyboard.type(code);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'password');

    await page.keyboard.press('Tab');
    assert.match(await focused(page), /\|new-password$/);
    await page.keyboard.type('Matkhau@2024');
    await tabTo(page, /\|confirm-password$/);
    await page.keyboard.type('Matkhau@2024');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'review');
    await wizard.getByText('Trần Thị Bích').waitFor();
    await tabTo(page, /^button\|Đăng ký/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'done');
    await wizard.getByRole('heading', { name: 'Đăng ký thành công' }).waitFor();
    await page.getByText('Sự kiện dvc-registration-complete đã được gửi cho trang.').waitFor();
    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    assert.doesNotMatch(stored, /Matkhau@2024/);
  });

  it('registers with a signing SIM approved on the simulated phone, from the keyboard', async () => {
    page = await browser.newPage({ viewport: { width: 1024, height: 900 } });
    await page.goto(demo.url);
    const wizard = page.locator('dvc-registration-wizard');
    await wizard.getByRole('heading', { name: 'Bạn đăng ký tài khoản với tư cách nào?' }).waitFor();
    await page.locator('body').focus();
    // A radio group is one tab stop: arrow keys move (and select) within it.
    await tabTo(page, /\|Công dân\|/);
    await page.keyboard.press('ArrowDown');
    assert.match(await focused(page), /\|Doanh nghiệp\|/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'method');
    // Citizen-only methods are not offered to an enterprise.
    assert.equal(await wizard.getByLabel('Thuê bao di động').count(), 0);
    await tabTo(page, /\|USB ký số\|/);
    await page.keyboard.press('ArrowDown');
    assert.match(await focused(page), /\|SIM ký số\|/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'details');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0987333444');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'waiting');
    await wizard.getByRole('heading', { name: 'Vui lòng xác nhận trên điện thoại' }).waitFor();
    const code = await wizard.locator('.code').textContent();
    const phone = page.locator('dvc-demo-phone');
    await phone.getByText(new RegExp(code)).first().waitFor();
    await tabTo(page, /^button\|Xác nhận\|$/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'identity');
    await tabTo(page, /^button\|Đăng ký/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'done');
    await wizard.getByRole('heading', { name: 'Đăng ký thành công' }).waitFor();
  });
});
