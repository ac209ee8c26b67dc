import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys, sendMouse } from '@web/test-runner-commands';
import { loadCommunes, type Commune } from '../../../src/core/data/communes.js';
import type { DvcAddressPicker } from '../../../src/elements/dvc-address-picker/dvc-address-picker.js';
import { activeOption, announced, error, input, listbox, mount, options, provinceNote, record } from './helpers.js';

const picker = () => mount<DvcAddressPicker>(html`<dvc-address-picker></dvc-address-picker>`);

async function type(el: DvcAddressPicker, field: 'province' | 'commune', text: string) {
  input(el, field).focus();
  await sendKeys({ type: text });
  await el.updateComplete;
}

async function press(el: DvcAddressPicker, key: string) {
  await sendKeys({ press: key });
  await el.updateComplete;
}

describe('<dvc-address-picker> type-ahead', () => {
  it('finds a province typed without diacritics and chooses it with Enter', async () => {
    const el = await picker();
    const changes = record(el, 'dvc-address-change');
    await type(el, 'province', 'ha noi');
    expect(options(el, 'province')).to.deep.equal(['Thành phố Hà Nội']);
    expect(input(el, 'province').getAttribute('aria-expanded')).to.equal('true');
    await announced(el, 'Có 1 kết quả. Nhấn Enter để chọn.');
    await press(el, 'Enter');
    expect(input(el, 'province').value).to.equal('Thành phố Hà Nội');
    expect(input(el, 'province').getAttribute('aria-expanded')).to.equal('false');
    expect(el.address.provinceCode).to.equal('01');
    expect(changes).to.deep.equal([{ provinceCode: '01', communeCode: '', line: '', text: 'Thành phố Hà Nội' }]);
    await announced(el, 'Đã chọn Thành phố Hà Nội.');
  });

  it('finds a commune typed with diacritics within the chosen province', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker value='{"provinceCode":"01"}'></dvc-address-picker>`);
    const changes = record(el, 'dvc-address-change');
    await type(el, 'commune', 'Hoàn Kiếm');
    expect(options(el, 'commune')).to.deep.equal(['Phường Hoàn Kiếm']);
    await press(el, 'Enter');
    expect(el.address).to.deep.include({ provinceCode: '01', communeCode: '00070' });
    expect(input(el, 'commune').value).to.equal('Phường Hoàn Kiếm');
    expect(changes.at(-1)).to.deep.equal({
      provinceCode: '01',
      communeCode: '00070',
      line: '',
      text: 'Phường Hoàn Kiếm, Thành phố Hà Nội',
    });
  });

  it('moves through the options with the arrow keys, wrapping, and points at the active one', async () => {
    const el = await picker();
    await type(el, 'province', 'quang');
    expect(options(el, 'province')).to.have.length(5);
    expect(activeOption(el, 'province')).to.equal('Tỉnh Quảng Ngãi');
    await press(el, 'ArrowDown');
    expect(activeOption(el, 'province')).to.equal('Tỉnh Quảng Ninh');
    await press(el, 'ArrowUp');
    await press(el, 'ArrowUp');
    expect(activeOption(el, 'province')).to.equal('Tỉnh Tuyên Quang');
    const active = el.shadowRoot!.getElementById(input(el, 'province').getAttribute('aria-activedescendant')!)!;
    expect(active.getAttribute('aria-selected')).to.equal('true');
    await press(el, 'ArrowDown');
    expect(activeOption(el, 'province')).to.equal('Tỉnh Quảng Ngãi');
    await press(el, 'Home');
    expect(activeOption(el, 'province')).to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'province'));
  });

  it('opens the whole list with the down arrow on an empty field, and Escape closes it, then reverts the text', async () => {
    const el = await picker();
    input(el, 'province').focus();
    await press(el, 'ArrowDown');
    expect(options(el, 'province')).to.have.length(34);
    expect(activeOption(el, 'province')).to.equal('Tỉnh An Giang');
    await press(el, 'Enter');
    expect(el.address.provinceCode).to.equal('91');
    await sendKeys({ type: 'qq' });
    await el.updateComplete;
    expect(listbox(el, 'province').hidden).to.equal(true);
    await press(el, 'Escape');
    expect(input(el, 'province').value).to.equal('Tỉnh An Giang');
    await press(el, 'ArrowDown');
    expect(options(el, 'province')).to.have.length(34);
    await press(el, 'Escape');
    expect(listbox(el, 'province').hidden).to.equal(true);
    expect(input(el, 'province').getAttribute('aria-expanded')).to.equal('false');
    expect(el.address.provinceCode).to.equal('91');
  });

  it('lists the communes of the chosen province with the down arrow, in alphabetical order', async () => {
    const el = await mount<DvcAddressPicker>(html`<dvc-address-picker value='{"provinceCode":"46"}'></dvc-address-picker>`);
    input(el, 'commune').focus();
    await press(el, 'ArrowDown');
    const list = options(el, 'commune');
    expect(list).to.have.length(40);
    expect([...list].sort((a, b) => a.replace(/^(Phường|Xã) /, '').localeCompare(b.replace(/^(Phường|Xã) /, ''), 'vi'))).to.deep.equal(
      list,
    );
  });

  it('chooses an option clicked with the mouse and keeps focus in the field', async () => {
    const el = await picker();
    await type(el, 'province', 'da');
    const option = [...listbox(el, 'province').querySelectorAll<HTMLElement>('[role="option"]')].find((item) =>
      item.textContent!.includes('Đà Nẵng'),
    )!;
    const box = option.getBoundingClientRect();
    await sendMouse({ type: 'click', position: [Math.round(box.x + 10), Math.round(box.y + box.height / 2)] });
    await el.updateComplete;
    expect(el.address.provinceCode).to.equal('48');
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'province'));
  });

  it('maps an old province name to the new province, with a note that is shown, described and announced', async () => {
    const el = await picker();
    await type(el, 'province', 'binh duong');
    expect(options(el, 'province')).to.deep.equal(['Thành phố Hồ Chí Minh Gồm Tỉnh Bình Dương cũ']);
    await press(el, 'Enter');
    expect(el.address.provinceCode).to.equal('79');
    const note = 'Tỉnh Bình Dương (trước ngày 01/07/2025) nay thuộc Thành phố Hồ Chí Minh.';
    expect(provinceNote(el).hidden).to.equal(false);
    expect(provinceNote(el).textContent!.trim()).to.equal(note);
    expect(input(el, 'province').getAttribute('aria-describedby')!.split(' ')).to.include('province-note');
    await announced(el, `Đã chọn Thành phố Hồ Chí Minh. ${note}`);
  });

  it('takes a whole old name left in the field when focus moves on', async () => {
    const el = await picker();
    const changes = record(el, 'dvc-address-change');
    await type(el, 'province', 'Tỉnh Quảng Nam');
    await press(el, 'Tab');
    expect(el.address.provinceCode).to.equal('48');
    expect(input(el, 'province').value).to.equal('Thành phố Đà Nẵng');
    expect(provinceNote(el).textContent!.trim()).to.equal('Tỉnh Quảng Nam (trước ngày 01/07/2025) nay thuộc Thành phố Đà Nẵng.');
    expect(changes).to.have.length(1);
    expect(el.shadowRoot!.activeElement).to.equal(input(el, 'commune'));
  });

  it('finds a commune across the country before a province is chosen, and fills in its province', async () => {
    const el = await picker();
    await type(el, 'commune', 'ben thanh');
    expect(options(el, 'commune')).to.deep.equal(['Phường Bến Thành Thành phố Hồ Chí Minh']);
    await press(el, 'Enter');
    expect(el.address).to.deep.include({ provinceCode: '79', communeCode: '26743' });
    expect(input(el, 'province').value).to.equal('Thành phố Hồ Chí Minh');
  });

  it('empties the commune when another province is chosen', async () => {
    const el = await mount<DvcAddressPicker>(
      html`<dvc-address-picker value='{"provinceCode":"01","communeCode":"00070"}'></dvc-address-picker>`,
    );
    expect(input(el, 'commune').value).to.equal('Phường Hoàn Kiếm');
    input(el, 'province').select();
    await type(el, 'province', 'hue');
    await press(el, 'Enter');
    expect(el.address).to.deep.include({ provinceCode: '46', communeCode: '' });
    expect(input(el, 'commune').value).to.equal('');
  });

  it('clears the province and its commune when the province text is deleted', async () => {
    const el = await mount<DvcAddressPicker>(
      html`<dvc-address-picker value='{"provinceCode":"01","communeCode":"00070"}'></dvc-address-picker>`,
    );
    const changes = record(el, 'dvc-address-change');
    input(el, 'province').focus();
    input(el, 'province').select();
    await press(el, 'Backspace');
    await press(el, 'Tab');
    expect(el.address).to.deep.include({ provinceCode: '', communeCode: '' });
    expect(input(el, 'commune').value).to.equal('');
    expect(changes).to.deep.equal([{ provinceCode: '', communeCode: '', line: '', text: '' }]);
  });

  it('says so when nothing fits, and shows an error when such text is left in the field', async () => {
    const el = await picker();
    await type(el, 'province', 'zzz');
    expect(options(el, 'province')).to.deep.equal([]);
    await announced(el, 'Không có kết quả phù hợp.');
    await press(el, 'Tab');
    expect(error(el, 'province').hidden).to.equal(false);
    expect(error(el, 'province').textContent).to.equal('Không tìm thấy tỉnh, thành phố này. Hãy chọn một tên trong danh sách.');
    expect(input(el, 'province').getAttribute('aria-invalid')).to.equal('true');
    expect(input(el, 'province').value).to.equal('zzz');
    expect(el.validity.badInput).to.equal(true);
    input(el, 'province').focus();
    input(el, 'province').select();
    await sendKeys({ type: 'Hà Nội' });
    await press(el, 'Enter');
    expect(error(el, 'province').hidden).to.equal(true);
    expect(el.validity.valid).to.equal(true);
  });

  it('says the communes are loading while they are, then shows and counts the options for what was typed', async () => {
    let deliver!: (communes: readonly Commune[]) => void;
    const source = () => new Promise<readonly Commune[]>((resolve) => (deliver = resolve));
    const el = fixtureSync<DvcAddressPicker>(
      html`<dvc-address-picker .communeSource=${source} value='{"provinceCode":"01"}'></dvc-address-picker>`,
    );
    await el.updateComplete;
    await type(el, 'commune', 'hoan kiem');
    await announced(el, 'Đang tải danh sách xã, phường…');
    expect(options(el, 'commune')).to.deep.equal([]);
    expect(input(el, 'commune').getAttribute('aria-expanded')).to.equal('false');
    deliver(await loadCommunes());
    await waitUntil(() => options(el, 'commune').length > 0, 'the options did not show once the communes were in');
    expect(options(el, 'commune')).to.deep.equal(['Phường Hoàn Kiếm']);
    expect(input(el, 'commune').getAttribute('aria-expanded')).to.equal('true');
    await announced(el, 'Có 1 kết quả. Nhấn Enter để chọn.');
    await press(el, 'Enter');
    expect(el.address).to.deep.include({ provinceCode: '01', communeCode: '00070' });
  });

  it('says the communes could not be loaded when typing in the commune field after they failed', async () => {
    const source = () => Promise.reject(new Error('offline'));
    const el = fixtureSync<DvcAddressPicker>(html`<dvc-address-picker .communeSource=${source}></dvc-address-picker>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.retry'), 'the failure was not shown');
    await type(el, 'commune', 'hoan kiem');
    await announced(el, 'Không tải được danh sách xã, phường. Vui lòng thử lại.');
    expect(options(el, 'commune')).to.deep.equal([]);
  });
});
