// Paying a dossier's fees on the demo page, by keyboard: choose a provider, continue to the
// stand-in provider page, pay, come back to the outcome the server confirms; browser back then
// says the dossier is already paid.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

/** The focused element, through shadow roots. */
const deepActive = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  if (!active) return '';
  return active.localName === 'input' ? `input:${active.type}:${active.value}` : `${active.localName}:${active.textContent.trim()}`;
};

describe('payment round trip on the demo page', () => {
  let demo;
  let page;
  let close;

  before(async () => {
    ({ demo, page, close } = await openDemo());
  });

  after(() => close?.());

  it('chooses, continues, pays, returns to paid with receipts, and back shows already paid', async () => {
    const selector = page.locator('dvc-payment-selector');
    await selector.getByRole('heading', { level: 2, name: 'Thanh toán phí, lệ phí' }).waitFor();
    await selector
      .getByRole('cell', { name: /^150\.000\s₫$/ })
      .last()
      .waitFor();
    // Let every section finish loading, so nothing else takes the focus while the keyboard is used.
    await page.waitForLoadState('networkidle');

    // Keyboard only: from the last payer field, Tab into the method group, Space chooses.
    await selector.getByLabel('Địa chỉ').focus();
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(deepActive), 'input:radio:vnpay');
    await page.keyboard.press('Space');
    assert.equal(await selector.getByRole('radio', { name: 'VNPAY' }).isChecked(), true);
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(deepActive), 'button:Tiếp tục đến VNPAY');
    await Promise.all([page.waitForURL(/\/api\/_demo\/pay\?transactionId=/), page.keyboard.press('Enter')]);

    // The stand-in provider page.
    await page.getByRole('heading', { name: 'Thanh toán phí, lệ phí' }).waitFor();
    const transactionId = new URL(page.url()).searchParams.get('transactionId');
    await page.getByRole('button', { name: 'Thanh toán', exact: true }).focus();
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('transactionId') === transactionId && !url.pathname.includes('_demo')),
      page.keyboard.press('Enter'),
    ]);

    // Back on the demo page: the outcome the server confirmed.
    const back = page.locator('dvc-payment-selector');
    await back.getByRole('heading', { level: 2, name: 'Thanh toán thành công' }).waitFor();
    assert.equal(await page.evaluate(deepActive), 'h2:Thanh toán thành công');
    assert.match(await page.title(), /^Thanh toán thành công – /);
    const receipts = back.getByRole('link', { name: /^Biên lai thu (lệ phí|phí) số BL\d+/ });
    assert.equal(await receipts.count(), 2);
    const labels = await receipts.allTextContents();
    assert.match(labels[0], /lệ phí/);
    assert.match(labels[1], /Biên lai thu phí/);
    const href = await receipts.first().getAttribute('href');
    assert.equal((await page.request.get(new URL(href, demo.url).href)).status(), 200);

    // Browser back, past the provider's page, to where the citizen chose: already paid.
    await page.goBack();
    await page.goBack();
    const again = page.locator('dvc-payment-selector');
    await again.getByRole('heading', { level: 2, name: 'Hồ sơ đã được thanh toán' }).waitFor();
    assert.equal(await again.getByRole('radio').count(), 0);
    assert.equal(await again.getByRole('button', { name: /Tiếp tục/ }).count(), 0);
    assert.equal(await again.getByRole('link', { name: /^Biên lai thu/ }).count(), 2);
  });
});
