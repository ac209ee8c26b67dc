import { expect } from '@open-wc/testing';
import { parseCmnd } from '../../../src/core/identifiers/cmnd.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const today = new Date(2025, 5, 15);

describe('identifiers/parseCmnd', () => {
  it('accepts a 9-digit CMND, typed with separators or other digits', () => {
    const expected = { ok: true, value: { number: '012345678', format: '9-digit' } };
    expect(parseCmnd('012345678')).to.deep.equal(expected);
    expect(parseCmnd(' 012 345 678 ')).to.deep.equal(expected);
    expect(parseCmnd('０１２３４５６７８')).to.deep.equal(expected);
    expect(parseCmnd('٠١٢٣٤٥٦٧٨')).to.deep.equal(expected);
  });

  it('decodes a 12-digit CMND with the CCCD structure', () => {
    expect(parseCmnd('031087001234', { today })).to.deep.equal({
      ok: true,
      value: {
        number: '031087001234',
        birthPlaceCode: '031',
        birthPlaceName: 'Thành phố Hải Phòng',
        abroad: false,
        gender: 'male',
        birthYear: 1987,
        format: '12-digit',
      },
    });
  });

  it('refuses a 12-digit number that cannot be a personal ID', () => {
    expect(parseCmnd('003087001234', { today })).to.deep.equal(failed('cmnd.structure'));
    expect(parseCmnd('031787001234', { today })).to.deep.equal(failed('cmnd.structure'));
    expect(parseCmnd('031230001234', { today })).to.deep.equal(failed('cmnd.structure'));
  });

  it('refuses empty, non-digit and other lengths', () => {
    expect(parseCmnd('')).to.deep.equal(failed('cmnd.required'));
    expect(parseCmnd('01234567X')).to.deep.equal(failed('cmnd.invalid'));
    expect(parseCmnd('01234567')).to.deep.equal(failed('cmnd.length'));
    expect(parseCmnd('0123456789')).to.deep.equal(failed('cmnd.length'));
    expect(parseCmnd('01234567890')).to.deep.equal(failed('cmnd.length'));
  });
});
