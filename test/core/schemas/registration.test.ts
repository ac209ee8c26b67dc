import { expect } from '@open-wc/testing';
import { registrationFieldSchemas, registrationRequestSchema, registrationStepSchema, z } from '../../../src/core/schemas/index.js';

/** Field path → issue message, or the parsed value. */
function issues(schema: z.ZodMiniType, input: unknown): Record<string, string> | unknown {
  const result = z.safeParse(schema, input);
  return result.success ? result.data : Object.fromEntries(result.error.issues.map((issue) => [issue.path.join('.'), issue.message]));
}

const person = { idNumber: '001090012345', fullName: 'Nguyễn Văn An', birthDate: '15/05/1990', phone: '0912345678' };

describe('registration schemas', () => {
  it('phone form: identity, optional email, captcha', () => {
    expect(issues(registrationFieldSchemas.phone, { ...person, captchaAnswer: 'K7PX2' })).to.deep.equal({
      ...person,
      captchaAnswer: 'K7PX2',
    });
    expect(issues(registrationFieldSchemas.phone, { ...person, email: 'x', captchaAnswer: '' })).to.deep.equal({
      email: 'email.invalid',
      captchaAnswer: 'captcha.required',
    });
  });

  it('checks the CCCD birth year against the date of birth', () => {
    expect(issues(registrationFieldSchemas.phone, { ...person, birthDate: '15/05/1991', captchaAnswer: 'K7PX2' })).to.deep.equal({
      idNumber: 'cccd.mismatch-year',
    });
    // A 9-digit CMND carries no year: nothing to compare.
    const cmnd = { ...person, idNumber: '123456789', birthDate: '15/05/1991', captchaAnswer: 'K7PX2' };
    expect(issues(registrationFieldSchemas.phone, cmnd)).to.deep.equal(cmnd);
    // While a field is itself invalid, the cross-check stays quiet.
    expect(issues(registrationFieldSchemas.phone, { ...person, birthDate: '31/02/1991', captchaAnswer: 'K7PX2' })).to.deep.equal({
      birthDate: 'date.calendar',
    });
  });

  it('BHXH form needs the 10-digit code and a CCCD', () => {
    expect(issues(registrationFieldSchemas.bhxh, { ...person, bhxhCode: '123' })).to.deep.equal({ bhxhCode: 'bhxh.length' });
    expect(issues(registrationFieldSchemas.bhxh, { ...person, idNumber: '123456789', bhxhCode: '0123456789' })).to.deep.equal({
      idNumber: 'cccd.length',
    });
  });

  it('Vietnam Post form needs an email for email activation', () => {
    const fields = { ...person, activation: 'email', captchaAnswer: 'K7PX2' };
    expect(issues(registrationFieldSchemas.vnpost, fields)).to.deep.equal({ email: 'email.required' });
    expect(issues(registrationFieldSchemas.vnpost, { ...fields, activation: 'sms' })).to.deep.equal({ ...fields, activation: 'sms' });
    expect(issues(registrationFieldSchemas.vnpost, { ...fields, activation: 'post' })).to.have.property('activation');
  });

  it('signature methods ask little: email and captcha, a SIM number, a user id, nothing', () => {
    expect(issues(registrationFieldSchemas['usb-token'], { email: 'a@b.vn', captchaAnswer: 'x' })).to.deep.equal({
      email: 'a@b.vn',
      captchaAnswer: 'x',
    });
    expect(issues(registrationFieldSchemas['sim-ca'], { phone: '0212345678' })).to.deep.equal({ phone: 'phone.landline' });
    expect(issues(registrationFieldSchemas.smartca, { userId: '0100109106' })).to.deep.equal({ userId: '0100109106' });
    expect(issues(registrationFieldSchemas.vneid, {})).to.deep.equal({});
  });

  it('requests are told apart by method, and citizen-only methods refuse other subjects', () => {
    const request = { method: 'bhxh', subject: 'citizen', bhxhCode: '0123456789', ...person };
    expect(issues(registrationRequestSchema, request)).to.deep.equal(request);
    expect(issues(registrationRequestSchema, { ...request, subject: 'enterprise' })).to.have.property('subject');
    expect(issues(registrationRequestSchema, { ...request, method: 'fax' })).to.have.property('method');
    const signed = { method: 'smartca', subject: 'enterprise', signingRequestId: 'sig_0123456789abcdef' };
    expect(issues(registrationRequestSchema, signed)).to.deep.equal(signed);
  });

  it('registration steps', () => {
    const otp = {
      channel: 'sms',
      maskedTo: '091****678',
      length: 6,
      expiresAt: '2025-07-01T08:05:00.000Z',
      resendAt: '2025-07-01T08:01:00.000Z',
      attemptsLeft: 5,
    };
    expect(z.safeParse(registrationStepSchema, { next: 'otp', registrationId: 'reg_0123456789abcdef', otp }).success).to.equal(true);
    expect(z.safeParse(registrationStepSchema, { next: 'otp', registrationId: 'reg_0123456789abcdef' }).success).to.equal(false);
    const account = { id: 'acc_1', subject: 'citizen', method: 'phone', displayName: 'An', maskedPhone: '0912345678' };
    expect(issues(registrationStepSchema, { next: 'done', account })).to.deep.equal({ 'account.maskedPhone': 'Invalid input' });
  });
});
