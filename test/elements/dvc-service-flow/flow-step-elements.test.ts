import { expect } from '@open-wc/testing';
import { $, atStep, clearFlowStorage, mountFlow } from './helpers.js';

// Its own file, so the page starts with no element but the flow registered.
describe('<dvc-service-flow> step elements', function () {
  this.timeout(30_000);
  afterEach(clearFlowStorage);

  it('registers a step’s element when the journey reaches it, and the next one ahead', async () => {
    const el = await mountFlow({ steps: 'search,pay,rate' });
    expect(el.step).to.equal('search');
    expect($(el, 'dvc-procedure-search')!.shadowRoot, 'the search is upgraded when the flow is ready').to.not.equal(null);
    await customElements.whenDefined('dvc-payment-selector');
    expect(customElements.get('dvc-registration-wizard'), 'a step the page does not run').to.equal(undefined);
    expect(customElements.get('dvc-satisfaction-survey'), 'two steps ahead').to.equal(undefined);
    expect(customElements.get('dvc-dossier-status')).to.equal(undefined);
  });

  it('has the element ready by the time the step is shown', async () => {
    const el = await mountFlow({ steps: 'account' });
    await atStep(el, 'account');
    expect($(el, 'dvc-registration-wizard')!.shadowRoot).to.not.equal(null);
  });
});
