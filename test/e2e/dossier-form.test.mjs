// The online dossier on the demo page, over the demo server's HTTP backend: sign in with the sample
// account, fill the temporary residence form (address by keyboard, a PDF), check the answers, file
// it, and follow the dossier it filed.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

describe('dossier form on the demo page', () => {
  let page;
  let close;

  before(async () => {
    ({ page, close } = await openDemo());
  });

  after(() => close?.());

  it('files a temporary residence registration and follows it', async () => {
    const section = page.locator('dvc-demo-dossier-section');
    await section.getByRole('heading', { level: 2, name: 'Nộp hồ sơ trực tuyến' }).waitFor();
    await page.waitForLoadState('networkidle');
    await section.getByRole('button', { name: 'Đăng nhập bằng tài khoản mẫu' }).click();
    const form = section.locator('dvc-dossier-form');
    await form.getByRole('heading', { level: 2, name: 'Đăng ký tạm trú' }).waitFor();

    await form.getByLabel(/^Họ, chữ đệm và tên/).fill('Trần Văn Minh');
    await form.getByLabel(/^Ngày, tháng, năm sinh/).fill('01/01/1990');
    await form.getByLabel(/^Số định danh cá nhân\/CMND/).fill('001090000001');
    await form.getByLabel(/^Số điện thoại/).fill('0912000001');

    const province = form.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await province.focus();
    await page.keyboard.type('ho chi minh');
    await form.getByRole('option', { name: /Thành phố Hồ Chí Minh/ }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('ben thanh');
    await form.getByRole('option', { name: 'Phường Bến Thành' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lê Lợi');

    await form.getByLabel(/^Căn cứ sử dụng chỗ ở hợp pháp/).selectOption('rented');
    await form.getByLabel(/^Tạm trú từ ngày/).fill('01/12/2026');
    await form.getByLabel(/^Đến ngày/).fill('30/11/2027');
    await form.getByLabel(/^Giấy tờ, tài liệu chứng minh/).setInputFiles({
      name: 'hop-dong-thue-nha.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('%PDF-1.7\n1 0 obj\n<< >>\nendobj\n'),
    });
    await form.getByRole('button', { name: 'Bỏ hop-dong-thue-nha.pdf' }).waitFor();

    await form.getByRole('button', { name: 'Tiếp tục' }).click();
    await form.getByRole('heading', { name: 'Kiểm tra lại trước khi nộp' }).waitFor();
    assert.match(await form.textContent(), /12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh/);
    await form.getByRole('button', { name: 'Nộp hồ sơ' }).click();

    await form.getByRole('heading', { name: 'Đã nộp hồ sơ' }).waitFor({ timeout: 15_000 });
    const code = /Mã hồ sơ của bạn: (\S+)\./.exec(await form.textContent())[1];
    assert.match(code, /^000\.00\.00\.H99-\d{6}-\d{4}$/);
    await section.locator('dvc-dossier-status').getByText('Yêu cầu thực hiện nghĩa vụ tài chính').first().waitFor({ timeout: 15_000 });
  });
});
