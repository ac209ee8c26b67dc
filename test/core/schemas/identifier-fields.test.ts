import { expect } from '@open-wc/testing';
import {
  bhxhCodeSchema,
  birthDateSchema,
  captchaAnswerSchema,
  cccdSchema,
  dossierCodeSchema,
  emailSchema,
  fullNameSchema,
  idNumberSchema,
  otpCodeSchema,
  passwordSchema,
  phoneNumberSchema,
  procedureCodeSchema,
  smartcaUserIdSchema,
  taxCodeSchema,
  z,
} from '../../../src/core/schemas/index.js';

/** The canonical value, or the issue messages (identifier error codes). */
function parse(schema: z.ZodMiniType, input: unknown): unknown {
  const result = z.safeParse(schema, input);
  return result.success ? result.data : result.error.issues.map((issue) => issue.message);
}

describe('identifier field schemas', () => {
  it('phone: national form out, the parser code on refusal', () => {
    expect(parse(phoneNumberSchema, '+84 (0) 912.345.678')).to.equal('0912345678');
    expect(parse(phoneNumberSchema, '０９１２３４５６７８')).to.equal('0912345678');
    expect(parse(phoneNumberSchema, '')).to.deep.equal(['phone.required']);
    expect(parse(phoneNumberSchema, '024 3825 1234')).to.deep.equal(['phone.landline']);
    expect(parse(phoneNumberSchema, '0951234567')).to.deep.equal(['phone.prefix']);
    expect(parse(phoneNumberSchema, 912345678)).to.deep.equal(['Invalid input']);
  });

  it('ID number: CMND or CCCD, digits only', () => {
    expect(parse(idNumberSchema, '001 090 012 345')).to.equal('001090012345');
    expect(parse(idNumberSchema, '123456789')).to.equal('123456789');
    expect(parse(idNumberSchema, '12345')).to.deep.equal(['id-number.length']);
    expect(parse(idNumberSchema, '999090012345')).to.deep.equal(['cccd.place']);
    expect(parse(cccdSchema, '123456789')).to.deep.equal(['cccd.length']);
  });

  it('BHXH code and tax code', () => {
    expect(parse(bhxhCodeSchema, '01 2345 6789')).to.equal('0123456789');
    expect(parse(bhxhCodeSchema, '012345678')).to.deep.equal(['bhxh.length']);
    expect(parse(taxCodeSchema, '0100109106-001')).to.equal('0100109106-001');
    expect(parse(taxCodeSchema, '0100109106001')).to.equal('0100109106-001');
    expect(parse(taxCodeSchema, '0100109107')).to.deep.equal(['mst.checksum']);
  });

  it('SmartCA user id: ID number or tax code, with the error of the likelier one', () => {
    expect(parse(smartcaUserIdSchema, '001090012345')).to.equal('001090012345');
    expect(parse(smartcaUserIdSchema, '0100109106')).to.equal('0100109106');
    expect(parse(smartcaUserIdSchema, '0100109107')).to.deep.equal(['mst.checksum']);
    expect(parse(smartcaUserIdSchema, '12345')).to.deep.equal(['id-number.length']);
  });

  it('date of birth: dd/mm/yyyy, a real day, not in the future', () => {
    expect(parse(birthDateSchema, '5-5-1990')).to.equal('05/05/1990');
    expect(parse(birthDateSchema, '29/02/2023')).to.deep.equal(['date.calendar']);
    expect(parse(birthDateSchema, `01/01/${new Date().getFullYear() + 1}`)).to.deep.equal(['date.future']);
    expect(parse(birthDateSchema, '1990-05-05')).to.deep.equal(['date.format']);
  });

  it('full name, email, captcha answer', () => {
    expect(parse(fullNameSchema, '  Nguyễn   Văn  An ')).to.equal('Nguyễn Văn An');
    expect(parse(fullNameSchema, 'An 2')).to.deep.equal(['name.characters']);
    expect(parse(emailSchema, 'An.Nguyen@Example.VN')).to.equal('An.Nguyen@example.vn');
    expect(parse(emailSchema, 'an@')).to.deep.equal(['email.invalid']);
    expect(parse(captchaAnswerSchema, ' K7 PX2 ')).to.equal('K7PX2');
    expect(parse(captchaAnswerSchema, '  ')).to.deep.equal(['captcha.required']);
  });

  it('one-time code: the digits of what was pasted, 4 to 8 of them', () => {
    expect(parse(otpCodeSchema, '123 456')).to.equal('123456');
    expect(parse(otpCodeSchema, '１２３４５６')).to.equal('123456');
    expect(parse(otpCodeSchema, '')).to.deep.equal(['otp.required']);
    expect(parse(otpCodeSchema, '123')).to.deep.equal(['otp.incomplete']);
    expect(parse(otpCodeSchema, '123456789')).to.deep.equal(['otp.incomplete']);
  });

  it('password: checked against the policy, never rewritten', () => {
    expect(parse(passwordSchema, ' Matkhau@2025 ')).to.equal(' Matkhau@2025 ');
    expect(parse(passwordSchema, '')).to.deep.equal(['password.required']);
    expect(parse(passwordSchema, 'Ab1!')).to.deep.equal(['password.length']);
    expect(parse(passwordSchema, 'matkhau@2025')).to.deep.equal(['password.upper']);
    expect(parse(passwordSchema, 'Matkhau2025?')).to.deep.equal(['password.special']);
  });

  it('procedure and dossier codes', () => {
    expect(parse(procedureCodeSchema, '1.000358.01')).to.equal('1.000358.01');
    expect(parse(procedureCodeSchema, '1.012753.h19')).to.equal('1.012753.H19');
    expect(parse(procedureCodeSchema, '1.0003')).to.deep.equal(['procedure-code.format']);
    expect(parse(dossierCodeSchema, '000.00.06.h56-231027-0361')).to.equal('000.00.06.H56-231027-0361');
    expect(parse(dossierCodeSchema, '000.00.06.H56-231327-0361')).to.deep.equal(['dossier-code.date']);
  });
});
