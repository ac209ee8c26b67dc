/** One failure box for every element that tells of a failed call in its shadow root. */
import { expect } from '@open-wc/testing';
import type { LitElement } from 'lit';
import { failure } from '../../src/base/failure.styles.js';
import '../../src/elements/dvc-dossier-status/define.js';
import '../../src/elements/dvc-payment-selector/define.js';
import '../../src/elements/dvc-procedure-search/define.js';
import '../../src/elements/dvc-profile-consent/define.js';
import '../../src/elements/dvc-satisfaction-survey/define.js';

describe('the failure box', () => {
  it('is drawn by the same rules in every element that shows one', () => {
    for (const tag of [
      'dvc-dossier-status',
      'dvc-payment-selector',
      'dvc-procedure-search',
      'dvc-profile-consent',
      'dvc-satisfaction-survey',
    ]) {
      const element = customElements.get(tag) as unknown as typeof LitElement;
      expect(element.elementStyles, tag).to.include(failure);
    }
  });
});
