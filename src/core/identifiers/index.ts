export { IDENTIFIER_ERROR_CODES, isIdentifierErrorCode, type IdentifierErrorCode } from './codes.js';
export { normalizeText, toAsciiDigits, stripSeparators, asciiPunctuation, compactIdentifier } from './normalize.js';
export { parsePhone, MOBILE_PREFIXES, type PhoneNumber, type MobileCarrier } from './phone.js';
export { parseCccd, checkCccdAgainst, type Cccd, type CccdFacts, type CccdOptions, type Gender } from './cccd.js';
export { parseCmnd, type Cmnd } from './cmnd.js';
export { parseIdNumber, type IdNumber } from './id-number.js';
export { parseBhxh } from './bhxh.js';
export { parseMst, mstCheckDigit, type TaxCode } from './mst.js';
export { parseProcedureCode, type ProcedureCode } from './procedure-code.js';
export { parseDossierCode, type DossierCode } from './dossier-code.js';
export { parseVnDate, isCalendarDate, formatVnDate, toIsoDate, type VnDate, type VnDateOptions } from './date.js';
export { parseFullName } from './name.js';
export { parseEmail } from './email.js';
export {
  checkPassword,
  validatePassword,
  confirmPassword,
  PASSWORD_MIN_LENGTH,
  PASSWORD_SPECIAL_CHARACTERS,
  type PasswordCheck,
  type PasswordRuleId,
} from './password.js';
export { normalizeOtp, type OtpOptions } from './otp.js';
export { normalizeCaptcha, parseCaptcha } from './captcha.js';
export { foldVietnamese } from './fold.js';
export { CCCD_PROVINCE_CODES, CCCD_ABROAD_CODES } from '../data/cccd-places.js';
