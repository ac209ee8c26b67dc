// An Angular 21 application that uses the package as an installed dependency would
// (test/integration/angular): built with `ng build`, served, and driven in Chromium. Property
// bindings (strings, numbers, arrays) and event bindings reach the elements, and
// `dvc-elements/angular` makes `<dvc-otp-input>` work with reactive forms and `ngModel`: value
// both ways, validity, touched on leaving, disabled.
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { ANGULAR_APP, ROOT, buildAngularApp, buildAngularEntry, installAngularToolchain } from '../../scripts/build-angular.mjs';
import { launchBrowser } from '../e2e/support.mjs';

const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** Serves the built application; unknown paths get index.html, as an Angular host would. */
function serve(folder) {
  const server = createServer((req, res) => {
    // The URL path starts with "/", so normalising it cannot climb out of the folder.
    let file = join(folder, normalize(decodeURIComponent(new URL(req.url, 'http://localhost').pathname)));
    if (!existsSync(file) || !statSync(file).isFile()) file = join(folder, 'index.html');
    res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

/** Runs `step`, printing how long it took. */
function timed(name, step) {
  const start = performance.now();
  step();
  console.log(`angular: ${name} ${((performance.now() - start) / 1000).toFixed(1)} s`);
}

describe('Angular 21 application', () => {
  let server;
  let browser;
  let page;
  const pageErrors = [];

  before(async () => {
    timed('install', installAngularToolchain);
    timed('dist/esm and dist/types (tsc)', buildPackage);
    timed('dvc-elements/angular (ngc, partial)', buildAngularEntry);
    timed('application (ng build)', buildAngularApp);
    server = await serve(join(ANGULAR_APP, 'dist/browser'));
    browser = await launchBrowser();
    page = await browser.newPage();
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => message.type() === 'error' && pageErrors.push(message.text()));
  });

  after(async () => {
    await browser?.close();
    server?.close();
  });

  beforeEach(async () => {
    await page.goto(`http://127.0.0.1:${server.address().port}/`);
    await page.locator('#template-state [data-state="valid"]').waitFor();
  });

  /** What a `<dl>` of form state shows for `key`: text, or parsed JSON for `errors`. */
  const shown = async (form, key) => {
    const text = (await page.locator(`#${form}-state [data-state="${key}"]`).textContent()).trim();
    return key === 'errors' ? JSON.parse(text) : text;
  };

  /** Angular renders on its own schedule: wait for the shown state, then compare. */
  async function expectShown(form, key, expected) {
    const deadline = Date.now() + 5_000;
    let actual = await shown(form, key);
    while (!isDeepEqual(actual, expected) && Date.now() < deadline) {
      await page.waitForTimeout(50);
      actual = await shown(form, key);
    }
    assert.deepEqual(actual, expected, `${form} ${key}`);
  }

  const otp = (form) => page.locator(`#${form} dvc-otp-input`);
  const field = (form) => page.locator(`#${form} dvc-otp-input input`);

  it('reaches the element through property bindings', async () => {
    assert.equal(await page.getByLabel('Mã xác thực đã gửi tới 091****678').count(), 1);
    await page.getByRole('button', { name: 'Đổi nhãn' }).click();
    await page.getByLabel('Mã vừa nhận qua tin nhắn').waitFor();
    assert.equal(await field('reactive').getAttribute('id'), await page.getByLabel('Mã vừa nhận qua tin nhắn').getAttribute('id'));

    // `[attr.length]` and the `alphanumeric` attribute on the ngModel field.
    assert.equal(await otp('template').locator('.box').count(), 4);
    assert.equal((await otp('template').locator('[slot="hint"]').textContent()).trim(), 'Mã gồm 4 ký tự, là chữ hoặc số.');
    assert.equal(await otp('reactive').locator('.box').count(), 6);
  });

  it('keeps a reactive form value and validity in step with typing, pasting and autofill', async () => {
    await expectShown('reactive', 'status', 'INVALID');
    await expectShown('reactive', 'errors', { required: true });
    assert.equal(await page.getByRole('button', { name: 'Xác nhận' }).isDisabled(), true);

    await field('reactive').pressSequentially('123');
    await expectShown('reactive', 'value', '123');
    await expectShown('reactive', 'errors', { otpIncomplete: { requiredLength: 6, actualLength: 3 } });
    assert.equal(await shown('reactive', 'completed'), '');

    await field('reactive').pressSequentially('456');
    await expectShown('reactive', 'value', '123456');
    await expectShown('reactive', 'status', 'VALID');
    await expectShown('reactive', 'errors', null);
    // `(dvc-otp-complete)` reached the component's handler.
    await expectShown('reactive', 'completed', '123456');

    await page.getByRole('button', { name: 'Xác nhận' }).click();
    await expectShown('reactive', 'submitted', '123456');

    // A pasted message: the element takes the code out of it and the form gets the code.
    await field('reactive').evaluate((input) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'Mã OTP của bạn là 654 321');
      input.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await expectShown('reactive', 'value', '654321');
    await expectShown('reactive', 'completed', '654321');

    // Autofill or an input method inserting the whole code at once.
    await field('reactive').selectText();
    await page.keyboard.insertText('9 8 7 6 5 4');
    await expectShown('reactive', 'value', '987654');

    await page.keyboard.press('Backspace');
    await expectShown('reactive', 'value', '98765');
    await expectShown('reactive', 'status', 'INVALID');
  });

  it('writes form values into the element, without firing its user-change events', async () => {
    await page.getByRole('button', { name: 'Điền mã 123456' }).click();
    await expectShown('reactive', 'status', 'VALID');
    assert.equal(await field('reactive').inputValue(), '123456');
    assert.equal(await otp('reactive').evaluate((element) => element.value), '123456');
    assert.equal(await shown('reactive', 'completed'), '');

    await page.getByRole('button', { name: 'Xoá biểu mẫu' }).click();
    await expectShown('reactive', 'errors', { required: true });
    assert.equal(await field('reactive').inputValue(), '');
  });

  it('marks the control touched when focus leaves the element, not when it moves to its resend button', async () => {
    await field('reactive').focus();
    await expectShown('reactive', 'touched', 'false');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.textContent.trim()), 'Gửi lại mã');
    await page.waitForTimeout(200);
    assert.equal(await shown('reactive', 'touched'), 'false');
    await page.keyboard.press('Tab');
    await expectShown('reactive', 'touched', 'true');
  });

  it('follows disable() and enable()', async () => {
    await page.getByRole('button', { name: 'Khoá ô nhập' }).click();
    await expectShown('reactive', 'status', 'DISABLED');
    assert.equal(await field('reactive').isDisabled(), true);
    assert.equal(await otp('reactive').evaluate((element) => element.disabled), true);

    await page.getByRole('button', { name: 'Mở khoá ô nhập' }).click();
    await expectShown('reactive', 'status', 'INVALID');
    assert.equal(await field('reactive').isEnabled(), true);
    await field('reactive').pressSequentially('1');
    await expectShown('reactive', 'value', '1');
  });

  it('lets the page handle a cancelable event and call the element back', async () => {
    await otp('reactive').getByRole('button', { name: 'Gửi lại mã' }).click();
    await expectShown('reactive', 'resends', '1');
    // The handler cancelled the element's own request and told it a code was sent.
    await otp('reactive').getByText('Đã gửi mã mới đến 091****678.').waitFor();
    assert.equal(await otp('reactive').getByRole('button', { name: 'Gửi lại mã' }).getAttribute('aria-disabled'), 'true');
  });

  it('works with ngModel: value both ways, validity, touched and disabled', async () => {
    await expectShown('template', 'valid', 'false');
    await expectShown('template', 'errors', { required: true });

    await field('template').pressSequentially('ab1');
    await expectShown('template', 'value', 'AB1');
    await expectShown('template', 'errors', { otpIncomplete: { requiredLength: 4, actualLength: 3 } });
    await field('template').pressSequentially('2');
    await expectShown('template', 'value', 'AB12');
    await expectShown('template', 'valid', 'true');

    await field('template').press('Tab');
    await expectShown('template', 'touched', 'true');

    await field('template').selectText();
    await page.keyboard.press('Backspace');
    await expectShown('template', 'value', '');
    await expectShown('template', 'errors', { required: true });

    await page.getByRole('button', { name: 'Điền mã AB12' }).click();
    await expectShown('template', 'valid', 'true');
    assert.equal(await field('template').inputValue(), 'AB12');

    await page.getByRole('checkbox', { name: 'Khoá ô nhập' }).check();
    await expectShown('template', 'valid', 'false');
    assert.equal(await field('template').isDisabled(), true);
    await page.getByRole('checkbox', { name: 'Khoá ô nhập' }).uncheck();
    await expectShown('template', 'valid', 'true');
    assert.equal(await field('template').isEnabled(), true);

    // A longer code asked for by the page: the same value is now incomplete.
    await page.getByRole('button', { name: 'Dùng mã 6 ký tự' }).click();
    await expectShown('template', 'errors', { otpIncomplete: { requiredLength: 6, actualLength: 4 } });
    assert.equal(await otp('template').locator('.box').count(), 6);
  });

  it('passes an array property in and receives the search and select events', async () => {
    const search = page.locator('#procedure dvc-procedure-search');
    const field = search.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
    await field.fill('đăng ký');
    await field.press('Enter');
    await expectShown('procedure', 'total', '2');
    await search.getByRole('button', { name: 'Đăng ký kết hôn' }).click();
    await search.getByRole('button', { name: 'Chọn thủ tục này' }).click();
    await expectShown('procedure', 'chosen', '1.000894 Đăng ký kết hôn');

    // Angular replaces the array; the element searches the new records.
    await page.getByRole('button', { name: 'Thêm thủ tục đăng ký khai tử' }).click();
    await field.fill('khai tử');
    await field.press('Enter');
    await expectShown('procedure', 'total', '1');
    await search.getByRole('button', { name: 'Đăng ký khai tử' }).waitFor();
  });

  it('logged no error in the page', () => {
    assert.deepEqual(pageErrors, []);
  });
});

/**
 * The package's dist/esm and dist/types, which the application imports. Type errors are the
 * typecheck step's to report: exit status 2 means tsc wrote every file all the same.
 */
function buildPackage() {
  try {
    execFileSync(join(ROOT, 'node_modules/.bin/tsc'), ['-p', 'tsconfig.build.json'], { cwd: ROOT, stdio: 'inherit' });
  } catch (error) {
    if (error.status !== 2) throw error;
  }
}

function isDeepEqual(a, b) {
  try {
    assert.deepEqual(a, b);
    return true;
  } catch {
    return false;
  }
}
