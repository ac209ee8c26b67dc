import { ok, type Result } from '../result.js';
import { failWith } from './codes.js';
import { compactIdentifier } from './normalize.js';

/** A social-insurance code (mã số BHXH): 10 digits. No check digit is published, so none is checked. */
export function parseBhxh(input: string): Result<{ number: string }> {
  const number = compactIdentifier(input);
  if (number === '') return failWith('bhxh.required');
  if (!/^\d+$/.test(number)) return failWith('bhxh.invalid');
  if (number.length !== 10) return failWith('bhxh.length');
  return ok({ number });
}
