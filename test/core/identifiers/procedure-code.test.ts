import { expect } from '@open-wc/testing';
import { parseProcedureCode } from '../../../src/core/identifiers/procedure-code.js';

const failed = (code: string) => ({ ok: false, error: { code } });

describe('identifiers/parseProcedureCode', () => {
  it('reads a national procedure code', () => {
    expect(parseProcedureCode('1.001193')).to.deep.equal({ ok: true, value: { code: '1.001193', base: '1.001193' } });
    expect(parseProcedureCode('2.000028')).to.deep.equal({ ok: true, value: { code: '2.000028', base: '2.000028' } });
  });

  it('reads a case suffix .NN', () => {
    expect(parseProcedureCode('1.000358.01')).to.deep.equal({
      ok: true,
      value: { code: '1.000358.01', base: '1.000358', caseNumber: '01' },
    });
  });

  it('reads a provincial copy suffix .Hnn, in either case', () => {
    const expected = { ok: true, value: { code: '1.012753.H19', base: '1.012753', provincialCopy: 'H19' } };
    expect(parseProcedureCode('1.012753.H19')).to.deep.equal(expected);
    expect(parseProcedureCode('1.012753.h19')).to.deep.equal(expected);
    expect(parseProcedureCode('１．０１２７５３．Ｈ１９')).to.deep.equal(expected);
  });

  it('reads spaces, full-width digits and full stops, and invisible characters', () => {
    const expected = { ok: true, value: { code: '1.000358.01', base: '1.000358', caseNumber: '01' } };
    expect(parseProcedureCode(' 1. 000358 .01 ')).to.deep.equal(expected);
    expect(parseProcedureCode('１．０００３５８．０１')).to.deep.equal(expected);
    expect(parseProcedureCode('1.000\u200B358.01')).to.deep.equal(expected);
  });

  it('refuses other shapes', () => {
    expect(parseProcedureCode('')).to.deep.equal(failed('procedure-code.required'));
    for (const code of [
      '1.00119',
      '1.0011933',
      '1001193',
      '12.001193',
      '1.001193.1',
      '1.001193.001',
      '1.001193.H1',
      '1.001193.X19',
      '1.001193.01.02',
      'a.001193',
    ]) {
      expect(parseProcedureCode(code), code).to.deep.equal(failed('procedure-code.format'));
    }
  });
});
