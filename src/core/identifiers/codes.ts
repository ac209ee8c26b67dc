import { fail, type Result } from '../result.js';

/**
 * Every error code the identifier parsers return, `<area>.<reason>`. The UI maps each one to a
 * message (src/i18n/messages/identifier-messages.ts); the core carries only the code.
 */
export const IDENTIFIER_ERROR_CODES = [
  'phone.required',
  'phone.invalid',
  'phone.country',
  'phone.length',
  'phone.old-format',
  'phone.landline',
  'phone.prefix',
  'cccd.required',
  'cccd.invalid',
  'cccd.length',
  'cccd.place',
  'cccd.century',
  'cccd.future-year',
  'cccd.mismatch-year',
  'cccd.mismatch-gender',
  'cmnd.required',
  'cmnd.invalid',
  'cmnd.length',
  'cmnd.structure',
  'id-number.required',
  'id-number.invalid',
  'id-number.length',
  'bhxh.required',
  'bhxh.invalid',
  'bhxh.length',
  'mst.required',
  'mst.invalid',
  'mst.length',
  'mst.checksum',
  'mst.branch',
  'mst.personal-id',
  'procedure-code.required',
  'procedure-code.format',
  'dossier-code.required',
  'dossier-code.format',
  'dossier-code.date',
  'date.required',
  'date.format',
  'date.calendar',
  'date.future',
  'name.required',
  'name.characters',
  'email.required',
  'email.invalid',
  'password.required',
  'password.length',
  'password.lower',
  'password.upper',
  'password.digit',
  'password.special',
  'password.confirmation-required',
  'password.mismatch',
  'captcha.required',
] as const;

export type IdentifierErrorCode = (typeof IDENTIFIER_ERROR_CODES)[number];

export const isIdentifierErrorCode = (value: unknown): value is IdentifierErrorCode =>
  typeof value === 'string' && (IDENTIFIER_ERROR_CODES as readonly string[]).includes(value);

/** `fail` limited to the listed codes, so a typo cannot reach the UI as a code with no message. */
export const failWith = <T = never>(code: IdentifierErrorCode): Result<T> => fail<T>(code);
