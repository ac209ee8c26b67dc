import { expect, fixtureSync, html } from '@open-wc/testing';
import '../../src/elements/dvc-otp-input/define.js';
import type { DvcOtpInput } from '../../src/elements/dvc-otp-input/dvc-otp-input.js';
import { setLocale, translationsLoading } from '../../src/i18n/locale.js';

// Its own file: the page must not have asked for English before these tests.
/** The element's text, in its shadow root and its light-DOM parts. */
const text = (el: Element) => `${el.shadowRoot!.textContent} ${el.textContent}`;
// A pending promise given to a failing `expect` disconnects the test runner's browser, so these
// tests assert whether English is loading, not the promise itself.
const englishLoading = () => translationsLoading() !== undefined;
const englishRequests = () => performance.getEntriesByType('resource').filter((entry) => entry.name.includes('/generated/en-text/'));

describe('English text on demand', () => {
  after(() => setLocale('vi'));

  it('is not downloaded by a page that stays in Vietnamese', async () => {
    const el = fixtureSync<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
    await el.updateComplete;
    expect(text(el)).to.include('Mã xác thực (OTP)');
    expect(englishRequests()).to.deep.equal([]);
  });

  it('is fetched on the switch, and an element that arrives meanwhile renders English first', async () => {
    const switching = setLocale('en');
    expect(englishLoading(), 'loading').to.equal(true);
    const el = fixtureSync<DvcOtpInput>(html`<dvc-otp-input></dvc-otp-input>`);
    await Promise.resolve();
    expect(el.hasUpdated, 'no render before the text is in').to.equal(false);
    await switching;
    await el.updateComplete;
    expect(text(el)).to.include('Verification code (OTP)');
    expect(text(el)).not.to.include('Mã xác thực');
    expect(englishRequests().length).to.be.greaterThan(0);
    // Text of modules the element fetches on demand may still be arriving; then the wait ends.
    await translationsLoading();
    expect(englishLoading(), 'loading').to.equal(false);
  });
});
