import { normalizeText, toAsciiDigits } from './normalize.js';

export interface OtpOptions {
  /** Keep letters too (A–Z, upper-cased), for codes that are not all digits. */
  alphanumeric?: boolean;
}

/** Digits written in groups: "123 456", "123-456", "123.456". */
const DIGIT_GROUP = /\d+(?:[\s.\p{Pd}_]\d+)*/gu;

function pickDigits(text: string, length: number | undefined): string {
  const groups = (text.match(DIGIT_GROUP) ?? []).map((group) => group.replace(/\D/g, ''));
  const exact = groups.find((group) => group.length === length);
  if (exact !== undefined) return exact;
  // A pasted message ("Mã OTP 123456, hiệu lực 5 phút") holds other numbers: the code is the longest.
  if (groups.length > 1 && /\p{L}{2}/u.test(text)) {
    return groups.reduce((longest, group) => (group.length > longest.length ? group : longest));
  }
  return groups.join('');
}

function pickAlphanumeric(text: string, length: number | undefined): string {
  const words = text
    .normalize('NFKC')
    .toUpperCase()
    .split(/\s+/)
    .map((word) => word.replace(/[^A-Z0-9]/g, ''));
  // In a message the code is the word of the right length; requiring a digit keeps ordinary words out.
  return words.find((word) => word.length === length && /\d/.test(word)) ?? words.join('');
}

/**
 * The code in what was typed or pasted: every Unicode decimal digit as ASCII, separators and
 * invisible characters dropped, the code picked out of a whole SMS when one was pasted, and cut
 * to `length` when given. Pass `length` when pasting messages: a group of exactly that many
 * digits is preferred over everything else.
 */
export function normalizeOtp(input: string, length?: number, options: OtpOptions = {}): string {
  const text = toAsciiDigits(normalizeText(input));
  const code = options.alphanumeric ? pickAlphanumeric(text, length) : pickDigits(text, length);
  return length === undefined ? code : code.slice(0, length);
}
