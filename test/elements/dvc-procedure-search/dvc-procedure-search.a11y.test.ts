import { aTimeout, expect, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setLocale } from '../../../src/i18n/locale.js';
import { PROCEDURES } from './fixtures.js';
import {
  $,
  $$,
  alertRegion,
  DATASET,
  field,
  focused,
  liveRegion,
  mount,
  nextSearch,
  record,
  settled,
  textOf,
  type Search,
  expectSame,
} from './helpers.js';

const mountFixture = (template = html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`) => mount<Search>(template);

async function shiftTab() {
  await sendKeys({ down: 'Shift' });
  await sendKeys({ press: 'Tab' });
  await sendKeys({ up: 'Shift' });
}

async function typeInField(el: Search, text: string) {
  field(el).focus();
  const searched = nextSearch(el);
  await sendKeys({ type: text });
  await searched;
  await settled(el);
}

describe('<dvc-procedure-search> accessibility', () => {
  describe('axe, state by state', function () {
    // The first check loads axe; a busy machine running other test files needs the room.
    this.timeout(30_000);

    it('results before typing', async () => {
      const el = await mountFixture();
      await expect(el).to.be.accessible();
    });

    it('suggestions open, one highlighted', async () => {
      const el = await mountFixture();
      await typeInField(el, 'dang ky');
      await sendKeys({ press: 'ArrowDown' });
      await el.updateComplete;
      expect(field(el).getAttribute('aria-expanded')).to.equal('true');
      await expect(el).to.be.accessible();
    });

    it('filtered, with "remove filter" buttons', async () => {
      const el = await mount<Search>(
        html`<dvc-procedure-search filters='{"sector":["Hộ tịch"],"online":["true"]}' .procedures=${PROCEDURES}></dvc-procedure-search>`,
      );
      expect($$(el, '.chip')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    it('no results, with help', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search query="xyzzy qwv" .procedures=${PROCEDURES}></dvc-procedure-search>`);
      await waitUntil(() => $(el, '.no-results .chips') !== null);
      await expect(el).to.be.accessible();
    });

    it('detail, and chosen', async () => {
      const el = await mountFixture();
      $<HTMLButtonElement>(el, '.result-link')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '[part="choose"]')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('paged, second page', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search page-size="3" .procedures=${PROCEDURES}></dvc-procedure-search>`);
      $<HTMLButtonElement>(el, 'nav [data-page="2"]')!.click();
      await nextSearch(el);
      await expect(el).to.be.accessible();
    });

    it('loading, and a load failure', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search src="/data/missing.json"></dvc-procedure-search>`, { settle: false });
      await expect(el).to.be.accessible();
      await settled(el);
      expect(textOf(alertRegion(el))).to.not.equal('');
      await expect(el).to.be.accessible();
    });

    it('the whole sample, all of a long filter shown', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search src=${DATASET}></dvc-procedure-search>`);
      $<HTMLButtonElement>(el, 'button.more')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });

    it('in English', async () => {
      const el = await mountFixture();
      try {
        await setLocale('en');
        await el.updateComplete;
        await expect(el).to.be.accessible();
      } finally {
        await setLocale('vi');
      }
    });

    it('narrow, the filters folded and unfolded', async () => {
      const wrapper = await mount<HTMLDivElement>(
        html`<div style="width: 320px"><dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search></div>`,
      );
      const el = wrapper.querySelector('dvc-procedure-search')!;
      await expect(el).to.be.accessible();
      $<HTMLButtonElement>(el, '.filters-toggle')!.click();
      await el.updateComplete;
      await expect(el).to.be.accessible();
    });
  });

  describe('the live region', () => {
    it('is there, polite and empty, from the first render', async () => {
      const el = await mount<Search>(html`<dvc-procedure-search .procedures=${PROCEDURES}></dvc-procedure-search>`, { settle: false });
      const region = liveRegion(el);
      expect([region.getAttribute('aria-live'), region.getAttribute('aria-atomic'), textOf(region)]).to.deep.equal(['polite', 'true', '']);
      await settled(el);
      // A search the page started (not the citizen) says nothing.
      await aTimeout(1200);
      expect(textOf(liveRegion(el))).to.equal('');
    });

    it('says the count about a second after typing stops, not before', async () => {
      const el = await mountFixture();
      await typeInField(el, 'tam tru');
      const settledAt = performance.now();
      expect(textOf(liveRegion(el))).to.equal('');
      await aTimeout(500);
      expect(textOf(liveRegion(el))).to.equal('');
      await waitUntil(() => textOf(liveRegion(el)) === 'Tìm thấy 3 thủ tục.', 'the count was not said', { timeout: 2500 });
      expect(performance.now() - settledAt).to.be.greaterThan(700);
      await typeInField(el, 'x');
      expect(textOf(liveRegion(el))).to.equal('');
    });

    it('stays silent when focus has left the field before the pause ends', async () => {
      const el = await mountFixture();
      await typeInField(el, 'ket hon');
      await sendKeys({ press: 'Tab' });
      expect(focused(el) === field(el), 'focus stayed').to.equal(false);
      await aTimeout(1500);
      expect(textOf(liveRegion(el))).to.equal('');
    });

    it('says when nothing is found', async () => {
      const el = await mountFixture();
      await typeInField(el, 'xyzzy qwv');
      await waitUntil(() => textOf(liveRegion(el)) === 'Không tìm thấy thủ tục nào phù hợp.', 'nothing said', { timeout: 2500 });
    });
  });

  describe('keyboard only', () => {
    it('from the field to a result, its detail, and choosing it', async () => {
      const el = await mountFixture();
      const chosen = record<{ procedure: { code: string } }>(el, 'dvc-procedure-select');
      await typeInField(el, 'ket hon');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      let presses = 0;
      while (!focused(el)?.classList.contains('result-link') && presses < 40) {
        await sendKeys({ press: 'Tab' });
        presses += 1;
      }
      expect(textOf(focused(el))).to.equal('Thủ tục đăng ký kết hôn');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expectSame(focused(el), $(el, '#detail-heading'));
      await sendKeys({ press: 'Tab' });
      expect(textOf(focused(el))).to.equal('Chọn thủ tục này');
      await sendKeys({ press: 'Enter' });
      expect(chosen.map(({ procedure }) => procedure.code)).to.deep.equal(['1.000894']);
      await shiftTab();
      expect(textOf(focused(el))).to.equal('‹ Quay lại kết quả tìm kiếm');
      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(textOf(focused(el))).to.equal('Thủ tục đăng ký kết hôn');
    });

    it('has a visible focus ring and 24 px targets', async () => {
      const el = await mountFixture();
      const targets = [
        field(el),
        $(el, 'button[type="submit"]')!,
        ...$$(el, '.filters input'),
        ...$$(el, '.result-link'),
        ...$$(el, 'nav button'),
      ];
      for (const target of targets) {
        const rect = target.getBoundingClientRect();
        expect(rect.height, target.outerHTML).to.be.at.least(24);
        expect(rect.width, target.outerHTML).to.be.at.least(24);
      }
      $<HTMLButtonElement>(el, '.result-link')!.focus();
      await shiftTab();
      await sendKeys({ press: 'Tab' });
      const style = getComputedStyle(focused(el)!);
      expect(style.outlineStyle).to.equal('solid');
      expect(parseFloat(style.outlineWidth)).to.be.at.least(2);
    });
  });

  it('fits 320 px without scrolling sideways, the long names of the sample included', async () => {
    const frame = await mount<HTMLDivElement>(
      html`<div style="width: 320px; overflow: auto"><dvc-procedure-search src=${DATASET}></dvc-procedure-search></div>`,
    );
    const el = frame.querySelector('dvc-procedure-search')!;
    $<HTMLButtonElement>(el, '.filters-toggle')!.click();
    await el.updateComplete;
    expect(frame.scrollWidth).to.be.at.most(320);
    $<HTMLButtonElement>(el, '.result-link')!.click();
    await el.updateComplete;
    expect(frame.scrollWidth).to.be.at.most(320);
  });

  it('keeps each count and the hotline whole at 320 px when nothing is found', async () => {
    const frame = await mount<HTMLDivElement>(
      html`<div style="width: 320px"><dvc-procedure-search src=${DATASET}></dvc-procedure-search></div>`,
    );
    const el = frame.querySelector('dvc-procedure-search')!;
    await typeInField(el, 'xyzzy qwv');
    await waitUntil(() => $$(el, '.chips .count').length > 0, 'no sectors to browse');
    // One line each: "(1.043)" is never split, nor "1800 1096".
    const lines = (node: Node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return new Set([...range.getClientRects()].map((rect) => Math.round(rect.top))).size;
    };
    for (const count of $$(el, '.chips .count')) expect(lines(count), count.textContent!).to.equal(1);
    expect(lines($(el, '.tips a')!)).to.equal(1);
  });
});
