// The whole journey on the demo page, in one <dvc-service-flow>, mostly from the keyboard: find
// a procedure, sign in with VNeID (the stand-in page and back), file the dossier, pay on the
// stand-in provider page and come back, follow the status as the agency moves it on, and rate.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

/** The focused element's tag and text, through shadow roots. */
const focused = (page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.localName}:${active.textContent.replace(/\s+/g, ' ').trim()}` : '';
  });

/** Focuses a control the way a keyboard user reaches it, then presses a key on it. */
async function press(locator, key = 'Enter') {
  await locator.focus();
  await locator.press(key);
}

describe('the whole journey on the demo page', () => {
  let demo;
  let browser;
  let page;
  let close;

  before(async () => {
    ({ demo, browser, page, close } = await openDemo());
  });

  after(() => close?.());

  it('finds, signs in with VNeID, files, pays, follows and rates, and comes back after each page it leaves for', async () => {
    const flow = page.locator('dvc-service-flow');
    const heading = (name) => flow.getByRole('heading', { level: 2, name });
    await page.waitForLoadState('networkidle');

    // Start: the journey's first step, with focus on its heading.
    await press(page.getByRole('button', { name: 'Bắt đầu nộp hồ sơ' }));
    await heading('Bước 1 / 6 Tìm thủ tục hành chính').waitFor();
    assert.equal(await focused(page), 'h2:Bước 1 / 6 Tìm thủ tục hành chính');

    // 1. Search by the procedure's code, open the result and choose it.
    const combobox = flow.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
    await combobox.focus();
    await page.keyboard.type('1.000757');
    await page.keyboard.press('Enter');
    const result = flow.getByRole('button', { name: /Cấp lại thẻ căn cước \(thực hiện tại cấp trung ương\)/ }).first();
    await result.waitFor();
    await press(result);
    await press(flow.getByRole('button', { name: 'Chọn thủ tục này' }));

    // 2. Sign in with VNeID: the stand-in VNeID page, then back to the same step, which finishes.
    await heading('Bước 2 / 6 Đăng nhập hoặc tạo tài khoản').waitFor();
    assert.equal(await focused(page), 'h2:Bước 2 / 6 Đăng nhập hoặc tạo tài khoản');
    await press(flow.getByLabel('Công dân', { exact: true }), 'Space');
    await page.keyboard.press('Enter');
    await press(flow.getByLabel('Tài khoản định danh điện tử VNeID'), 'Space');
    await page.keyboard.press('Enter');
    await Promise.all([page.waitForURL(/\/_demo\/vneid\/authorize/), press(flow.getByRole('button', { name: 'Tiếp tục với VNeID' }))]);
    await Promise.all([page.waitForURL((url) => !url.pathname.includes('_demo')), press(page.getByRole('button', { name: 'Đồng ý' }))]);

    // 3. The dossier: the name comes from VNeID, the ID number is typed, the server sets the fees.
    await heading('Bước 3 / 6 Xác nhận thông tin hồ sơ').waitFor({ timeout: 20_000 });
    assert.doesNotMatch(page.url(), /code=|state=/);
    await flow.getByText('Cấp lại thẻ căn cước (thực hiện tại cấp trung ương)').first().waitFor();
    assert.equal(await flow.getByLabel('Họ và tên').inputValue(), 'Lê Thị Hoa');
    await flow.getByLabel('Số CMND/CCCD').focus();
    await page.keyboard.type('001190000003');
    await page.keyboard.press('Enter');
    const created = flow.getByRole('heading', { level: 3, name: /^Đã nộp hồ sơ\. Mã hồ sơ của bạn: / });
    await created.waitFor();
    const code = /(\d{3}\.\d{2}\.\d{2}\.H\d{2}-\d{6}-\d{4})/.exec(await created.textContent())[1];
    assert.match(await flow.locator('tfoot').textContent(), /Tổng cộng\s*140\.000\s₫/);
    await press(flow.getByRole('button', { name: 'Tiếp tục', exact: true }));

    // 4. Pay: the stand-in provider's page, and back to the outcome the server confirms.
    await heading('Bước 4 / 6 Nộp phí, lệ phí').waitFor();
    const vnpay = flow.getByRole('radio', { name: 'VNPAY' });
    await vnpay.waitFor();
    await press(vnpay, 'Space');
    await Promise.all([page.waitForURL(/\/_demo\/pay\?transactionId=/), press(flow.getByRole('button', { name: 'Tiếp tục đến VNPAY' }))]);
    await Promise.all([
      page.waitForURL((url) => !url.pathname.includes('_demo')),
      press(page.getByRole('button', { name: 'Thanh toán', exact: true })),
    ]);
    await flow.getByRole('heading', { level: 2, name: 'Thanh toán thành công' }).waitFor({ timeout: 20_000 });
    assert.doesNotMatch(page.url(), /transactionId/);
    // The payment section further down the page did not take the journey's transaction for its own.
    assert.equal(await page.locator('dvc-demo-payment-section').getByRole('heading', { name: 'Thanh toán thành công' }).count(), 0);
    await press(flow.getByRole('button', { name: 'Tiếp tục', exact: true }));

    // 5. Follow the dossier: paid, it is being processed; the agency returns the result.
    await heading('Bước 5 / 6 Theo dõi hồ sơ').waitFor();
    const status = flow.locator('dvc-dossier-status');
    await status.getByRole('heading', { level: 3, name: 'Trạng thái: Đang xử lý' }).waitFor();
    assert.equal(await flow.getByRole('button', { name: 'Tiếp tục', exact: true }).count(), 0);
    const moved = await page.request.post(new URL('/api/_demo/dossiers/status', demo.url).href, { data: { code, status: 10 } });
    assert.equal(moved.status(), 200);
    await press(status.getByRole('button', { name: 'Cập nhật trạng thái' }));
    await status.getByRole('heading', { level: 3, name: 'Trạng thái: Đã trả kết quả' }).waitFor();
    await status.getByRole('status').getByText('Trạng thái hồ sơ đã thay đổi: Đã trả kết quả.').waitFor();
    assert.equal(await status.locator('[part="timeline"] li').count(), 4);
    await press(flow.getByRole('button', { name: 'Tiếp tục', exact: true }));

    // 6. Rate the service, which completes the journey.
    await heading('Bước 6 / 6 Đánh giá sự hài lòng').waitFor();
    const survey = flow.locator('dvc-satisfaction-survey');
    const groups = await survey.locator('fieldset:has(input[type="radio"])').count();
    for (let index = 0; index < groups; index += 1) {
      await survey.locator('fieldset:has(input[type="radio"])').nth(index).locator('input[type="radio"]').first().check();
    }
    await press(survey.getByRole('button', { name: 'Gửi đánh giá' }));
    await heading('Bạn đã hoàn tất').waitFor();
    assert.equal(await focused(page), 'h2:Bạn đã hoàn tất');
    assert.match(await page.title(), /^Bạn đã hoàn tất – /);

    // Nothing secret was kept along the way.
    const stored = await page.evaluate(() => JSON.stringify(sessionStorage));
    assert.match(stored, new RegExp(code.replace(/\./g, '\\.')));
    assert.doesNotMatch(stored, /password|captcha|otp|"pin"|verifier/i);
  });

  it('fits a 320 px screen at each of its first steps', async () => {
    const narrow = await browser.newPage({ viewport: { width: 320, height: 800 } });
    await narrow.goto(demo.url);
    await narrow.locator('dvc-demo-page h1').waitFor({ timeout: 60_000 });
    await press(narrow.getByRole('button', { name: 'Bắt đầu nộp hồ sơ' }));
    const flow = narrow.locator('dvc-service-flow');
    await flow.getByRole('heading', { level: 2, name: 'Bước 1 / 6 Tìm thủ tục hành chính' }).waitFor();
    assert.equal(await narrow.evaluate(() => document.documentElement.scrollWidth), 320);
    await flow.getByRole('combobox', { name: 'Tìm thủ tục hành chính' }).focus();
    await narrow.keyboard.type('1.000757');
    await narrow.keyboard.press('Enter');
    await press(flow.getByRole('button', { name: /Cấp lại thẻ căn cước/ }).first());
    await press(flow.getByRole('button', { name: 'Chọn thủ tục này' }));
    await flow.getByRole('heading', { level: 2, name: 'Bước 2 / 6 Đăng nhập hoặc tạo tài khoản' }).waitFor();
    assert.equal(await narrow.evaluate(() => document.documentElement.scrollWidth), 320);
    await narrow.close();
  });
});
