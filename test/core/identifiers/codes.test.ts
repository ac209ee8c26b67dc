import { expect } from '@open-wc/testing';
import {
  IDENTIFIER_ERROR_CODES,
  checkCccdAgainst,
  confirmPassword,
  isIdentifierErrorCode,
  parseBhxh,
  parseCaptcha,
  parseCccd,
  parseCmnd,
  parseDossierCode,
  parseEmail,
  parseFullName,
  parseIdNumber,
  parseMst,
  parsePhone,
  parseProcedureCode,
  parseVnDate,
  validatePassword,
} from '../../../src/core/identifiers/index.js';
import type { Result } from '../../../src/core/result.js';
import { identifierMessages } from '../../../src/i18n/messages/identifier-messages.js';

const today = new Date(2025, 5, 15);

/** One input per code that must produce it, so every listed code is reachable and every produced code is listed. */
const PRODUCERS: [string, () => Result<unknown>][] = [
  ['phone.required', () => parsePhone('')],
  ['phone.invalid', () => parsePhone('09x')],
  ['phone.country', () => parsePhone('+33612345678')],
  ['phone.length', () => parsePhone('091234567')],
  ['phone.old-format', () => parsePhone('01689123456')],
  ['phone.landline', () => parsePhone('02438251234')],
  ['phone.prefix', () => parsePhone('0311234567')],
  ['cccd.required', () => parseCccd('')],
  ['cccd.invalid', () => parseCccd('00120301234x')],
  ['cccd.length', () => parseCccd('0012030123')],
  ['cccd.place', () => parseCccd('003203012345')],
  ['cccd.century', () => parseCccd('001903012345')],
  ['cccd.future-year', () => parseCccd('001299012345', { today })],
  ['cccd.mismatch-year', () => checkCccdAgainst('001203012345', { birthDate: { year: 2004 } }, { today })],
  ['cccd.mismatch-gender', () => checkCccdAgainst('001203012345', { gender: 'female' }, { today })],
  ['cmnd.required', () => parseCmnd('')],
  ['cmnd.invalid', () => parseCmnd('12345678x')],
  ['cmnd.length', () => parseCmnd('12345')],
  ['cmnd.structure', () => parseCmnd('999203012345')],
  ['id-number.required', () => parseIdNumber('')],
  ['id-number.invalid', () => parseIdNumber('x')],
  ['id-number.length', () => parseIdNumber('12345')],
  ['bhxh.required', () => parseBhxh('')],
  ['bhxh.invalid', () => parseBhxh('x')],
  ['bhxh.length', () => parseBhxh('12345')],
  ['mst.required', () => parseMst('')],
  ['mst.invalid', () => parseMst('x')],
  ['mst.length', () => parseMst('12345')],
  ['mst.checksum', () => parseMst('0100109105')],
  ['mst.branch', () => parseMst('0100109106-000')],
  ['mst.personal-id', () => parseMst('999203012345')],
  ['procedure-code.required', () => parseProcedureCode('')],
  ['procedure-code.format', () => parseProcedureCode('1.2')],
  ['dossier-code.required', () => parseDossierCode('')],
  ['dossier-code.format', () => parseDossierCode('?')],
  ['dossier-code.date', () => parseDossierCode('000.00.06.H56-231032-0361')],
  ['date.required', () => parseVnDate('')],
  ['date.format', () => parseVnDate('1/1/1')],
  ['date.calendar', () => parseVnDate('31/02/2024')],
  ['date.future', () => parseVnDate('01/01/2026', { rejectFuture: true, today })],
  ['name.required', () => parseFullName('')],
  ['name.characters', () => parseFullName('An 2')],
  ['email.required', () => parseEmail('')],
  ['email.invalid', () => parseEmail('an@')],
  ['password.required', () => validatePassword('')],
  ['password.length', () => validatePassword('Ab1!')],
  ['password.lower', () => validatePassword('ABCDEF1!')],
  ['password.upper', () => validatePassword('abcdef1!')],
  ['password.digit', () => validatePassword('Abcdefg!')],
  ['password.special', () => validatePassword('Abcdefg1')],
  ['password.confirmation-required', () => confirmPassword('Abcdef1!', '')],
  ['password.mismatch', () => confirmPassword('Abcdef1!', 'Abcdef1?')],
  ['captcha.required', () => parseCaptcha('')],
];

describe('identifiers/codes', () => {
  it('lists unique <area>.<reason> codes', () => {
    expect(new Set(IDENTIFIER_ERROR_CODES).size).to.equal(IDENTIFIER_ERROR_CODES.length);
    for (const code of IDENTIFIER_ERROR_CODES) expect(code).to.match(/^[a-z]+(?:-[a-z]+)*\.[a-z]+(?:-[a-z]+)*$/);
  });

  it('lists exactly the codes the parsers return', () => {
    for (const [code, produce] of PRODUCERS) {
      expect(produce(), code).to.deep.equal({ ok: false, error: { code } });
    }
    expect(PRODUCERS.map(([code]) => code)).to.have.members([...IDENTIFIER_ERROR_CODES]);
  });

  it('recognises its own codes only', () => {
    expect(isIdentifierErrorCode('mst.checksum')).to.equal(true);
    expect(isIdentifierErrorCode('mst.unknown')).to.equal(false);
    expect(isIdentifierErrorCode(42)).to.equal(false);
  });

  it('has a Vietnamese message for every code', () => {
    expect(Object.keys(identifierMessages)).to.have.members([...IDENTIFIER_ERROR_CODES]);
    for (const code of IDENTIFIER_ERROR_CODES) {
      const message = identifierMessages[code]();
      expect(message, code).to.be.a('string').and.not.equal(code);
      expect(message.length, code).to.be.greaterThan(10);
    }
    expect(identifierMessages['mst.checksum']()).to.equal('Mã số thuế không hợp lệ. Vui lòng kiểm tra lại từng chữ số.');
  });
});
