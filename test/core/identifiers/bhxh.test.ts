import { expect } from '@open-wc/testing';
import { parseBhxh } from '../../../src/core/identifiers/bhxh.js';

const failed = (code: string) => ({ ok: false, error: { code } });

describe('identifiers/parseBhxh', () => {
  it('accepts 10 digits, typed with separators or other digits', () => {
    const expected = { ok: true, value: { number: '0123456789' } };
    expect(parseBhxh('0123456789')).to.deep.equal(expected);
    expect(parseBhxh('01 2345 6789')).to.deep.equal(expected);
    expect(parseBhxh('0123-456-789')).to.deep.equal(expected);
    expect(parseBhxh('０１２３４５６７８９')).to.deep.equal(expected);
    expect(parseBhxh('\u200B0123456789\u200B')).to.deep.equal(expected);
  });

  it('refuses empty, non-digit and other lengths', () => {
    expect(parseBhxh('')).to.deep.equal(failed('bhxh.required'));
    expect(parseBhxh('BH12345678')).to.deep.equal(failed('bhxh.invalid'));
    expect(parseBhxh('012345678')).to.deep.equal(failed('bhxh.length'));
    expect(parseBhxh('01234567890')).to.deep.equal(failed('bhxh.length'));
  });
});
