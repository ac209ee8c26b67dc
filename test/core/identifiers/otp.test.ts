import { expect } from '@open-wc/testing';
import { normalizeOtp } from '../../../src/core/identifiers/otp.js';

describe('identifiers/normalizeOtp', () => {
  it('drops spaces, dashes and dots between the digits', () => {
    expect(normalizeOtp('123 456')).to.equal('123456');
    expect(normalizeOtp('123-456')).to.equal('123456');
    expect(normalizeOtp('123.456')).to.equal('123456');
    expect(normalizeOtp(' 12 34 56 ', 6)).to.equal('123456');
  });

  it('drops invisible characters', () => {
    expect(normalizeOtp('\u200B123\u200C456\uFEFF')).to.equal('123456');
    expect(normalizeOtp('123\u00AD456', 6)).to.equal('123456');
  });

  it('converts any Unicode decimal digits to ASCII', () => {
    expect(normalizeOtp('１２３４５６')).to.equal('123456');
    expect(normalizeOtp('١٢٣٤٥٦')).to.equal('123456');
    expect(normalizeOtp('۱۲۳۴۵۶')).to.equal('123456');
    expect(normalizeOtp('१२३४५६')).to.equal('123456');
    expect(normalizeOtp('１２３ ４５６', 6)).to.equal('123456');
  });

  it('picks the code out of a pasted SMS', () => {
    expect(normalizeOtp('Mã OTP của bạn là 123456. Không chia sẻ')).to.equal('123456');
    expect(normalizeOtp('Mã OTP của bạn là 123 456. Không chia sẻ', 6)).to.equal('123456');
    expect(normalizeOtp('Mã OTP của bạn là 123456. Không chia sẻ', 6)).to.equal('123456');
  });

  it('ignores the other numbers in a message', () => {
    expect(normalizeOtp('Mã OTP 654321 có hiệu lực trong 5 phút', 6)).to.equal('654321');
    expect(normalizeOtp('Mã OTP 654321 có hiệu lực trong 5 phút')).to.equal('654321');
    expect(normalizeOtp('Ngày 12/10 mã xác thực của bạn là 987 654, hết hạn lúc 10:30', 6)).to.equal('987654');
    expect(normalizeOtp('DVCQG: 2 lần thử còn lại. Mã 246810', 6)).to.equal('246810');
    // A longer number (an account, a dossier) does not beat a group of exactly the code's length.
    expect(normalizeOtp('Tài khoản 0912345678 nhận mã OTP 135790', 6)).to.equal('135790');
  });

  it('cuts a code that is too long to the given length', () => {
    expect(normalizeOtp('12345678', 6)).to.equal('123456');
    expect(normalizeOtp('１２３４５６７８', 6)).to.equal('123456');
    expect(normalizeOtp('12345678')).to.equal('12345678');
    expect(normalizeOtp('1234', 4)).to.equal('1234');
  });

  it('keeps a partly typed code and drops stray letters', () => {
    expect(normalizeOtp('12', 6)).to.equal('12');
    expect(normalizeOtp('12a34', 6)).to.equal('1234');
    expect(normalizeOtp('', 6)).to.equal('');
    expect(normalizeOtp('abc', 6)).to.equal('');
  });

  describe('alphanumeric', () => {
    it('keeps letters, upper-cased, and drops separators', () => {
      expect(normalizeOtp('ab12cd', 6, { alphanumeric: true })).to.equal('AB12CD');
      expect(normalizeOtp('ab-12 cd', 6, { alphanumeric: true })).to.equal('AB12CD');
      expect(normalizeOtp('\u200Bab12cd', undefined, { alphanumeric: true })).to.equal('AB12CD');
    });

    it('converts full-width letters and any Unicode digits', () => {
      expect(normalizeOtp('ＡＢ１２ｃｄ', 6, { alphanumeric: true })).to.equal('AB12CD');
      expect(normalizeOtp('AB١٢CD', 6, { alphanumeric: true })).to.equal('AB12CD');
    });

    it('picks the code of the given length out of a message', () => {
      expect(normalizeOtp('Mã xác thực của bạn: X7K9QZ. Không chia sẻ', 6, { alphanumeric: true })).to.equal('X7K9QZ');
    });

    it('cuts a code that is too long', () => {
      expect(normalizeOtp('AB12CD34', 6, { alphanumeric: true })).to.equal('AB12CD');
    });
  });
});
