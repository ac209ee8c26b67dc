import { expect, fixtureSync, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { createSession } from '../../../src/core/session.js';
import { loadCommunes, type Commune } from '../../../src/core/data/communes.js';
import type { DvcAddressPicker } from '../../../src/elements/dvc-address-picker/dvc-address-picker.js';
import { communesSettled, input, lineInput, mount, options, provinceNote, record } from './helpers.js';

const PROFILE_ADDRESS = 'Số 5 Yersin, Phường Phú Cường, Thành phố Thủ Dầu Một, Tỉnh Bình Dương';

describe('<dvc-address-picker> value', () => {
  let warn: typeof console.warn;
  beforeEach(() => {
    warn = console.warn;
    console.warn = () => {};
  });
  afterEach(() => {
    console.warn = warn;
  });

  it('shows a value given as JSON in the attribute, and fires no change event for it', async () => {
    const el = fixtureSync<DvcAddressPicker>(
      html`<dvc-address-picker
        value='{"provinceCode":"01","communeCode":"00070","houseNumber":"1","street":"Tràng Tiền"}'
      ></dvc-address-picker>`,
    );
    const changes = record(el, 'dvc-address-change');
    await el.updateComplete;
    await communesSettled(el);
    expect(input(el, 'province').value).to.equal('Thành phố Hà Nội');
    expect(input(el, 'commune').value).to.equal('Phường Hoàn Kiếm');
    expect(lineInput(el, 'house').value).to.equal('1');
    expect(lineInput(el, 'street').value).to.equal('Tràng Tiền');
    expect(el.text).to.equal('1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội');
    el.address = { provinceCode: '46' };
    await el.updateComplete;
    expect(input(el, 'province').value).to.equal('Thành phố Huế');
    expect(changes).to.deep.equal([]);
  });

  it('reports a malformed value with dvc-error and keeps its last good address', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker value='{"provinceCode":"01"}'></dvc-address-picker>`);
    const errors = record<{ code: string; message: string; field?: string }>(el, 'dvc-error');
    el.setAttribute('value', '{"provinceCode":"02"}');
    el.setAttribute('value', 'not json');
    await el.updateComplete;
    expect(errors).to.have.length(2);
    expect(errors[0]).to.deep.equal({
      code: 'invalid-attribute',
      message: 'Cấu hình "value" không hợp lệ nên đã được bỏ qua.',
      field: 'value',
    });
    expect(el.address.provinceCode).to.equal('01');
    expect(input(el, 'province').value).to.equal('Thành phố Hà Nội');
  });

  it('reports a commune that does not lie in the province once the communes are known, and drops it', async () => {
    const el = fixtureSync<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);
    const errors = record<{ code: string }>(el, 'dvc-error');
    el.value = '{"provinceCode":"46","communeCode":"00070"}';
    await communesSettled(el);
    await el.updateComplete;
    expect(errors.map((error) => error.code)).to.deep.equal(['invalid-attribute']);
    expect(el.address).to.deep.include({ provinceCode: '46', communeCode: '' });
    expect(input(el, 'commune').value).to.equal('');
  });

  it('tells the user and the page when the communes cannot be loaded, keeps the answers, and tries again', async () => {
    let fail = true;
    const source = async (): Promise<readonly Commune[]> => {
      if (fail) throw new Error('offline');
      return loadCommunes();
    };
    const el = fixtureSync<DvcAddressPicker>(
      html`<dvc-address-picker .communeSource=${source} value='{"provinceCode":"01"}'></dvc-address-picker>`,
    );
    const errors = record<{ code: string; message: string; field?: string }>(el, 'dvc-error');
    await communesSettled(el);
    const retry = () => el.shadowRoot!.querySelector<HTMLButtonElement>('.retry');
    expect(retry()).to.not.equal(null);
    expect(el.shadowRoot!.textContent).to.include('Không tải được danh sách xã, phường. Vui lòng thử lại.');
    expect(errors.at(-1)).to.deep.equal({
      code: 'data-unavailable',
      message: 'Không tải được danh sách xã, phường. Vui lòng thử lại.',
      field: 'commune',
    });
    expect(el.address.provinceCode).to.equal('01');
    lineInput(el, 'street').focus();
    await sendKeys({ type: 'Tràng Tiền' });
    fail = false;
    retry()!.click();
    await communesSettled(el);
    await el.updateComplete;
    expect(retry()).to.equal(null);
    input(el, 'commune').focus();
    await sendKeys({ type: 'hoan kiem' });
    await el.updateComplete;
    expect(options(el, 'commune')).to.deep.equal(['Phường Hoàn Kiếm']);
    expect(el.address).to.deep.include({ provinceCode: '01', street: 'Tràng Tiền' });
  });
});

describe('<dvc-address-picker> declare once', () => {
  it('fills an empty picker from the profile the citizen agreed to reuse, mapping an old province', async () => {
    const session = createSession({ profileConsent: true, profile: { address: PROFILE_ADDRESS } });
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker .store=${session}></dvc-address-picker>`);
    await el.updateComplete;
    expect(el.address).to.deep.equal({ provinceCode: '79', communeCode: '', houseNumber: '5', street: 'Yersin' });
    expect(input(el, 'province').value).to.equal('Thành phố Hồ Chí Minh');
    expect(provinceNote(el).textContent!.trim()).to.equal('Tỉnh Bình Dương (trước ngày 01/07/2025) nay thuộc Thành phố Hồ Chí Minh.');
    expect(el.shadowRoot!.querySelector<HTMLElement>('#prefill-note')!.hidden).to.equal(false);
  });

  it('does not fill from the profile without consent, and fills when consent comes later', async () => {
    const session = createSession({ profile: { address: 'Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội' } });
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker .store=${session}></dvc-address-picker>`);
    await el.updateComplete;
    expect(el.value).to.equal('');
    session.setProfileConsent(true);
    session.rememberProfile({ address: 'Số 1 Tràng Tiền, Phường Hoàn Kiếm, Thành phố Hà Nội' });
    await el.updateComplete;
    expect(el.address).to.deep.equal({ provinceCode: '01', communeCode: '00070', houseNumber: '1', street: 'Tràng Tiền' });
    // Withdrawing consent takes back what came only from the profile.
    session.setProfileConsent(false);
    await el.updateComplete;
    expect(el.value).to.equal('');
    expect(input(el, 'province').value).to.equal('');
    expect(lineInput(el, 'street').value).to.equal('');
  });

  it('never overwrites what the user already typed or a given value', async () => {
    const session = createSession();
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker .store=${session}></dvc-address-picker>`);
    lineInput(el, 'street').focus();
    await sendKeys({ type: 'Lê Lợi' });
    session.setProfileConsent(true);
    session.rememberProfile({ address: PROFILE_ADDRESS });
    await el.updateComplete;
    expect(el.address).to.deep.equal({ provinceCode: '', communeCode: '', houseNumber: '', street: 'Lê Lợi' });
  });
});
