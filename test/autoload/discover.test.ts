import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { discover } from '../../src/autoload/discover.js';

// Each test file runs in its own page: no element is registered until this file's tests add one.
// fixtureSync: the plain elements here have no update to wait for, and a frame may never come in
// a page the runner keeps in the background.
describe('discover: registering each element when its tag appears', function () {
  // The first element's modules arrive one by one from the test server.
  this.timeout(30_000);
  it('registers an element added to the document later, keeping what was set on it before', async () => {
    expect(customElements.get('dvc-otp-input')).to.equal(undefined);
    await discover(document);
    const element = document.createElement('dvc-otp-input') as HTMLElement & { length: number; updateComplete: Promise<boolean> };
    element.length = 4;
    expect(customElements.get('dvc-otp-input')).to.equal(undefined); // Not on the page yet.

    fixtureSync(html`<div>${element}</div>`);
    await customElements.whenDefined('dvc-otp-input');
    expect(element).to.be.instanceOf(customElements.get('dvc-otp-input')!);
    await element.updateComplete;
    expect(element.length).to.equal(4);
    expect(element.shadowRoot).to.not.equal(null);
  });

  it('leaves tags of the library that are not on the page, and other custom tags, alone', async () => {
    fixtureSync(html`<dvc-not-an-element></dvc-not-an-element>`);
    await discover(document);
    expect(customElements.get('dvc-not-an-element')).to.equal(undefined);
    expect(customElements.get('dvc-payment-selector')).to.equal(undefined);
  });

  it('sees into a shadow root only once it is handed over', async () => {
    const host = fixtureSync(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<dvc-error-summary></dvc-error-summary>';
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(customElements.get('dvc-error-summary')).to.equal(undefined);

    await discover(shadow);
    expect(customElements.get('dvc-error-summary')).to.not.equal(undefined);
    expect(shadow.querySelector('dvc-error-summary')!.matches(':defined')).to.equal(true);

    // And keeps watching it.
    shadow.innerHTML += '<dvc-profile-consent></dvc-profile-consent>';
    await waitUntil(() => customElements.get('dvc-profile-consent'), 'the consent element was not registered', { timeout: 5000 });
  });
});
