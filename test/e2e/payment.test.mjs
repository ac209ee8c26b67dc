// Paying a dossier's fees on the demo page, by keyboard: fill the payer, choose a provider,
// continue to the stand-in provider page, pay, come back to the outcome the server confirms;
// browser back then says the dossier is already paid. Also: a provider that confirms after
// sending the citizen back, and forced-colours mode.
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

    // Keyboard only: the payer for the receipts (native inputs in the light DOM), then Tab into
    // the method group, Space chooses.
    const name = selector.getByLabel('Họ và tên');
    assert.equal(await name.evaluate((input) => input.getRootNode() === input.closest('dvc-payment-selector').getRootNode()), true);
    await name.focus();
    await page.keyboard.type('Phạm Thu Trang');
    await page.keyboard.press('Tab');
    await page.keyboard.type('079190001234');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Số 1 Tràng Tiền, Hà Nội');
    await page.keyboard.press('Tab');
    await page.keyboard.type('0903123456');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(deepActive), 'input:email:');
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
    const receipt = await page.request.get(new URL(href, demo.url).href);
    assert.equal(receipt.status(), 200);
    assert.match(await receipt.text(), /Người nộp: Phạm Thu Trang/);

    // Browser back, past the provider's page, to where the citizen chose: already paid.
    await page.goBack();
    await page.goBack();
    const again = page.locator('dvc-payment-selector');
    await again.getByRole('heading', { level: 2, name: 'Hồ sơ đã được thanh toán' }).waitFor();
    assert.equal(await again.getByRole('radio').count(), 0);
    assert.equal(await again.getByRole('button', { name: /Tiếp tục/ }).count(), 0);
    assert.equal(await again.getByRole('link', { name: /^Biên lai thu/ }).count(), 2);
  });

  it('a provider that confirms after sending the citizen back: pending, then paid without a reload', async () => {
    await page.request.post(new URL('/api/_demo/reset', demo.url).href);
    await page.goto(demo.url);
    const selector = page.locator('dvc-payment-selector');
    await selector.getByRole('radio', { name: 'VNPAY' }).check();
    await Promise.all([
      page.waitForURL(/\/api\/_demo\/pay\?transactionId=/),
      selector.getByRole('button', { name: 'Tiếp tục đến VNPAY' }).click(),
    ]);
    const transactionId = new URL(page.url()).searchParams.get('transactionId');
    await Promise.all([
      page.waitForURL((url) => url.searchParams.get('transactionId') === transactionId && !url.pathname.includes('_demo')),
      page.getByRole('button', { name: 'Thanh toán, xác nhận chậm' }).click(),
    ]);
    const back = page.locator('dvc-payment-selector');
    await back.getByRole('heading', { level: 2, name: 'Đang xác nhận thanh toán' }).waitFor();
    assert.match(await page.title(), /^Đang xác nhận thanh toán – /);
    // The provider confirms (the demo clock moves past its delay); the element's next check shows it.
    await page.request.post(new URL('/api/_demo/clock', demo.url).href, { data: { advanceMs: 60_000 } });
    await back.getByRole('heading', { level: 2, name: 'Thanh toán thành công' }).waitFor({ timeout: 20_000 });
    assert.equal(await back.getByRole('link', { name: /^Biên lai thu/ }).count(), 2);
    assert.equal(new URL(page.url()).searchParams.get('transactionId'), transactionId);
  });

  it('in forced-colours mode marks the chosen provider and errors by more than colour', async () => {
    await page.request.post(new URL('/api/_demo/reset', demo.url).href);
    await page.goto(demo.url);
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      const selector = page.locator('dvc-payment-selector');
      await selector.getByRole('radio', { name: 'VNPAY' }).check();
      await selector.getByLabel('Email nhận biên lai').fill('not-an-email');
      await selector.getByRole('button', { name: 'Tiếp tục đến VNPAY' }).click();
      await selector.getByText('Nhập email đúng dạng', { exact: false }).first().waitFor();
      const look = await selector.evaluate((host) => {
        const root = host.shadowRoot;
        const width = (el) => parseFloat(getComputedStyle(el).borderTopWidth);
        const probe = document.createElement('div');
        probe.style.color = 'CanvasText';
        document.body.append(probe);
        const canvasText = getComputedStyle(probe).color;
        probe.remove();
        const email = host.querySelector('input[name="payer-email"]');
        const rows = [...root.querySelectorAll('.method')];
        return {
          chosen: width(rows.find((row) => row.classList.contains('chosen'))),
          other: width(rows.find((row) => !row.classList.contains('chosen'))),
          emailBorder: width(email),
          emailColour: getComputedStyle(email).borderTopColor,
          errorMark: parseFloat(getComputedStyle(email.closest('.field')).borderInlineStartWidth),
          canvasText,
        };
      });
      assert.ok(look.chosen > look.other, `chosen ${look.chosen}px, other ${look.other}px`);
      assert.ok(look.emailBorder >= 2);
      assert.ok(look.errorMark >= 4);
      assert.equal(look.emailColour, look.canvasText);
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });

  it('reflows at 320 px: the payment section scrolls only down', async () => {
    await page.setViewportSize({ width: 320, height: 800 });
    try {
      await page.goto(demo.url);
      const selector = page.locator('dvc-payment-selector');
      await selector.getByRole('radio', { name: 'VNPAY' }).waitFor();
      const widths = await selector.evaluate((host) => ({
        host: host.getBoundingClientRect().right,
        page: document.documentElement.scrollWidth,
      }));
      assert.ok(widths.host <= 320, `the element ends at ${widths.host}px`);
      assert.equal(widths.page, 320);
    } finally {
      await page.setViewportSize({ width: 1280, height: 720 });
    }
  });
});
