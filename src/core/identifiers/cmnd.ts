import { ok, type Result } from '../result.js';
import { parseCccd, type Cccd, type CccdOptions } from './cccd.js';
import { failWith } from './codes.js';
import { compactIdentifier } from './normalize.js';

/**
 * An old identity card (chứng minh nhân dân) number: 9 digits, or 12 digits on the cards issued
 * from 2012 to 2016. A 12-digit CMND number already was the holder's personal ID number, built
 * like a CCCD number (and kept on the CCCD that replaced the card), so the number alone cannot
 * tell the two apart: it is decoded and checked with the CCCD rules.
 */
export type Cmnd = { number: string; format: '9-digit' } | (Cccd & { format: '12-digit' });

export function parseCmnd(input: string, options: CccdOptions = {}): Result<Cmnd> {
  const number = compactIdentifier(input);
  if (number === '') return failWith('cmnd.required');
  if (!/^\d+$/.test(number)) return failWith('cmnd.invalid');
  if (number.length === 9) return ok({ number, format: '9-digit' });
  if (number.length !== 12) return failWith('cmnd.length');
  const decoded = parseCccd(number, options);
  return decoded.ok ? ok({ ...decoded.value, format: '12-digit' }) : failWith('cmnd.structure');
}
