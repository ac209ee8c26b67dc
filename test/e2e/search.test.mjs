// Finding a procedure on the demo page with the keyboard alone: the search (over the demo
// backend's HTTP API), a suggestion, a filter, a result's detail, and choosing it into the session.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { openDemo } from './support.mjs';

/** What has focus, across shadow roots: its tag, role, name-ish text and id. */
const focusedThing = () => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return {
    tag: active?.localName,
    role: active?.getAttribute('role'),
    id: active?.id,
    className: typeof active?.className === 'string' ? active.className : '',
    type: active?.getAttribute('type'),
    text: (active?.textContent ?? '').replace(/\s+/g, ' ').trim(),
    value: active?.value,
    checked: active?.checked,
  };
};

describe('procedure search on the demo page, by keyboard', () => {
  let demo;
  let page;
  let close;

  before(async () => {
    ({ demo, page, close } = await openDemo());
    await page
      .locator('dvc-procedure-search')
      .getByText(/2\.642 thủ tục/)
      .waitFor();
  });

  after(() => close?.());

  /** Presses Tab until `test` holds for the focused thing; returns it. */
  async function tabTo(test, limit = 60) {
    for (let presses = 0; presses < limit; presses += 1) {
      await page.keyboard.press('Tab');
      const thing = await page.evaluate(focusedThing);
      if (test(thing)) return thing;
    }
    throw new Error('not reached with Tab');
  }

  it('searches, picks a suggestion, filters, opens a result and chooses it', async () => {
    const search = page.locator('dvc-procedure-search');
    await tabTo((thing) => thing.role === 'combobox');
    await page.keyboard.type('tam tru');
    const combobox = page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
    await page.waitForFunction(() => {
      const el = document
        .querySelector('dvc-demo-page')
        .shadowRoot.querySelector('dvc-demo-search-section')
        .shadowRoot.querySelector('dvc-procedure-search');
      return el.shadowRoot.querySelector('#search-input').getAttribute('aria-expanded') === 'true';
    });
    assert.equal(await combobox.getAttribute('aria-expanded'), 'true');
    const options = search.getByRole('option');
    assert.ok((await options.count()) > 1);
    await page.keyboard.press('ArrowDown');
    const picked = (await options.first().locator('.option-name').textContent()).trim();
    assert.match(picked, /tạm trú/i);
    await page.keyboard.press('Enter');
    await page.waitForFunction((name) => new URL(location.href).searchParams.get('q') === name, picked);
    assert.equal(await combobox.inputValue(), picked);
    assert.equal(await combobox.getAttribute('aria-expanded'), 'false');

    // The count is said in the polite region a moment later, while the field has focus.
    await search
      .locator('[role="status"]')
      .getByText(/^Tìm thấy \d+ thủ tục\.$/)
      .waitFor();

    // A filter, then the first result, by Tab alone.
    const box = await tabTo((thing) => thing.type === 'checkbox');
    await page.keyboard.press('Space');
    await page.waitForFunction(() => new URL(location.href).searchParams.getAll('sector').length === 1);
    assert.equal((await page.evaluate(focusedThing)).checked, true, 'focus stays on the checkbox');
    await search.getByRole('button', { name: `Bỏ lọc: ${box.value}` }).waitFor();

    const result = await tabTo((thing) => thing.className.split(' ').includes('result-link'));
    await page.keyboard.press('Enter');
    const heading = search.getByRole('heading', { level: 2, name: result.text });
    await heading.waitFor();
    assert.equal((await page.evaluate(focusedThing)).id, 'detail-heading');
    await tabTo((thing) => thing.text === 'Chọn thủ tục này');
    await page.keyboard.press('Enter');
    await page
      .locator('dvc-demo-search-section')
      .getByText(`Thủ tục đã chọn cho bước tiếp theo: ${result.text}`, { exact: false })
      .waitFor();
    assert.ok(new URL(page.url()).searchParams.get('procedure'));

    // Back closes the detail; the results come back with the filter.
    await page.goBack();
    await search.getByRole('heading', { level: 2, name: 'Kết quả tìm kiếm' }).waitFor();
    assert.equal(new URL(page.url()).searchParams.getAll('sector').length, 1);
  });

  it('marks the highlighted suggestion in forced-colours mode with the system highlight', async () => {
    await page.goto(demo.url);
    await page.emulateMedia({ forcedColors: 'active' });
    try {
      const combobox = page.getByRole('combobox', { name: 'Tìm thủ tục hành chính' });
      await combobox.focus();
      await page.keyboard.press('Control+A');
      await page.keyboard.type('ho chieu');
      await page.locator('dvc-procedure-search').getByRole('option').first().waitFor();
      await page.keyboard.press('ArrowDown');
      const colours = await page.locator('dvc-procedure-search [role="option"][aria-selected="true"]').evaluate((option) => {
        const style = getComputedStyle(option);
        const probe = document.createElement('div');
        probe.style.background = 'Highlight';
        document.body.append(probe);
        const highlight = getComputedStyle(probe).backgroundColor;
        probe.remove();
        return { background: style.backgroundColor, highlight };
      });
      assert.equal(colours.background, colours.highlight);
      // The search button's label stays visible: text in Canvas would vanish on the backplate
      // forced-colours mode paints behind text (in Canvas).
      const button = await page.locator('dvc-procedure-search button[type="submit"]').evaluate((element) => {
        const probe = document.createElement('div');
        probe.style.color = 'Canvas';
        document.body.append(probe);
        const canvas = getComputedStyle(probe).color;
        probe.remove();
        return { color: getComputedStyle(element).color, canvas };
      });
      assert.notEqual(button.color, button.canvas);
    } finally {
      await page.emulateMedia({ forcedColors: 'none' });
    }
  });
});
