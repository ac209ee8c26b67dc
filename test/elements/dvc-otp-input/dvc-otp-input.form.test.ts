import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/elements/dvc-otp-input/define.js';
import type { DvcOtpInput } from '../../../src/elements/dvc-otp-input/dvc-otp-input.js';
import { runFormControlTests } from '../../base/form-control-suite.js';
import { inputOf, part, mount } from './helpers.js';

runFormControlTests<DvcOtpInput>({
  tag: 'dvc-otp-input',
  validValue: '123456',
  invalidValue: '123',
  requiredMessage: { vi: 'Vui lòng nhập mã OTP.', en: 'Enter the one-time code.' },
});

describe('<dvc-otp-input> in a form', () => {
  it('submits what the user typed under its name, once', async () => {
    const form = await mount<HTMLFormElement>(html`<form><dvc-otp-input name="otp"></dvc-otp-input></form>`);
    const el = form.querySelector('dvc-otp-input')!;
    el.focus();
    await sendKeys({ type: '１２3 456' });
    expect([...new FormData(form).entries()]).to.deep.equal([['otp', '123456']]);
  });

  it('is too short while incomplete, with our message', async () => {
    const el = await fixture<DvcOtpInput>(html`<dvc-otp-input value="123"></dvc-otp-input>`);
    expect(el.validity.tooShort).to.equal(true);
    expect(el.validity.valueMissing).to.equal(false);
    expect(el.validationMessage).to.equal('Mã OTP chưa đủ số ký tự.');
  });

  it('resets to its value attribute and hides a shown validation message', async () => {
    const form = await mount<HTMLFormElement>(html`<form><dvc-otp-input name="otp" value="12" required></dvc-otp-input></form>`);
    const el = form.querySelector('dvc-otp-input')!;
    el.value = '';
    el.reportValidity();
    await el.updateComplete;
    expect(part(el, 'error').textContent).to.equal('Vui lòng nhập mã OTP.');
    form.reset();
    await el.updateComplete;
    expect(el.value).to.equal('12');
    expect(inputOf(el).value).to.equal('12');
    expect(part(el, 'error').hidden).to.equal(true);
  });

  it('disables its input inside a disabled fieldset', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form>
        <fieldset disabled><dvc-otp-input></dvc-otp-input></fieldset>
      </form>`,
    );
    const el = form.querySelector('dvc-otp-input')!;
    await el.updateComplete;
    expect(inputOf(el).disabled).to.equal(true);
    form.querySelector('fieldset')!.disabled = false;
    await el.updateComplete;
    expect(inputOf(el).disabled).to.equal(false);
  });

  it('keeps its inner input out of FormData even when the element has a name', async () => {
    const form = await mount<HTMLFormElement>(html`<form><dvc-otp-input name="otp" value="654321"></dvc-otp-input></form>`);
    expect(new FormData(form).getAll('otp')).to.deep.equal(['654321']);
    expect([...new FormData(form).keys()]).to.deep.equal(['otp']);
  });
});
