import { expect } from '@open-wc/testing';
import { parseDossierCode } from '../../../src/core/identifiers/dossier-code.js';

const failed = (code: string) => ({ ok: false, error: { code } });

describe('identifiers/parseDossierCode', () => {
  it('decodes the provincial form', () => {
    expect(parseDossierCode('000.00.06.H56-231027-0361')).to.deep.equal({
      ok: true,
      value: {
        code: '000.00.06.H56-231027-0361',
        standard: true,
        unitCode: '000.00.06.H56',
        level: 'province',
        date: { day: 27, month: 10, year: 2023 },
        sequence: '0361',
      },
    });
  });

  it('decodes a ministry unit code', () => {
    expect(parseDossierCode('000.12.34.G10-250101-0001')).to.deep.equal({
      ok: true,
      value: {
        code: '000.12.34.G10-250101-0001',
        standard: true,
        unitCode: '000.12.34.G10',
        level: 'ministry',
        date: { day: 1, month: 1, year: 2025 },
        sequence: '0001',
      },
    });
  });

  it('normalises case, spaces, dashes and digits', () => {
    const code = '000.00.06.H56-231027-0361';
    for (const typed of [
      ' 000.00.06.h56-231027-0361 ',
      '000.00.06.H56 - 231027 - 0361',
      '000.00.06.H56\u2013231027\u20130361',
      '０００．００．０６．Ｈ５６－２３１０２７－０３６１',
    ]) {
      expect(parseDossierCode(typed), typed).to.have.nested.property('value.code', code);
      expect(parseDossierCode(typed), typed).to.have.nested.property('value.standard', true);
    }
  });

  it('checks the date inside a standard code against the calendar', () => {
    expect(parseDossierCode('000.00.06.H56-230231-0361')).to.deep.equal(failed('dossier-code.date'));
    expect(parseDossierCode('000.00.06.H56-231301-0361')).to.deep.equal(failed('dossier-code.date'));
    expect(parseDossierCode('000.00.06.H56-230229-0361')).to.deep.equal(failed('dossier-code.date'));
    expect(parseDossierCode('000.00.06.H56-240229-0361')).to.have.nested.property('value.date.day', 29);
  });

  it("accepts other systems' codes as they are, flagged as not standard", () => {
    expect(parseDossierCode('HS-2024/123')).to.deep.equal({ ok: true, value: { code: 'HS-2024/123', standard: false } });
    expect(parseDossierCode('g22.45-240101_77')).to.deep.equal({ ok: true, value: { code: 'G22.45-240101_77', standard: false } });
    expect(parseDossierCode('000.00.06.K56-231027-0361')).to.deep.equal({
      ok: true,
      value: { code: '000.00.06.K56-231027-0361', standard: false },
    });
  });

  it('refuses empty input and text that cannot be a code', () => {
    expect(parseDossierCode('  ')).to.deep.equal(failed('dossier-code.required'));
    for (const code of ['ABCDEF', '12', '-12345', 'HS#2024', 'hồ sơ 123', 'X'.repeat(64) + '1']) {
      expect(parseDossierCode(code), code).to.deep.equal(failed('dossier-code.format'));
    }
  });
});
