import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { normalizeText, toAsciiDigits } from './normalize.js';

/**
 * The captcha text (mã xác thực) as the server expects it: full-width letters and any Unicode
 * digits as ASCII, spaces and invisible characters dropped. Case is kept: the server compares
 * without it.
 */
export const normalizeCaptcha = (input: string): string => toAsciiDigits(normalizeText(input).normalize('NFKC')).replace(/\s+/g, '');

export function parseCaptcha(input: string): Result<{ text: string }> {
  const text = normalizeCaptcha(input);
  return text === '' ? failWith('captcha.required') : ok({ text });
}
