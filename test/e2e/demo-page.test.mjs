// The demo page as a person uses it: language and theme switches, and the simulated phone that
// shows what the demo backend sent and lets the holder approve a remote-signing request.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { WCAG_RUN_ONLY } from '../../.storybook/axe-rules.mjs';
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

  it('titles every section alike, whatever element it shows', async () => {
    const sizes = await page.evaluate(() => {
      const sections = [...document.querySelector('dvc-demo-page').shadowRoot.querySelectorAll('section')];
      return sections.map((section) => {
        // The section's own title, or the title its demo element draws above what it shows.
        const own = [...section.children, ...(section.firstElementChild?.shadowRoot?.children ?? [])];
        const title = own.find((child) => child.localName === 'h2');
        return title ? `${title.textContent.trim()}: ${getComputedStyle(title).fontSize}` : null;
      });
    });
    const titled = sizes.filter(Boolean);
    assert.ok(titled.length >= 8, sizes.join('; '));
    assert.equal(new Set(titled.map((entry) => entry.split(': ').pop())).size, 1, titled.join('; '));
  });

  it('passes axe as it first shows, in each theme and language', async () => {
    const axe = await readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    const tab = await browser.newPage({ viewport: { width: 375, height: 800 } });
    await tab.addInitScript({ content: axe });
    await tab.goto(demo.url);
    await tab.locator('dvc-demo-page h1').waitFor();
    const problems = [];
    for (const [language, theme] of [
      ['vi', 'default'],
      ['en', 'province'],
      ['vi', 'large'],
    ]) {
      await tab.locator('#language').selectOption(language);
      await tab.locator('#theme').selectOption(theme);
      await tab.locator('dvc-satisfaction-survey').waitFor();
      await tab.waitForLoadState('networkidle');
      const violations = await tab.evaluate(
        (options) => window.axe.run(document, options).then((result) => result.violations),
        WCAG_RUN_ONLY,
      );
      for (const { id, nodes } of violations)
        problems.push(`${language}/${theme}: ${id} at ${nodes.map((node) => node.target.join(' ')).join(', ')}`);
    }
    await tab.close();
    assert.deepEqual(problems, []);
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
