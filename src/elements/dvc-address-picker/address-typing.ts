/**
 * What typing, the keys and choosing do in the picker's comboboxes, fetched with the type-ahead
 * at connect: until it is in there are no options to move through or choose.
 */
import { msg, str } from '@lit/localize';
import { EMPTY_ADDRESS, splitAddressLine } from '../../core/address/address-line.js';
import { recognizeAddress } from '../../core/address/address-text.js';
import { provinceByCode } from '../../core/address/province-by-code.js';
import { recognizeProvince, searchProvinces, WHOLE_NAME } from '../../core/address/province-search.js';
import { templates as english } from '../../i18n/generated/en/address-typing.js';
import { addTranslations } from '../../i18n/locale.js';
import type { DvcAddressPicker } from './dvc-address-picker.js';
import type { Field, Option } from './address-search.js';

addTranslations(english);

/** Options shown at once when searching communes across the country. */
const NATIONWIDE_LIMIT = 20;
/** Wait before counting the options aloud, so typing is not interrupted by each keystroke. */
const ANNOUNCE_DELAY = 700;

const provinceName = (code: string): string => provinceByCode(code)?.name ?? '';

/** Arrows move through the options (opening them), Enter chooses, Escape closes, then reverts. */
export function keyDown(picker: DvcAddressPicker, field: Field, event: KeyboardEvent): void {
  // Open means options are shown: with none, Escape goes straight to reverting the text.
  const count = picker._open === field ? picker._options.length : 0;
  const open = count > 0;
  switch (event.key) {
    case 'ArrowDown':
    case 'ArrowUp': {
      event.preventDefault();
      const down = event.key === 'ArrowDown';
      if (!open) {
        showOptions(picker, field, picker._searchText(field), down ? (event.altKey ? -1 : 0) : 'last');
      } else if (!event.altKey) {
        picker._active = down ? (picker._active + 1) % count : picker._active <= 0 ? count - 1 : picker._active - 1;
      }
      return;
    }
    case 'Enter':
      if (open && (picker._active >= 0 || count === 1)) {
        event.preventDefault();
        choose(picker, field, picker._options[Math.max(picker._active, 0)]);
      }
      // Otherwise the form submits.
      return;
    case 'Escape':
      if (open) {
        event.preventDefault();
        event.stopPropagation();
        picker._close();
      } else if (picker._fieldText(field) !== picker._chosenName(field)) {
        event.preventDefault();
        event.stopPropagation();
        revert(picker, field);
      }
      return;
    case 'Home':
    case 'End':
    case 'ArrowLeft':
    case 'ArrowRight':
      // The caret moves in the text; the highlighted option is let go.
      picker._active = -1;
      return;
  }
}

function findOptions(picker: DvcAddressPicker, field: Field, text: string): Option[] {
  if (field === 'province')
    return searchProvinces(text).map(({ province, formerName }) => ({ code: province.code, name: province.name, formerName }));
  const communes = picker._communes;
  if (!communes) return [];
  const provinceCode = picker._address.provinceCode;
  if (provinceCode) return communes.search(text, { provinceCode }).map(({ unit }) => ({ code: unit.code, name: unit.name }));
  if (!text.trim()) return [];
  return communes
    .search(text, { limit: NATIONWIDE_LIMIT })
    .map(({ unit }) => ({ code: unit.code, name: unit.name, provinceName: provinceName(unit.provinceCode) }));
}

/** Opens `field`'s options for `text`, highlighting the one at `active`, and counts them aloud. */
export function showOptions(picker: DvcAddressPicker, field: Field, text: string, active: number | 'last'): void {
  const options = findOptions(picker, field, text);
  picker._open = field;
  picker._options = options;
  picker._active = options.length === 0 ? -1 : active === 'last' ? options.length - 1 : Math.min(active, options.length - 1);
  const count = options.length;
  let said: string;
  if (count === 0) said = msg('Không có kết quả phù hợp.', { id: 'address.no-results' });
  else if (count === 1) said = msg('Có 1 kết quả. Nhấn Enter để chọn.', { id: 'address.one-result' });
  else said = msg(str`Có ${count} kết quả. Dùng phím mũi tên để chọn.`, { id: 'address.results' });
  if (field === 'commune' && !picker._communes) said = picker._communeStatusText();
  picker._announce(said, ANNOUNCE_DELAY);
}

/** Takes `option` as `field`'s choice, tells the page and says what was chosen. */
export function choose(picker: DvcAddressPicker, field: Field, option: Option): void {
  picker._close();
  picker._unmatched = { ...picker._unmatched, [field]: false };
  if (field === 'province') chooseProvince(picker, option.code, option.formerName ?? '');
  else chooseCommune(picker, option.code);
  picker._emitChange();
  const note = picker._formerName && field === 'province' ? ` ${formerNote(picker)}` : '';
  picker._announce(msg(str`Đã chọn ${option.name}.`, { id: 'address.chosen' }) + note);
}

function chooseProvince(picker: DvcAddressPicker, code: string, formerName: string): void {
  const changed = code !== picker._address.provinceCode;
  picker._address = { ...picker._address, provinceCode: code, ...(changed ? { communeCode: '' } : {}) };
  picker._provinceText = provinceName(code);
  picker._formerName = formerName;
  picker._prefilled = false;
  if (changed) {
    picker._communeText = '';
    picker._unmatched = { ...picker._unmatched, commune: false };
  }
  picker._syncFormState();
}

function chooseCommune(picker: DvcAddressPicker, code: string): void {
  const commune = picker._communes?.byCode(code);
  if (!commune) return;
  if (commune.provinceCode !== picker._address.provinceCode) {
    picker._provinceText = provinceName(commune.provinceCode);
    picker._formerName = '';
    picker._unmatched = { ...picker._unmatched, province: false };
  }
  picker._address = { ...picker._address, provinceCode: commune.provinceCode, communeCode: code };
  picker._communeText = commune.name;
  picker._prefilled = false;
  picker._syncFormState();
}

/**
 * Leaving a combobox: text that is the chosen name stays; text that is a whole name
 * (also an old province name) is taken as that choice; other text names nothing.
 */
export function settle(picker: DvcAddressPicker, field: Field): void {
  const text = picker._fieldText(field).trim();
  if (text === picker._chosenName(field)) return;
  if (!text) {
    if (field === 'province') chooseProvince(picker, '', '');
    else {
      picker._address = { ...picker._address, communeCode: '' };
      picker._syncFormState();
    }
    picker._emitChange();
    return;
  }
  const option = wholeMatch(picker, field, text);
  if (option) {
    choose(picker, field, option);
    return;
  }
  // The text stays for the user to correct; the address no longer holds a unit for it.
  if (field === 'province') {
    picker._address = { ...picker._address, provinceCode: '', communeCode: '' };
    picker._communeText = '';
    picker._formerName = '';
  } else picker._address = { ...picker._address, communeCode: '' };
  picker._unmatched = { ...picker._unmatched, [field]: true };
  picker._syncFormState();
  picker._showValidation = true;
  picker._emitChange();
}

function wholeMatch(picker: DvcAddressPicker, field: Field, text: string): Option | undefined {
  if (field === 'province') {
    const match = recognizeProvince(text);
    return match && { code: match.province.code, name: match.province.name, formerName: match.formerName };
  }
  const provinceCode = picker._address.provinceCode || undefined;
  const matches = picker._communes?.search(text, { provinceCode, limit: 2 }) ?? [];
  // Across the country a name may be shared ("Xã An Bình"): only a single whole match counts.
  const whole = matches.filter((match) => match.score < WHOLE_NAME);
  return whole.length === 1 ? { code: whole[0].unit.code, name: whole[0].unit.name } : undefined;
}

function revert(picker: DvcAddressPicker, field: Field): void {
  picker._close();
  if (field === 'province') picker._provinceText = picker._chosenName('province');
  else picker._communeText = picker._chosenName('commune');
  picker._unmatched = { ...picker._unmatched, [field]: false };
}

/**
 * Declare once: an untouched, empty picker takes the profile's address, with consent; when
 * consent is withdrawn, an address that came only from the profile goes with it.
 */
export function prefill(picker: DvcAddressPicker): void {
  const { profileConsent, profile } = picker.session.getState();
  if (!profileConsent && picker._prefilled && !picker._touched) {
    picker._setAddress({ ...EMPTY_ADDRESS });
    picker._formerName = '';
    picker._prefilled = false;
    return;
  }
  if (picker._touched || !picker._communes || !profileConsent || !profile.address || picker.hasAttribute('value')) return;
  const recognized = recognizeAddress(profile.address, picker._communes);
  if (!recognized) return;
  picker._setAddress({
    provinceCode: recognized.provinceCode,
    communeCode: recognized.communeCode,
    ...splitAddressLine(recognized.line),
  });
  picker._formerName = recognized.formerProvinceName ?? '';
  picker._prefilled = true;
}

/** The note under a province found by its old name. */
export function formerNote(picker: DvcAddressPicker): string {
  const former = picker._formerName;
  const current = provinceName(picker._address.provinceCode);
  return msg(str`${former} (trước ngày 01/07/2025) nay thuộc ${current}.`, { id: 'address.former-province' });
}
