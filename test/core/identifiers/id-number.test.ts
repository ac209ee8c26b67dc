import { expect } from '@open-wc/testing';
import { parseIdNumber } from '../../../src/core/identifiers/id-number.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const today = new Date(2025, 5, 15);

describe('identifiers/parseIdNumber', () => {
  it('reads 9 digits as a CMND', () => {
    expect(parseIdNumber('123 456 789')).to.deep.equal({ ok: true, value: { kind: 'cmnd', number: '123456789' } });
  });

  it('reads 12 digits as a personal ID and decodes it', () => {
    expect(parseIdNumber('０４８３０１０００００１', { today })).to.deep.equal({
      ok: true,
      value: {
        kind: 'personal-id',
        number: '048301000001',
        birthPlaceCode: '048',
        birthPlaceName: 'Thành phố Đà Nẵng',
        abroad: false,
        gender: 'female',
        birthYear: 2001,
      },
    });
  });

  it('explains a bad 12-digit number with the CCCD code', () => {
    expect(parseIdNumber('097301000001', { today })).to.deep.equal(failed('cccd.place'));
    expect(parseIdNumber('048901000001', { today })).to.deep.equal(failed('cccd.century'));
    expect(parseIdNumber('048399000001', { today })).to.deep.equal(failed('cccd.future-year'));
  });

  it('refuses empty, non-digit and other lengths', () => {
    expect(parseIdNumber(' ')).to.deep.equal(failed('id-number.required'));
    expect(parseIdNumber('12345678a')).to.deep.equal(failed('id-number.invalid'));
    expect(parseIdNumber('1234567890')).to.deep.equal(failed('id-number.length'));
    expect(parseIdNumber('1234567890123')).to.deep.equal(failed('id-number.length'));
  });
});
