import { expect } from '@open-wc/testing';
import { mstCheckDigit, parseMst } from '../../../src/core/identifiers/mst.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const today = new Date(2025, 5, 15);
const VALID = ['0100109106', '0101248141', '0300588569', '0100100079', '0100112437'];

describe('identifiers/parseMst', () => {
  it('accepts the five published tax codes', () => {
    for (const base of VALID) {
      expect(parseMst(base), base).to.deep.equal({ ok: true, value: { base, kind: 'mst' } });
    }
  });

  it('refuses each published code with any other check digit', () => {
    for (const base of VALID) {
      for (let digit = 0; digit <= 9; digit += 1) {
        if (String(digit) === base[9]) continue;
        expect(parseMst(base.slice(0, 9) + digit), base.slice(0, 9) + digit).to.deep.equal(failed('mst.checksum'));
      }
    }
  });

  it('computes the check digit, including 0 for remainder 10', () => {
    expect(mstCheckDigit('010010910')).to.equal(6);
    expect(mstCheckDigit('030058856')).to.equal(9);
    expect(mstCheckDigit('010000001')).to.equal(0);
    expect(parseMst('0100000010')).to.deep.equal({ ok: true, value: { base: '0100000010', kind: 'mst' } });
  });

  it('refuses every code whose weighted sum leaves remainder 0', () => {
    // 0·31 + 1·29 + 0 + 0 + 1·17 + 0 + 9·7 + 1·5 + 6·3 = 132 = 12 · 11
    expect(mstCheckDigit('010010916')).to.equal(undefined);
    expect(mstCheckDigit('100000008')).to.equal(undefined);
    for (let digit = 0; digit <= 9; digit += 1) {
      expect(parseMst(`010010916${digit}`)).to.deep.equal(failed('mst.checksum'));
      expect(parseMst(`100000008${digit}`)).to.deep.equal(failed('mst.checksum'));
    }
  });

  it('reads a branch suffix -001 to -999, with or without the dash', () => {
    expect(parseMst('0100109106-001')).to.deep.equal({ ok: true, value: { base: '0100109106', branch: '001', kind: 'mst' } });
    expect(parseMst('0100109106-999')).to.deep.equal({ ok: true, value: { base: '0100109106', branch: '999', kind: 'mst' } });
    expect(parseMst('0100109106 - 012')).to.deep.equal({ ok: true, value: { base: '0100109106', branch: '012', kind: 'mst' } });
    expect(parseMst('0100109106\u2013012')).to.deep.equal({ ok: true, value: { base: '0100109106', branch: '012', kind: 'mst' } });
    expect(parseMst('0100109106012')).to.deep.equal({ ok: true, value: { base: '0100109106', branch: '012', kind: 'mst' } });
  });

  it('refuses branch 000 and branch suffixes of the wrong length', () => {
    expect(parseMst('0100109106-000')).to.deep.equal(failed('mst.branch'));
    expect(parseMst('0100109106000')).to.deep.equal(failed('mst.branch'));
    expect(parseMst('0100109106-01')).to.deep.equal(failed('mst.branch'));
    expect(parseMst('0100109106-1000')).to.deep.equal(failed('mst.branch'));
    expect(parseMst('0100109106-')).to.deep.equal(failed('mst.branch'));
  });

  it('checks the base before the branch', () => {
    expect(parseMst('0100109107-001')).to.deep.equal(failed('mst.checksum'));
    expect(parseMst('0100109107-000')).to.deep.equal(failed('mst.checksum'));
  });

  it('reads separators, full-width and Arabic-Indic digits', () => {
    const expected = { ok: true, value: { base: '0101248141', kind: 'mst' } };
    expect(parseMst(' 0101 248 141 ')).to.deep.equal(expected);
    expect(parseMst('0101.248.141')).to.deep.equal(expected);
    expect(parseMst('０１０１２４８１４１')).to.deep.equal(expected);
    expect(parseMst('٠١٠١٢٤٨١٤١')).to.deep.equal(expected);
    expect(parseMst('\u200B0101248141')).to.deep.equal(expected);
  });

  it('accepts a 12-digit personal ID as an individual tax code', () => {
    expect(parseMst('001085012345', { today })).to.deep.equal({ ok: true, value: { base: '001085012345', kind: 'personal-id' } });
    expect(parseMst('003085012345', { today })).to.deep.equal(failed('mst.personal-id'));
    expect(parseMst('001285012345', { today })).to.deep.equal(failed('mst.personal-id'));
  });

  it('refuses empty input, letters, misplaced dashes and other lengths', () => {
    expect(parseMst('')).to.deep.equal(failed('mst.required'));
    expect(parseMst('01001O9106')).to.deep.equal(failed('mst.invalid'));
    expect(parseMst('0100109106-00A')).to.deep.equal(failed('mst.invalid'));
    expect(parseMst('0100109106--001')).to.deep.equal(failed('mst.invalid'));
    expect(parseMst('0100-109106')).to.deep.equal(failed('mst.length'));
    expect(parseMst('010010910')).to.deep.equal(failed('mst.length'));
    expect(parseMst('01001091061')).to.deep.equal(failed('mst.length'));
    expect(parseMst('001085012345-001', { today })).to.deep.equal(failed('mst.length'));
  });
});
