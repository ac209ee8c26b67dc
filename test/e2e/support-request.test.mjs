// The support request on the demo page, with the keyboard only: a question about a procedure
// picked with the search picker, answered by email; the reference is shown and the desk's
// confirmation reaches the simulated phone.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

describe('support request on the demo page', () => {
  let page;
  let close;

  before(async () => {
    ({ page, close } = await openDemo());
  });

  after(() => close?.());

  it('asks a question about a procedure and gets a ticket reference', async () => {
    const section = page.locator('dvc-demo-support-section');
    const form = section.locator('dvc-support-request');
    await form.getByRole('heading', { level: 2, name: 'Đề nghị hỗ trợ' }).waitFor();
    await form.locator('.captcha img').waitFor({ timeout: 30_000 });

    // The topic: arrow keys through the radio group.
    await form.getByRole('radio', { name: 'Sử dụng Cổng Dịch vụ công' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    assert.equal(await form.getByRole('radio', { name: 'Thực hiện một thủ tục hành chính' }).isChecked(), true);

    // The related procedure, found by its code in the picker that now shows.
    const search = form.getByRole('combobox', { name: 'Tìm thủ tục theo tên hoặc mã' });
    await search.waitFor();
    await page.keyboard.press('Tab');
    assert.equal(await search.evaluate((input) => input === input.getRootNode().activeElement), true);
    await page.keyboard.type('1.000253');
    await page.keyboard.press('Enter');
    const result = form.locator('.result-link[data-code="1.000253"]');
    await result.waitFor({ timeout: 30_000 });
    await result.focus();
    await page.keyboard.press('Enter');
    const choose = form.getByRole('button', { name: 'Chọn thủ tục này' });
    await choose.focus();
    await page.keyboard.press('Enter');
    await form.getByText(/\(1\.000253\)$/).waitFor();
    assert.equal(
      await form.getByRole('button', { name: 'Đổi thủ tục' }).evaluate((button) => button === button.getRootNode().activeElement),
      true,
    );

    // The question, then past the file field to the name, the channel and its address.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Tôi là người nước ngoài, khai báo tạm trú trực tuyến thì cần chuẩn bị giấy tờ gì?');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Trần Văn Minh');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    assert.equal(await form.getByRole('radio', { name: 'Thư điện tử' }).isChecked(), true);
    await page.keyboard.press('Tab');
    await page.keyboard.type('minh.tran@example.vn');

    // The captcha, read from the demo backend as a person reads the image.
    const captchaId = await form.evaluate((el) => el._captcha.challenge.id);
    const { answer } = await page.evaluate(async (id) => (await fetch(`/api/_demo/captcha/${id}`)).json(), captchaId);
    await form.getByRole('textbox', { name: 'Mã xác thực' }).focus();
    await page.keyboard.type(answer);
    await page.keyboard.press('Enter');

    await form.getByRole('heading', { name: 'Kiểm tra lại trước khi gửi' }).waitFor();
    await form.getByRole('button', { name: 'Gửi yêu cầu' }).focus();
    await page.keyboard.press('Enter');
    await form.getByRole('heading', { name: 'Đã gửi yêu cầu hỗ trợ' }).waitFor({ timeout: 30_000 });
    const reference = (await form.locator('.reference strong').textContent()).trim();
    assert.match(reference, /^HT-\d{6}-\d{6}$/);
    await section.getByText(`Trang nhận được sự kiện hoàn tất với mã: ${reference}`).waitFor();
    await page
      .locator('dvc-demo-phone')
      .getByText(new RegExp(`đã nhận yêu cầu ${reference}`))
      .waitFor();
  });
});
