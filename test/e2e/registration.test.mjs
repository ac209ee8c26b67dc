// <dvc-registration-wizard> on the demo page, with the keyboard only: every method from the
// subject question to the confirmation. Codes, activation emails and signing prompts are read
// from (or answered on) the simulated phone, as the citizen would on their own phone.
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

/** A fresh demo page, focus at its start, the wizard asking for the subject. */
async function freshPage(browser, url, viewport = { width: 1024, height: 900 }) {
  const page = await browser.newPage({ viewport });
  // The wizard's heading says the page is ready; "load" may wait on parts of the demo not needed here.
  await page.goto(url, { waitUntil: 'domcontentloaded', timeout: 60_000 });
  await page
    .locator('dvc-registration-wizard')
    .getByRole('heading', { name: 'Bạn đăng ký tài khoản với tư cách nào?' })
    .waitFor({ timeout: 60_000 });
  await page.locator('body').focus();
  return page;
}

/** Picks an option of the step's radio group with the arrow keys, then Enter submits the step. */
async function chooseWithArrows(page, group, label) {
  await tabTo(page, new RegExp(`^input\\|.*\\|${group}$`));
  for (let i = 0; i < 8 && !(await focused(page)).includes(`|${label}|`); i += 1) await page.keyboard.press('ArrowDown');
  assert.match(await focused(page), new RegExp(`\\|${label.replace(/[()]/g, '\\$&')}\\|`));
  // Focus alone does not choose the first option: Space does (and is harmless on a chosen one).
  await page.keyboard.press('Space');
  await page.keyboard.press('Enter');
}

async function chooseSubjectAndMethod(page, subject, method) {
  await chooseWithArrows(page, 'subject', subject);
  await waitForStep(page, 'method');
  await chooseWithArrows(page, 'method', method);
}

/** Tabs to a field by its name and types into it. */
async function fill(page, name, text) {
  await tabTo(page, new RegExp(`\\|${name}$`));
  await page.keyboard.type(text);
}

/** What the captcha image says, once it shows (the demo server tells tests; a person reads the image). */
async function captchaText(page) {
  await page.locator('dvc-registration-wizard .captcha img').waitFor();
  return page.evaluate(async () => {
    const wizard = document
      .querySelector('dvc-demo-page')
      .shadowRoot.querySelector('dvc-demo-registration-section')
      .shadowRoot.querySelector('dvc-registration-wizard');
    return (await (await fetch(`/api/_demo/captcha/${wizard._captcha.id}`)).json()).answer;
  });
}

/** The newest one-time code on the simulated phone, once one newer than `before` arrived. */
async function newCode(page, before) {
  const codes = page.locator('dvc-demo-phone [data-code]');
  await page.waitForFunction(
    (count) =>
      document.querySelector('dvc-demo-page').shadowRoot.querySelector('dvc-demo-phone').shadowRoot.querySelectorAll('[data-code]').length >
      count,
    before,
    { timeout: 10_000 },
  );
  // The phone lists the newest message first.
  return codes.first().textContent();
}

const codeCount = (page) => page.locator('dvc-demo-phone [data-code]').count();

async function enterCodeAndPassword(page, before) {
  const code = await newCode(page, before);
  assert.match(code, /^\d{6}$/);
  await tabTo(page, /^input\|Mã xác thực \(OTP\)/);
  await page.keyboard.type(code);
  await page.keyboard.press('Enter');
  await waitForStep(page, 'password');
  await choosePassword(page);
}

async function choosePassword(page) {
  await fill(page, 'new-password', 'Matkhau@2024');
  await fill(page, 'confirm-password', 'Matkhau@2024');
  await page.keyboard.press('Enter');
  await waitForStep(page, 'review');
}

async function registerFromReview(page) {
  await tabTo(page, /^button\|Đăng ký/);
  await page.keyboard.press('Enter');
  await waitForStep(page, 'done');
  await page.locator('dvc-registration-wizard').getByRole('heading', { name: 'Đăng ký thành công' }).waitFor();
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
      // The first step change also waits for the demo's modules to compile on a busy machine.
      { timeout: 20_000 },
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

  it('registers with a social-insurance code', async () => {
    await page.close();
    page = await freshPage(browser, demo.url);
    await chooseSubjectAndMethod(page, 'Công dân', 'Mã số BHXH');
    await waitForStep(page, 'details');
    await fill(page, 'bhxhCode', '0123456789');
    await fill(page, 'idNumber', '001095001234');
    await fill(page, 'fullName', 'Phạm Quốc Bảo');
    await fill(page, 'birthDate', '20/10/1995');
    const before = await codeCount(page);
    await fill(page, 'phone', '0987555666');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'otp');
    await enterCodeAndPassword(page, before);
    await page.locator('dvc-registration-wizard').getByText('0123456789').waitFor();
    await registerFromReview(page);
  });

  it('registers with Vietnam Post, activated by SMS code', async () => {
    await page.close();
    page = await freshPage(browser, demo.url);
    await chooseSubjectAndMethod(page, 'Công dân', 'Tài khoản Bưu điện Việt Nam');
    await waitForStep(page, 'details');
    await fill(page, 'idNumber', '001192003456');
    await fill(page, 'fullName', 'Đỗ Thu Trang');
    await fill(page, 'birthDate', '12/12/1992');
    await fill(page, 'phone', '0987666777');
    await fill(page, 'address', '5 Lý Thường Kiệt, Hà Nội');
    // SMS is chosen already; the captcha follows the activation choice.
    await fill(page, 'captcha', await captchaText(page));
    const before = await codeCount(page);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'otp');
    await enterCodeAndPassword(page, before);
    await page.locator('dvc-registration-wizard').getByText('Mã OTP gửi qua SMS').waitFor();
    await registerFromReview(page);
  });

  it('registers with Vietnam Post, activated by the link in the email', async () => {
    await page.close();
    page = await freshPage(browser, demo.url);
    await chooseSubjectAndMethod(page, 'Công dân', 'Tài khoản Bưu điện Việt Nam');
    await waitForStep(page, 'details');
    await fill(page, 'idNumber', '001088004567');
    await fill(page, 'fullName', 'Hoàng Văn Long');
    await fill(page, 'birthDate', '03/04/1988');
    await fill(page, 'phone', '0987888999');
    await fill(page, 'email', 'long.hoang@example.vn');
    await tabTo(page, /^input\|Mã OTP gửi qua SMS\|activation$/);
    await page.keyboard.press('ArrowDown');
    assert.match(await focused(page), /\|Đường dẫn kích hoạt gửi qua email\|activation$/);
    await fill(page, 'captcha', await captchaText(page));
    await page.keyboard.press('Enter');
    await waitForStep(page, 'email-link');
    // The citizen opens the email (on the simulated phone) and follows its link back to the portal.
    const link = page.locator('dvc-demo-phone a', { hasText: 'Mở đường dẫn kích hoạt' }).first();
    await link.waitFor();
    const href = await link.getAttribute('href');
    assert.match(href, /dvc-activation=/);
    await page.goto(href);
    await page.locator('dvc-demo-page h1').waitFor({ timeout: 60_000 });
    await waitForStep(page, 'password');
    assert.doesNotMatch(page.url(), /dvc-activation/);
    await page.keyboard.press('Tab');
    await choosePassword(page);
    await page.locator('dvc-registration-wizard').getByText('Hoàng Văn Long').waitFor();
    await registerFromReview(page);
  });

  it('registers with a USB signing token: certificate, PIN, email, check answers', async () => {
    await page.close();
    page = await freshPage(browser, demo.url);
    await chooseSubjectAndMethod(page, 'Công dân', 'USB ký số');
    await waitForStep(page, 'certificate');
    await page.locator('dvc-registration-wizard input[name="certificate"]').first().waitFor();
    // The certificate's label spans lines (holder, then issuer and dates).
    await tabTo(page, /^input\|[\s\S]*\|certificate$/);
    await page.keyboard.press('Space');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'pin');
    await fill(page, 'pin', '123456');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'details');
    await page.locator('dvc-registration-wizard').getByText('NGUYỄN VĂN AN').waitFor();
    await fill(page, 'email', 'an@example.vn');
    await fill(page, 'captcha', await captchaText(page));
    await page.keyboard.press('Enter');
    await waitForStep(page, 'review');
    await page.locator('dvc-registration-wizard').getByText('an@example.vn').waitFor();
    await registerFromReview(page);
    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    assert.doesNotMatch(stored, /123456/);
  });

  it('registers an enterprise with VNPT SmartCA approved on the simulated phone', async () => {
    await page.close();
    page = await freshPage(browser, demo.url);
    await chooseSubjectAndMethod(page, 'Doanh nghiệp', 'Chữ ký số cá nhân (VNPT SmartCA)');
    await waitForStep(page, 'details');
    await fill(page, 'userId', '0100109106');
    await page.keyboard.press('Enter');
    await waitForStep(page, 'waiting');
    const code = await page.locator('dvc-registration-wizard .code').textContent();
    await page.locator('dvc-demo-phone').getByText(new RegExp(code)).first().waitFor();
    await tabTo(page, /^button\|Xác nhận\|$/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'review');
    await page.locator('dvc-registration-wizard').getByText('0100109106').first().waitFor();
    await registerFromReview(page);
  });

  it('registers with VNeID: out to the stand-in e-ID page and back', async () => {
    await page.close();
    page = await freshPage(browser, demo.url);
    await chooseSubjectAndMethod(page, 'Công dân', 'Tài khoản định danh điện tử VNeID');
    await waitForStep(page, 'details');
    await tabTo(page, /^button\|Tiếp tục với VNeID/);
    await Promise.all([page.waitForURL(/\/_demo\/vneid\/authorize/), page.keyboard.press('Enter')]);
    await page.getByRole('button', { name: 'Đồng ý' }).waitFor();
    await page.locator('body').focus();
    await tabTo(page, /^button\|Đồng ý\|/);
    await Promise.all([page.waitForURL((url) => !url.pathname.includes('/_demo/')), page.keyboard.press('Enter')]);
    await page.locator('dvc-demo-page h1').waitFor({ timeout: 60_000 });
    await waitForStep(page, 'done');
    await page.locator('dvc-registration-wizard').getByText('Lê Thị Hoa', { exact: false }).first().waitFor();
    assert.doesNotMatch(page.url(), /[?&]code=/);
  });

  it('registers with a signing SIM approved on the simulated phone, from the keyboard', async () => {
    await page.close();
    page = await freshPage(browser, demo.url);
    const wizard = page.locator('dvc-registration-wizard');
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
    await waitForStep(page, 'review');
    await wizard.getByText('0987333444').waitFor();
    await tabTo(page, /^button\|Đăng ký/);
    await page.keyboard.press('Enter');
    await waitForStep(page, 'done');
    await wizard.getByRole('heading', { name: 'Đăng ký thành công' }).waitFor();
  });
});
