import { expect } from '@open-wc/testing';
import { CCCD_PROVINCE_CODES } from '../../../src/core/data/cccd-places.js';
import { checkCccdAgainst, parseCccd } from '../../../src/core/identifiers/cccd.js';
import { parseVnDate } from '../../../src/core/identifiers/date.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const today = new Date(2025, 5, 15);

describe('identifiers/parseCccd', () => {
  it('decodes place, gender and year', () => {
    expect(parseCccd('079085001234', { today })).to.deep.equal({
      ok: true,
      value: {
        number: '079085001234',
        birthPlaceCode: '079',
        birthPlaceName: 'Thành phố Hồ Chí Minh',
        abroad: false,
        gender: 'male',
        birthYear: 1985,
      },
    });
  });

  it('reads the century-and-gender digit 0–5', () => {
    const decode = (digit: number, on = today) => {
      const result = parseCccd(`001${digit}05000123`, { today: on });
      return result.ok ? [result.value.gender, result.value.birthYear] : result.error.code;
    };
    expect(decode(0)).to.deep.equal(['male', 1905]);
    expect(decode(1)).to.deep.equal(['female', 1905]);
    expect(decode(2)).to.deep.equal(['male', 2005]);
    expect(decode(3)).to.deep.equal(['female', 2005]);
    expect(decode(4)).to.equal('cccd.future-year');
    expect(decode(5)).to.equal('cccd.future-year');
    expect(decode(4, new Date(2105, 0, 1))).to.deep.equal(['male', 2105]);
    expect(decode(5, new Date(2105, 0, 1))).to.deep.equal(['female', 2105]);
  });

  it('reads two-digit years at the ends of a century', () => {
    expect(parseCccd('001000000001', { today })).to.have.nested.property('value.birthYear', 1900);
    expect(parseCccd('001199000001', { today })).to.have.nested.property('value.birthYear', 1999);
    expect(parseCccd('001300000001', { today })).to.have.nested.property('value.birthYear', 2000);
  });

  it('refuses century digits 6–9', () => {
    for (const digit of [6, 7, 8, 9]) {
      expect(parseCccd(`001${digit}90000001`, { today }), String(digit)).to.deep.equal(failed('cccd.century'));
    }
  });

  it('refuses a birth year after the current year, and accepts the current year', () => {
    expect(parseCccd('001226000001', { today })).to.deep.equal(failed('cccd.future-year'));
    expect(parseCccd('001325000001', { today })).to.have.nested.property('value.birthYear', 2025);
    expect(parseCccd('001326000001', { today: new Date(2026, 0, 1) })).to.have.nested.property('value.birthYear', 2026);
  });

  it('uses the real date when no "today" is given', () => {
    const nextYear = String((new Date().getFullYear() + 1) % 100).padStart(2, '0');
    expect(parseCccd(`0012${nextYear}000001`)).to.deep.equal(failed('cccd.future-year'));
    expect(parseCccd('001090000001')).to.have.nested.property('value.birthYear', 1990);
  });

  it('accepts each of the 63 province codes and names it', () => {
    for (const [code, name] of Object.entries(CCCD_PROVINCE_CODES)) {
      const result = parseCccd(`${code}090000001`, { today });
      expect(result, code).to.have.nested.property('value.birthPlaceName', name);
    }
  });

  it('refuses unknown place codes', () => {
    for (const code of [
      '000',
      '003',
      '005',
      '013',
      '016',
      '021',
      '028',
      '029',
      '032',
      '039',
      '041',
      '047',
      '050',
      '053',
      '055',
      '057',
      '059',
      '061',
      '063',
      '065',
      '069',
      '071',
      '073',
      '076',
      '078',
      '081',
      '085',
      '088',
      '090',
      '097',
      '098',
      '099',
      '100',
      '296',
      '500',
      '999',
    ]) {
      expect(parseCccd(`${code}090000001`, { today }), code).to.deep.equal(failed('cccd.place'));
    }
  });

  it('marks country codes 101–295 as a birth abroad, with no province name', () => {
    expect(parseCccd('101190000001', { today })).to.deep.equal({
      ok: true,
      value: { number: '101190000001', birthPlaceCode: '101', abroad: true, gender: 'female', birthYear: 1990 },
    });
    expect(parseCccd('295090000001', { today })).to.have.nested.property('value.abroad', true);
    expect(parseCccd('200090000001', { today })).to.have.nested.property('value.abroad', true);
  });

  it('reads separators, full-width and Arabic-Indic digits and invisible characters', () => {
    const expected = {
      ok: true,
      value: {
        number: '001203012345',
        birthPlaceCode: '001',
        birthPlaceName: 'Thành phố Hà Nội',
        abroad: false,
        gender: 'male',
        birthYear: 2003,
      },
    };
    expect(parseCccd(' 001 203 012 345 ', { today })).to.deep.equal(expected);
    expect(parseCccd('001.203.012.345', { today })).to.deep.equal(expected);
    expect(parseCccd('００１２０３０１２３４５', { today })).to.deep.equal(expected);
    expect(parseCccd('٠٠١٢٠٣٠١٢٣٤٥', { today })).to.deep.equal(expected);
    expect(parseCccd('001\u200B203\uFEFF012345', { today })).to.deep.equal(expected);
  });

  it('refuses empty, non-digit and wrong-length input', () => {
    expect(parseCccd('', { today })).to.deep.equal(failed('cccd.required'));
    expect(parseCccd(' \u200B', { today })).to.deep.equal(failed('cccd.required'));
    expect(parseCccd('00120301234A', { today })).to.deep.equal(failed('cccd.invalid'));
    expect(parseCccd('00120301234', { today })).to.deep.equal(failed('cccd.length'));
    expect(parseCccd('0012030123456', { today })).to.deep.equal(failed('cccd.length'));
    expect(parseCccd('012345678', { today })).to.deep.equal(failed('cccd.length'));
  });

  it('has the 63 pre-2025 province codes, all within 001–096', () => {
    const codes = Object.keys(CCCD_PROVINCE_CODES);
    expect(codes).to.have.length(63);
    for (const code of codes) expect(Number(code), code).to.be.within(1, 96);
    expect(CCCD_PROVINCE_CODES['001']).to.equal('Thành phố Hà Nội');
    expect(CCCD_PROVINCE_CODES['031']).to.equal('Thành phố Hải Phòng');
    expect(CCCD_PROVINCE_CODES['048']).to.equal('Thành phố Đà Nẵng');
    expect(CCCD_PROVINCE_CODES['079']).to.equal('Thành phố Hồ Chí Minh');
    expect(CCCD_PROVINCE_CODES['092']).to.equal('Thành phố Cần Thơ');
    expect(CCCD_PROVINCE_CODES['096']).to.equal('Tỉnh Cà Mau');
  });
});

describe('identifiers/checkCccdAgainst', () => {
  const cccd = '038190001234'; // Thanh Hóa, female, 1990

  it('passes when the date of birth and gender agree', () => {
    const result = checkCccdAgainst(cccd, { birthDate: { year: 1990 }, gender: 'female' }, { today });
    expect(result).to.deep.equal({
      ok: true,
      value: { number: cccd, birthPlaceCode: '038', birthPlaceName: 'Tỉnh Thanh Hóa', abroad: false, gender: 'female', birthYear: 1990 },
    });
  });

  it('takes a full parsed date and an already parsed CCCD', () => {
    const parsed = parseCccd(cccd, { today });
    const birthDate = parseVnDate('31/12/1990');
    if (!parsed.ok || !birthDate.ok) throw new Error('fixtures must parse');
    expect(checkCccdAgainst(parsed.value, { birthDate: birthDate.value })).to.deep.equal(parsed);
  });

  it('reports a year mismatch', () => {
    expect(checkCccdAgainst(cccd, { birthDate: { year: 1991 } }, { today })).to.deep.equal(failed('cccd.mismatch-year'));
    // Same two-digit year, other century.
    expect(checkCccdAgainst(cccd, { birthDate: { year: 2090 } }, { today })).to.deep.equal(failed('cccd.mismatch-year'));
  });

  it('reports a gender mismatch', () => {
    expect(checkCccdAgainst(cccd, { gender: 'male' }, { today })).to.deep.equal(failed('cccd.mismatch-gender'));
    expect(checkCccdAgainst('038090001234', { gender: 'female' }, { today })).to.deep.equal(failed('cccd.mismatch-gender'));
  });

  it('reports the year first when both disagree', () => {
    expect(checkCccdAgainst(cccd, { birthDate: { year: 1989 }, gender: 'male' }, { today })).to.deep.equal(failed('cccd.mismatch-year'));
  });

  it('skips facts not given, and passes parse errors through', () => {
    expect(checkCccdAgainst(cccd, {}, { today })).to.have.property('ok', true);
    expect(checkCccdAgainst('003190001234', { gender: 'female' }, { today })).to.deep.equal(failed('cccd.place'));
  });
});
