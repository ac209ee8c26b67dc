/** axe in every state, keyboard-only use, the English locale, 320 px and forced colours. */
import { expect, html } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { Commune } from '../../../src/core/data/communes.js';
import type { DvcAddressPicker } from '../../../src/elements/dvc-address-picker/dvc-address-picker.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { announced, error, input, lineInput, listbox, mount, options, provinceNote } from './helpers.js';

describe('<dvc-address-picker> accessibility', function () {
  // axe over the open list of 34 options is slow when files run in parallel.
  this.timeout(30_000);
  afterEach(() => setLocale('vi'));

  it('is accessible when empty, with an empty live region from the first render', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker required></dvc-address-picker>`);
    await expect(el).to.be.accessible();
    expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent!.trim()).to.equal('');
    expect(input(el, 'province').getAttribute('aria-required')).to.equal('true');
  });

  it('is accessible with the list open and an option active', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    input(el, 'province').focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(listbox(el, 'province').hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is accessible with an old province mapped and its note', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    input(el, 'province').focus();
    await sendKeys({ type: 'dak nong' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(provinceNote(el).hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is accessible with errors shown', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker required></dvc-address-picker>`);
    el.reportValidity();
    await el.updateComplete;
    expect(error(el, 'province').hidden).to.equal(false);
    await expect(el).to.be.accessible();
  });

  it('is accessible when the communes cannot be loaded, and when disabled', async () => {
    const failing = async (): Promise<readonly Commune[]> => {
      throw new Error('offline');
    };
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker .communeSource=${failing}></dvc-address-picker>`);
    expect(el.shadowRoot!.querySelector('.retry')).to.not.equal(null);
    await expect(el).to.be.accessible();
    el.disabled = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is accessible in English, and switches language with its texts and messages', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker required value='{"provinceCode":"01"}'></dvc-address-picker>`);
    el.reportValidity();
    await setLocale('en');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('Address');
    expect(el.shadowRoot!.querySelector('#province-label')!.textContent).to.equal('Province or city');
    expect(lineInput(el, 'house').labels![0].textContent).to.equal('House number, lane or alley');
    expect(error(el, 'commune').textContent).to.equal('Choose a commune or ward.');
    await expect(el).to.be.accessible();
    // Names of places stay as they are officially written.
    input(el, 'commune').focus();
    await sendKeys({ type: 'ba dinh' });
    await el.updateComplete;
    expect(options(el, 'commune')).to.deep.equal(['Phường Ba Đình']);
    await announced(el, '1 match. Press Enter to choose it.');
    await setLocale('vi');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('legend')!.textContent!.trim()).to.equal('Địa chỉ');
  });

  it('can be filled in with the keyboard alone', async () => {
    const form = await mount<HTMLFormElement>(html`<form><dvc-address-picker name="address"></dvc-address-picker></form>`);
    const el = form.querySelector('dvc-address-picker')!;
    input(el, 'province').focus();
    await sendKeys({ type: 'vinh long' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'commune'));
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(lineInput(el, 'house'));
    await sendKeys({ type: '7' });
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(lineInput(el, 'street'));
    await sendKeys({ type: 'Ấp Mỹ' });
    await el.updateComplete;
    const address = JSON.parse(new FormData(form).get('address') as string);
    expect(address.provinceCode).to.equal('86');
    expect(address.communeCode).to.match(/^\d{5}$/);
    expect(address).to.deep.include({ houseNumber: '7', street: 'Ấp Mỹ' });
  });

  it('reflows at 320 px with targets of at least 24 px', async () => {
    await setViewport({ width: 320, height: 640 });
    try {
      const el = await mount<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
      input(el, 'province').focus();
      await sendKeys({ type: 'binh' });
      await el.updateComplete;
      expect(document.documentElement.scrollWidth).to.be.at.most(320);
      for (const field of [input(el, 'province'), input(el, 'commune'), lineInput(el, 'house'), lineInput(el, 'street')]) {
        const box = field.getBoundingClientRect();
        expect(box.height).to.be.at.least(24);
        expect(box.right).to.be.at.most(320);
      }
      for (const option of listbox(el, 'province').querySelectorAll('[role="option"]')) {
        const box = option.getBoundingClientRect();
        expect(box.height).to.be.at.least(24);
        expect(box.right).to.be.at.most(320);
      }
    } finally {
      await setViewport({ width: 800, height: 600 });
    }
  });

  it('marks the active option by system colours in forced-colours mode', async () => {
    // The Chrome launcher cannot emulate forced colours, so read the rules the shadow root adopts.
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    const forced = el
      .shadowRoot!.adoptedStyleSheets.flatMap((sheet) => [...sheet.cssRules])
      .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && rule.conditionText.includes('forced-colors: active'))
      .flatMap((rule) => [...rule.cssRules] as CSSStyleRule[]);
    const active = forced.find((rule) => rule.selectorText === '.option.active')!;
    expect(active.style.background).to.equal('highlight');
    expect(active.style.color).to.equal('highlighttext');
  });
});
