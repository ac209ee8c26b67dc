import { expect, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { DvcAddressPicker } from '../../../src/elements/dvc-address-picker/dvc-address-picker.js';
import { setLocale } from '../../../src/i18n/locale.js';
import { runFormControlTests } from '../../base/form-control-suite.js';
import { error, input, lineInput, mount, record } from './helpers.js';

const HOAN_KIEM = '{"provinceCode":"01","communeCode":"00070","houseNumber":"1","street":"Tràng Tiền"}';

runFormControlTests<DvcAddressPicker>({
  tag: 'dvc-address-picker',
  validValue: HOAN_KIEM,
  requiredMessage: { vi: 'Vui lòng chọn tỉnh, thành phố.', en: 'Choose a province or city.' },
});

describe('<dvc-address-picker> in a form', () => {
  afterEach(() => setLocale('vi'));

  it('submits the structured address as JSON under its name, and not its inner fields', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><dvc-address-picker name="address" value='{"provinceCode":"01","communeCode":"00070"}'></dvc-address-picker></form>`,
    );
    const el = form.querySelector('dvc-address-picker')!;
    lineInput(el, 'house').focus();
    await sendKeys({ type: '1' });
    lineInput(el, 'street').focus();
    await sendKeys({ type: 'Tràng Tiền' });
    expect([...new FormData(form).entries()]).to.deep.equal([['address', HOAN_KIEM]]);
    expect(JSON.parse(new FormData(form).get('address') as string)).to.deep.equal(el.address);
    expect(el.text).to.equal('1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội');
  });

  it('asks for the commune once the province is there, with our message, shown on submit and focused', async () => {
    const form = await mount<HTMLFormElement>(
      html`<form><dvc-address-picker name="address" required value='{"provinceCode":"01"}'></dvc-address-picker></form>`,
    );
    const el = form.querySelector('dvc-address-picker')!;
    const validity = record<{ errors: { label: string; message: string }[] }>(el, 'dvc-validity');
    expect(el.validity.valueMissing).to.equal(true);
    expect(el.validationMessage).to.equal('Vui lòng chọn xã, phường.');
    expect(error(el, 'commune').hidden).to.equal(true);
    form.requestSubmit();
    await el.updateComplete;
    expect(error(el, 'commune').hidden).to.equal(false);
    expect(error(el, 'commune').textContent).to.equal('Vui lòng chọn xã, phường.');
    expect(input(el, 'commune').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'commune').getAttribute('aria-describedby')!.split(' ')).to.include('commune-error');
    // Above the field, under its hint, as in the library's other elements: not hidden by the list that opens below.
    expect(error(el, 'commune').getBoundingClientRect().bottom).to.be.at.most(input(el, 'commune').getBoundingClientRect().top);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'commune'));
    expect(validity.at(-1)!.errors.map(({ label, message }) => ({ label, message }))).to.deep.equal([
      { label: 'Xã, phường, đặc khu', message: 'Vui lòng chọn xã, phường.' },
    ]);
    await setLocale('en');
    await el.updateComplete;
    expect(error(el, 'commune').textContent).to.equal('Choose a commune or ward.');
    expect(el.validationMessage).to.equal('Choose a commune or ward.');
    await sendKeys({ type: 'hoan kiem' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.validity.valid).to.equal(true);
    expect(error(el, 'commune').hidden).to.equal(true);
    expect(validity.at(-1)!.errors).to.deep.equal([]);
  });

  it('gives its own fields the autofill tokens, ids and labels browsers need', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    const house = lineInput(el, 'house');
    const street = lineInput(el, 'street');
    expect(house.getAttribute('autocomplete')).to.equal('address-line1');
    expect(street.getAttribute('autocomplete')).to.equal('address-line2');
    expect(house.labels![0].textContent).to.equal('Số nhà, ngõ, hẻm');
    expect(street.labels![0].textContent).to.equal('Đường, phố, thôn, ấp, tổ dân phố');
    expect(house.getRootNode()).to.equal(document);
  });

  it('splits a whole first address line that autofill put in the house-number field', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker value='{"provinceCode":"01"}'></dvc-address-picker>`);
    const house = lineInput(el, 'house');
    house.value = '12 Lê Lợi';
    // Autofill fires a plain `input` event, not an InputEvent.
    house.dispatchEvent(new Event('input', { bubbles: true }));
    expect(house.value).to.equal('12');
    expect(lineInput(el, 'street').value).to.equal('Lê Lợi');
    expect(el.address).to.deep.include({ houseNumber: '12', street: 'Lê Lợi' });
  });

  it('keeps what the user typed in the house-number field as it is', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    lineInput(el, 'house').focus();
    await sendKeys({ type: '12 B' });
    expect(lineInput(el, 'house').value).to.equal('12 B');
    expect(el.address.houseNumber).to.equal('12 B');
  });

  it('fires dvc-address-change when a line field is changed, with the line and the text', async () => {
    const el = await mount<DvcAddressPicker>(
      html`<dvc-address-picker value='{"provinceCode":"79","communeCode":"26743"}'></dvc-address-picker>`,
    );
    const changes = record(el, 'dvc-address-change');
    lineInput(el, 'house').focus();
    await sendKeys({ type: '12' });
    lineInput(el, 'street').focus();
    expect(changes).to.deep.equal([
      { provinceCode: '79', communeCode: '26743', line: '12', text: '12, Phường Bến Thành, Thành phố Hồ Chí Minh' },
    ]);
  });

  it('disables every field when disabled', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker disabled></dvc-address-picker>`);
    expect(input(el, 'province').disabled).to.equal(true);
    expect(input(el, 'commune').disabled).to.equal(true);
    expect(lineInput(el, 'house').disabled).to.equal(true);
    expect(lineInput(el, 'street').disabled).to.equal(true);
    el.disabled = false;
    await el.updateComplete;
    expect(input(el, 'province').disabled).to.equal(false);
    expect(lineInput(el, 'street').disabled).to.equal(false);
  });
});
