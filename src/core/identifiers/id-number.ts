import { ok, type Result } from '../result.js';
import { parseCccd, type Cccd, type CccdOptions } from './cccd.js';
import { failWith } from './codes.js';
import { compactIdentifier } from './normalize.js';

/** The portal's "Số CMND/CCCD" field: a 9-digit CMND, or a 12-digit personal ID (CCCD or 12-digit CMND). */
export type IdNumber = { kind: 'cmnd'; number: string } | (Cccd & { kind: 'personal-id' });

/** Parse the combined field; a 12-digit number fails with the `cccd.*` code that explains why. */
export function parseIdNumber(input: string, options: CccdOptions = {}): Result<IdNumber> {
  const number = compactIdentifier(input);
  if (number === '') return failWith('id-number.required');
  if (!/^\d+$/.test(number)) return failWith('id-number.invalid');
  if (number.length === 9) return ok({ kind: 'cmnd', number });
  if (number.length !== 12) return failWith('id-number.length');
  const decoded = parseCccd(number, options);
  return decoded.ok ? ok({ ...decoded.value, kind: 'personal-id' }) : decoded;
}
