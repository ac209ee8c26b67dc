/** The form-association mixin on its own, with a control that renders straight from `isDisabled`. */
import { expect, fixtureSync, html as testHtml } from '@open-wc/testing';
import { html } from 'lit';
import { DvcElement } from '../../src/base/dvc-element.js';
import { FormControlMixin } from '../../src/base/form-control.js';

class PlainControl extends FormControlMixin(DvcElement) {
  protected resetValue(): void {}
  protected restoreValue(): void {}
  protected showValidity(): void {}
  override render() {
    return html`<input ?disabled=${this.isDisabled} />`;
  }
}
PlainControl.define('dvc-test-plain-control');

const inner = (el: PlainControl) => el.shadowRoot!.querySelector('input')!;

describe('FormControlMixin', () => {
  it('renders enabled again when its own disabled property is turned off, and disabled when turned on', async () => {
    const el = fixtureSync<PlainControl>(testHtml`<dvc-test-plain-control disabled></dvc-test-plain-control>`);
    await el.updateComplete;
    expect(inner(el).disabled).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    await el.updateComplete;
    expect(el.hasAttribute('disabled')).to.equal(false);
    expect(inner(el).disabled).to.equal(false);
    el.disabled = true;
    await el.updateComplete;
    await el.updateComplete;
    expect(inner(el).disabled).to.equal(true);
  });
});
