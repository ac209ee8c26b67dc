// The address picker on the demo page, by keyboard: an old province name finds the new province
// with a note, a commune is chosen from the list, and the form saves the address as one line.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

describe('address picker on the demo page', () => {
  let page;
  let close;

  before(async () => {
    ({ page, close } = await openDemo());
  });

  after(() => close?.());

  it('maps an old province, chooses a commune and saves the address', async () => {
    const section = page.locator('dvc-demo-address-section');
    await section.getByRole('heading', { level: 2, name: 'Địa chỉ nơi ở hiện tại' }).waitFor();
    await page.waitForLoadState('networkidle');

    const province = section.getByRole('combobox', { name: 'Tỉnh, thành phố' });
    await province.focus();
    await page.keyboard.type('binh duong');
    await section.getByRole('option', { name: /Thành phố Hồ Chí Minh/ }).waitFor();
    await page.keyboard.press('Enter');
    assert.equal(await province.inputValue(), 'Thành phố Hồ Chí Minh');
    await section.getByText('Tỉnh Bình Dương (trước ngày 01/07/2025) nay thuộc Thành phố Hồ Chí Minh.').waitFor();

    await page.keyboard.press('Tab');
    await page.keyboard.type('ben thanh');
    await section.getByRole('option', { name: 'Phường Bến Thành' }).waitFor();
    await page.keyboard.press('Enter');
    await page.keyboard.press('Tab');
    await page.keyboard.type('12');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Lê Lợi');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await section.getByText('Đã lưu: 12 Lê Lợi, Phường Bến Thành, Thành phố Hồ Chí Minh').waitFor();
  });
});
