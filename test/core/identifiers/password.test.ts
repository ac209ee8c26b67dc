import { expect } from '@open-wc/testing';
import { checkPassword, confirmPassword, validatePassword } from '../../../src/core/identifiers/password.js';

const failed = (code: string) => ({ ok: false, error: { code } });
const rules = (length: boolean, lower: boolean, upper: boolean, digit: boolean, special: boolean) => [
  { id: 'length', ok: length },
  { id: 'lower', ok: lower },
  { id: 'upper', ok: upper },
  { id: 'digit', ok: digit },
  { id: 'special', ok: special },
];

describe('identifiers/checkPassword', () => {
  it('passes a password that meets every rule', () => {
    expect(checkPassword('Abcdef1!')).to.deep.equal({ ok: true, rules: rules(true, true, true, true, true) });
  });

  it('reports each rule on its own', () => {
    expect(checkPassword('')).to.deep.equal({ ok: false, rules: rules(false, false, false, false, false) });
    expect(checkPassword('Ab1!')).to.deep.equal({ ok: false, rules: rules(false, true, true, true, true) });
    expect(checkPassword('ABCDEF1!')).to.deep.equal({ ok: false, rules: rules(true, false, true, true, true) });
    expect(checkPassword('abcdef1!')).to.deep.equal({ ok: false, rules: rules(true, true, false, true, true) });
    expect(checkPassword('Abcdefg!')).to.deep.equal({ ok: false, rules: rules(true, true, true, false, true) });
    expect(checkPassword('Abcdefg1')).to.deep.equal({ ok: false, rules: rules(true, true, true, true, false) });
  });

  it('counts each listed special character, and only those', () => {
    for (const char of '!@#$%^&*') {
      expect(checkPassword(`Abcdef1${char}`).ok, char).to.equal(true);
    }
    for (const char of ['?', '-', '_', '.', ' ', '(', '~', '€']) {
      expect(checkPassword(`Abcdef1${char}`), char).to.deep.equal({ ok: false, rules: rules(true, true, true, true, false) });
    }
  });

  it('counts only ASCII letters and digits', () => {
    expect(checkPassword('ĂÂÊÔƠƯĐ1!')).to.deep.equal({ ok: false, rules: rules(true, false, false, true, true) });
    expect(checkPassword('ăâêôơưđ1!')).to.deep.equal({ ok: false, rules: rules(true, false, false, true, true) });
    expect(checkPassword('Abcdefg１!')).to.deep.equal({ ok: false, rules: rules(true, true, true, false, true) });
  });

  it('allows other characters in a valid password', () => {
    expect(checkPassword('Mật khẩu 2025!').ok).to.equal(true);
  });

  it('has no maximum length', () => {
    expect(checkPassword(`Aa1!${'x'.repeat(500)}`).ok).to.equal(true);
  });

  it('counts characters, not UTF-16 units', () => {
    expect(checkPassword('Ab1!😀😀😀😀').rules[0]).to.deep.equal({ id: 'length', ok: true });
    expect(checkPassword('Ab1!😀😀x').rules[0]).to.deep.equal({ id: 'length', ok: false });
  });
});

describe('identifiers/validatePassword and confirmPassword', () => {
  it('gives one code for the field: required, or the first failing rule', () => {
    expect(validatePassword('')).to.deep.equal(failed('password.required'));
    expect(validatePassword('abc')).to.deep.equal(failed('password.length'));
    expect(validatePassword('ABCDEFG1!')).to.deep.equal(failed('password.lower'));
    expect(validatePassword('abcdefg1!')).to.deep.equal(failed('password.upper'));
    expect(validatePassword('Abcdefgh!')).to.deep.equal(failed('password.digit'));
    expect(validatePassword('Abcdefgh1')).to.deep.equal(failed('password.special'));
    expect(validatePassword('Abcdef1!')).to.deep.equal({ ok: true, value: undefined });
  });

  it('requires the confirmation to equal the password exactly', () => {
    expect(confirmPassword('Abcdef1!', '')).to.deep.equal(failed('password.confirmation-required'));
    expect(confirmPassword('Abcdef1!', 'abcdef1!')).to.deep.equal(failed('password.mismatch'));
    expect(confirmPassword('Abcdef1!', 'Abcdef1! ')).to.deep.equal(failed('password.mismatch'));
    expect(confirmPassword('Abcdef1!', 'Abcdef1!')).to.deep.equal({ ok: true, value: undefined });
  });
});
