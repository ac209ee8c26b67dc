import { expect } from '@open-wc/testing';
import { MOBILE_PREFIXES, parsePhone } from '../../../src/core/identifiers/phone.js';

const failed = (code: string) => ({ ok: false, error: { code } });

/** The domain's prefix table, written out again so the test does not trust the code's copy. */
const CARRIERS: Record<string, string[]> = {
  Viettel: ['032', '033', '034', '035', '036', '037', '038', '039', '086', '096', '097', '098'],
  VinaPhone: ['081', '082', '083', '084', '085', '088', '091', '094'],
  MobiFone: ['070', '076', '077', '078', '079', '089', '090', '093'],
  Vietnamobile: ['052', '056', '058', '092'],
  Gmobile: ['059', '099'],
  Reddi: ['055'],
  iTel: ['087'],
};
const ALL_PREFIXES = Object.values(CARRIERS).flat();

describe('identifiers/parsePhone', () => {
  for (const [carrier, prefixes] of Object.entries(CARRIERS)) {
    it(`accepts every ${carrier} prefix and names the carrier`, () => {
      for (const prefix of prefixes) {
        expect(parsePhone(`${prefix}1234567`), prefix).to.deep.equal({
          ok: true,
          value: { national: `${prefix}1234567`, e164: `+84${prefix.slice(1)}1234567`, carrier },
        });
      }
    });
  }

  it('lists exactly the domain prefixes', () => {
    expect(Object.keys(MOBILE_PREFIXES).sort()).to.deep.equal([...ALL_PREFIXES].sort());
  });

  it('rejects every other 10-digit prefix', () => {
    for (let n = 0; n < 100; n += 1) {
      const prefix = `0${String(n).padStart(2, '0')}`;
      if (ALL_PREFIXES.includes(prefix)) continue;
      const expected = prefix.startsWith('02') ? 'phone.landline' : 'phone.prefix';
      expect(parsePhone(`${prefix}1234567`), prefix).to.deep.equal(failed(expected));
    }
  });

  it('rejects the named unassigned prefixes 031, 071, 080 and the closed 095', () => {
    expect(parsePhone('0311234567')).to.deep.equal(failed('phone.prefix'));
    expect(parsePhone('0711234567')).to.deep.equal(failed('phone.prefix'));
    expect(parsePhone('0801234567')).to.deep.equal(failed('phone.prefix'));
    expect(parsePhone('0951234567')).to.deep.equal(failed('phone.prefix'));
  });

  it('reads +84, 84 and 0084 as the country code', () => {
    const expected = { ok: true, value: { national: '0912345678', e164: '+84912345678', carrier: 'VinaPhone' } };
    expect(parsePhone('+84912345678')).to.deep.equal(expected);
    expect(parsePhone('84912345678')).to.deep.equal(expected);
    expect(parsePhone('0084912345678')).to.deep.equal(expected);
    expect(parsePhone('+84 (0) 912 345 678')).to.deep.equal(expected);
    expect(parsePhone('840912345678')).to.deep.equal(expected);
  });

  it('accepts a number typed without its leading zero', () => {
    expect(parsePhone('912345678')).to.deep.equal({
      ok: true,
      value: { national: '0912345678', e164: '+84912345678', carrier: 'VinaPhone' },
    });
    // 84x is also VinaPhone: nine digits are a national number, not a country code.
    expect(parsePhone('845123456')).to.deep.equal({
      ok: true,
      value: { national: '0845123456', e164: '+84845123456', carrier: 'VinaPhone' },
    });
  });

  it('drops spaces, dots, dashes and brackets', () => {
    const expected = { ok: true, value: { national: '0987654321', e164: '+84987654321', carrier: 'Viettel' } };
    expect(parsePhone(' 098 765 4321 ')).to.deep.equal(expected);
    expect(parsePhone('098.765.4321')).to.deep.equal(expected);
    expect(parsePhone('098-765-4321')).to.deep.equal(expected);
    expect(parsePhone('(098) 765-4321')).to.deep.equal(expected);
    expect(parsePhone('(+84) 98 765 43 21')).to.deep.equal(expected);
    expect(parsePhone('+84\u00A098\u2013765\u20134321')).to.deep.equal(expected);
  });

  it('reads full-width and Arabic-Indic digits, a full-width plus and invisible characters', () => {
    const expected = { ok: true, value: { national: '0912345678', e164: '+84912345678', carrier: 'VinaPhone' } };
    expect(parsePhone('０９１２３４５６７８')).to.deep.equal(expected);
    expect(parsePhone('٠٩١٢٣٤٥٦٧٨')).to.deep.equal(expected);
    expect(parsePhone('＋８４９１２３４５６７８')).to.deep.equal(expected);
    expect(parsePhone('\u200B0912\u200C345\uFEFF678\u200D')).to.deep.equal(expected);
  });

  it('refuses an empty field', () => {
    expect(parsePhone('')).to.deep.equal(failed('phone.required'));
    expect(parsePhone('  \u200B ')).to.deep.equal(failed('phone.required'));
    expect(parsePhone(' - ')).to.deep.equal(failed('phone.required'));
  });

  it('refuses letters and a plus in the middle', () => {
    expect(parsePhone('0912abc678')).to.deep.equal(failed('phone.invalid'));
    expect(parsePhone('09123+45678')).to.deep.equal(failed('phone.invalid'));
    expect(parsePhone('o912345678')).to.deep.equal(failed('phone.invalid'));
  });

  it("refuses another country's number", () => {
    expect(parsePhone('+1 202 555 0100')).to.deep.equal(failed('phone.country'));
    expect(parsePhone('0033612345678')).to.deep.equal(failed('phone.country'));
  });

  it('tells old 11-digit mobile numbers apart from wrong lengths', () => {
    expect(parsePhone('01689123456')).to.deep.equal(failed('phone.old-format'));
    expect(parsePhone('0168 912 3456')).to.deep.equal(failed('phone.old-format'));
    expect(parsePhone('+84 1689 123 456')).to.deep.equal(failed('phone.old-format'));
    expect(parsePhone('091234567')).to.deep.equal(failed('phone.length'));
    expect(parsePhone('09123456789')).to.deep.equal(failed('phone.length'));
    expect(parsePhone('+8491234567')).to.deep.equal(failed('phone.length'));
  });

  it('refuses landline numbers', () => {
    expect(parsePhone('024 3825 1234')).to.deep.equal(failed('phone.landline'));
    expect(parsePhone('+84 28 3829 1234')).to.deep.equal(failed('phone.landline'));
  });
});
